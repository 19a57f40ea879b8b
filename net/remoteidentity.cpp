#include "net/remoteidentity.h"

#include <QCryptographicHash>

namespace Ferry::Net {

namespace {
constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr qsizetype kTextLength = 52; // ceil(32 * 8 / 5)
} // namespace

RemoteIdentity RemoteIdentity::fromRawKey(const QByteArray &raw)
{
    RemoteIdentity id;
    if (raw.size() == kSize)
        id.m_key = raw;
    return id;
}

std::optional<RemoteIdentity> RemoteIdentity::fromText(const QString &text)
{
    if (text.size() != kTextLength)
        return std::nullopt;
    const auto raw = base32Decode(text);
    if (!raw || raw->size() != kSize)
        return std::nullopt;
    // The last character carries 1 bit of key and 4 padding bits (256 = 51 * 5 + 1), which
    // must be zero so that each identity has exactly one text form.
    if (base32Encode(*raw) != text.toLower())
        return std::nullopt;
    return fromRawKey(*raw);
}

QString RemoteIdentity::toText() const
{
    return base32Encode(m_key);
}

QString RemoteIdentity::shortText() const
{
    const QString text = toText();
    if (text.size() < 8)
        return text;
    return text.left(4) + QLatin1Char('-') + text.mid(4, 4);
}

QString RemoteIdentity::fingerprint() const
{
    const QByteArray hex
        = QCryptographicHash::hash(m_key, QCryptographicHash::Sha256).left(16).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

QString base32Encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    return out;
}

std::optional<QByteArray> base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        // ASCII case folding only: QChar::toLower() would also map e.g. U+212A KELVIN SIGN to
        // 'k', and the text form is the RFC 4648 alphabet and nothing else.
        char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        int value = -1;
        if (c >= u'a' && c <= u'z')
            value = c - u'a';
        else if (c >= u'2' && c <= u'7')
            value = 26 + (c - u'2');
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    return out;
}

} // namespace Ferry::Net
