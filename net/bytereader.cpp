#include "net/bytereader.h"

#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>

namespace Ferry::Net {

void ByteReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

bool ByteReader::need(qsizetype count, const char *what)
{
    if (failed())
        return false;
    if (count < 0 || remaining() < count) {
        fail(QStringLiteral("truncated %1: need %2 bytes, %3 left")
                 .arg(QLatin1String(what))
                 .arg(count)
                 .arg(remaining()));
        return false;
    }
    return true;
}

bool ByteReader::readU8(quint8 &out)
{
    if (!need(1, "u8"))
        return false;
    out = static_cast<quint8>(m_data[m_pos]);
    m_pos += 1;
    return true;
}

bool ByteReader::readU16(quint16 &out)
{
    if (!need(2, "u16"))
        return false;
    out = qFromBigEndian<quint16>(m_data.data() + m_pos);
    m_pos += 2;
    return true;
}

bool ByteReader::readU32(quint32 &out)
{
    if (!need(4, "u32"))
        return false;
    out = qFromBigEndian<quint32>(m_data.data() + m_pos);
    m_pos += 4;
    return true;
}

bool ByteReader::readU64(quint64 &out)
{
    if (!need(8, "u64"))
        return false;
    out = qFromBigEndian<quint64>(m_data.data() + m_pos);
    m_pos += 8;
    return true;
}

bool ByteReader::readBytes(qsizetype count, QByteArray &out)
{
    if (!need(count, "bytes"))
        return false;
    out = m_data.sliced(m_pos, count).toByteArray();
    m_pos += count;
    return true;
}

bool ByteReader::readString(qsizetype maxBytes, QString &out, bool text)
{
    quint16 length = 0;
    if (!readU16(length))
        return false;
    if (length > maxBytes) {
        fail(QStringLiteral("string of %1 bytes over its cap of %2").arg(length).arg(maxBytes));
        return false;
    }
    if (!need(length, "string"))
        return false;
    const QByteArrayView bytes = m_data.sliced(m_pos, length);
    if (!isValidUtf8(bytes)) {
        fail(QStringLiteral("string is not valid UTF-8"));
        return false;
    }
    // Not QString::fromUtf8(), which drops a leading U+FEFF as a byte order mark: a wire string
    // decodes to exactly the characters that were sent.
    out = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)(bytes);
    if (text && !isPrintableText(out)) {
        fail(QStringLiteral("string holds control characters"));
        return false;
    }
    m_pos += length;
    return true;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

namespace {
bool isControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}
} // namespace

bool isPrintableText(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar ch) { return isControl(ch.unicode()); });
}

QString printableText(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        if (isControl(ch.unicode()))
            ch = QLatin1Char(' ');
    }
    return out;
}

} // namespace Ferry::Net
