#include "net/bytewriter.h"

#include <QtEndian>

namespace Ferry::Net {

ByteWriter &ByteWriter::u8(quint8 v)
{
    m_out.append(static_cast<char>(v));
    return *this;
}

ByteWriter &ByteWriter::u16(quint16 v)
{
    char buf[2];
    qToBigEndian(v, buf);
    m_out.append(buf, 2);
    return *this;
}

ByteWriter &ByteWriter::u32(quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    m_out.append(buf, 4);
    return *this;
}

ByteWriter &ByteWriter::u64(quint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    m_out.append(buf, 8);
    return *this;
}

ByteWriter &ByteWriter::bytes(QByteArrayView v)
{
    m_out.append(v.data(), v.size());
    return *this;
}

ByteWriter &ByteWriter::string(const QString &v, qsizetype maxBytes)
{
    const QByteArray utf8 = utf8Truncated(v, qMin<qsizetype>(maxBytes, 0xFFFF));
    u16(static_cast<quint16>(utf8.size()));
    return bytes(utf8);
}

QByteArray utf8Truncated(const QString &text, qsizetype maxBytes)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxBytes)
        return utf8;
    qsizetype cut = maxBytes;
    // Step back over continuation bytes so that no character is split.
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
        --cut;
    utf8.truncate(cut);
    return utf8;
}

} // namespace Ferry::Net
