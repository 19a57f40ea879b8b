#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Ferry::Net {

// Bounds-checked big-endian reader over a complete message. Every read fails (returns false and
// sets error()) instead of running past the end; the first failure sticks.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) { }

    bool readU8(quint8 &out);
    bool readU16(quint16 &out);
    bool readU32(quint32 &out);
    bool readU64(quint64 &out);
    bool readBytes(qsizetype count, QByteArray &out);
    // A u16-length-prefixed UTF-8 string of at most maxBytes bytes. With text = true the
    // string must also hold no control characters (docs/PROTOCOL.md conventions).
    bool readString(qsizetype maxBytes, QString &out, bool text = true);

    qsizetype remaining() const { return m_data.size() - m_pos; }
    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &why);

private:
    bool need(qsizetype count, const char *what);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

// Strict UTF-8 validation (no overlong forms, surrogates or code points above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);
// True when the string has no control character: none of C0 (U+0000–U+001F), DEL (U+007F) or
// C1 (U+0080–U+009F, which some terminals obey, e.g. U+009B as CSI).
bool isPrintableText(const QString &text);
// text with each control character replaced by a space.
QString printableText(const QString &text);

} // namespace Ferry::Net
