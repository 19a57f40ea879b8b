#include "net/hostport.h"

namespace Ferry::Net {

namespace {

bool parsePort(const QString &text, quint16 &port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    const uint value = text.toUInt();
    if (value == 0 || value > 65535)
        return false;
    port = quint16(value);
    return true;
}

bool soundHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

// Splits text into host and port text; portText stays null when there is no port.
bool split(const QString &text, QString &host, QString &portText)
{
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            portText = rest.mid(1);
        }
        return QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        host = text;
        return true;
    }
    if (text.lastIndexOf(QLatin1Char(':')) != colon)
        return false; // bare IPv6 needs brackets
    host = text.left(colon);
    portText = text.mid(colon + 1);
    return true;
}

} // namespace

bool parseHostPort(const QString &text, QString &host, quint16 &port)
{
    QString h;
    QString p;
    quint16 value = 0;
    if (!split(text, h, p) || p.isNull() || !parsePort(p, value) || !soundHost(h))
        return false;
    host = h;
    port = value;
    return true;
}

bool parseHostOptionalPort(const QString &text, quint16 defaultPort, QString &host, quint16 &port)
{
    QString h;
    QString p;
    quint16 value = defaultPort;
    if (!split(text, h, p) || (!p.isNull() && !parsePort(p, value)) || !soundHost(h) || value == 0)
        return false;
    host = h;
    port = value;
    return true;
}

QString formatHostPort(const QHostAddress &address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("%1:%2").arg(QHostAddress(v4).toString()).arg(port);
    return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
}

} // namespace Ferry::Net
