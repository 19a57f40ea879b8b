#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Ferry::Net {

// Big-endian writer that appends to a byte array. Strings are u16-length-prefixed UTF-8;
// callers cap them before writing (a string over 65535 bytes is truncated at a character
// boundary, never silently wrapped).
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray &out) : m_out(out) { }

    ByteWriter &u8(quint8 v);
    ByteWriter &u16(quint16 v);
    ByteWriter &u32(quint32 v);
    ByteWriter &u64(quint64 v);
    ByteWriter &bytes(QByteArrayView v);
    ByteWriter &string(const QString &v, qsizetype maxBytes = 0xFFFF);

private:
    QByteArray &m_out;
};

// The UTF-8 of text cut to at most maxBytes bytes without splitting a character.
QByteArray utf8Truncated(const QString &text, qsizetype maxBytes);

} // namespace Ferry::Net
