#pragma once

// Invariant checks for the libFuzzer targets: a violated invariant aborts, which libFuzzer
// reports as a crash and saves the input under the artifact prefix.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>
#include <optional>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__,            \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace FuzzSupport {

inline QByteArrayView inputView(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline quint16 be16(QByteArrayView bytes, qsizetype at)
{
    return quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
}

inline quint32 be32(QByteArrayView bytes, qsizetype at)
{
    return (quint32(be16(bytes, at)) << 16) | be16(bytes, at + 2);
}

// True when the string is text in the sense of docs/PROTOCOL.md, checked independently of the
// codec: no code point below U+0020, none from U+007F to U+009F.
inline bool isProtocolText(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x20 || (ch.unicode() >= 0x7F && ch.unicode() <= 0x9F))
            return false;
    }
    return true;
}

// Qt's own UTF-8 decoder in strict mode, as an oracle independent of isValidUtf8(): nullopt when
// Qt finds an error (overlong form, surrogate, above U+10FFFF, truncated sequence, …).
inline std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace FuzzSupport
