#pragma once

#include "net/decoderesult.h"
#include "net/operations/spacedrop/spacedropentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QUuid>

#include <optional>

namespace Ferry::Net {

// The messages of the Spacedrop operation, docs/PROTOCOL.md §13.2. Every decoder takes one whole
// DATA message (kind byte included) and answers Ok or Invalid (never NeedMore): trailing bytes,
// a wrong kind, or a field outside its rule are Invalid with a reason.
namespace Spacedrop {

enum class Kind : quint8 {
    Offer = 0x01,
    Entries = 0x02,
    Chunk = 0x03,
    FileEnd = 0x04,
    Pause = 0x10,
    Resume = 0x11,
    Asking = 0x81,
    Accept = 0x82,
    Decline = 0x83,
    Done = 0x84,
};

constexpr quint32 kMaxEntryCount = 1'000'000; // protocol cap; receivers set their own, lower
constexpr qsizetype kMaxMessageText = 1024; // OFFER message, DECLINE detail
constexpr qsizetype kMaxPathBytes = 4096;
constexpr qsizetype kMaxComponentBytes = 255;
constexpr int kMaxPathComponents = 64;
constexpr qsizetype kMaxMessage = 1 << 20; // a DATA message (frame payload cap)
constexpr qsizetype kDigestSize = 32; // SHA-256

// The kind of a message (its first byte) when it is one of Kind; nullopt otherwise (empty too).
std::optional<Kind> kindOf(QByteArrayView message);

// The path rules of §13.2 (relative, '/'-separated, 1…4096 bytes, components 1…255 bytes and not
// "." or "..", at most 64 components, no control characters). why gets the reason on false.
bool isValidWirePath(const QString &path, QString *why = nullptr);

struct Offer
{
    QUuid id; // not null
    bool retry = false;
    quint32 entryCount = 0; // 1 … kMaxEntryCount
    quint64 totalBytes = 0;
    QString message; // text, at most kMaxMessageText bytes of UTF-8

    QByteArray encode() const;
    static DecodeResult<Offer> decode(QByteArrayView message);
};

// One ENTRIES message: at least one entry. Decoding checks every field rule (types, mode bits,
// folder size 0, the path rules above).
struct EntryBatch
{
    SpacedropEntries entries;

    QByteArray encode() const;
    static DecodeResult<EntryBatch> decode(QByteArrayView message);
    // Splits entries into as few ENTRIES messages as fit in kMaxMessage each, in order.
    static QList<QByteArray> encodeAll(const SpacedropEntries &entries);
};

struct Asking
{
    quint32 timeoutMs = 0;

    QByteArray encode() const;
    static DecodeResult<Asking> decode(QByteArrayView message);
};

struct Accept
{
    quint32 resumeIndex = 0;
    quint64 resumeOffset = 0;
    QByteArray prefixSha256 = QByteArray(kDigestSize, '\0'); // exactly 32 bytes

    QByteArray encode() const;
    // Checks sizes and that the digest is all zero when resumeOffset is 0; the caller checks
    // the index and offset against the offer.
    static DecodeResult<Accept> decode(QByteArrayView message);
};

enum class DeclineReason : quint8 {
    Declined = 1,
    TimedOut = 2,
    InsufficientSpace = 3,
    TooLarge = 4,
    Busy = 5,
    Unavailable = 6,
};

struct Decline
{
    quint8 reason
        = quint8(DeclineReason::Declined); // raw: unknown values decode (shown as declined)
    QString detail; // text, at most kMaxMessageText bytes

    QByteArray encode() const;
    static DecodeResult<Decline> decode(QByteArrayView message);
};

// CHUNK: header (kind, index, offset) followed by the data. Encoding writes header and data into
// one buffer; decoding does not copy the data, it says where it is in the message.
struct Chunk
{
    static constexpr qsizetype kHeaderSize = 13;
    static constexpr qsizetype kMaxData = kMaxMessage - kHeaderSize; // 1 048 563

    quint32 index = 0;
    quint64 offset = 0;
    qsizetype dataSize = 0; // decode: bytes of data, which start at message[kHeaderSize]

    // A whole CHUNK message; data must be 1 … kMaxData bytes.
    static QByteArray encode(quint32 index, quint64 offset, QByteArrayView data);
    // Writes the 13-byte header at out[0…12] (out must have room); for readers that fill the
    // data part of a preallocated message in place.
    static void writeHeader(char *out, quint32 index, quint64 offset);
    static DecodeResult<Chunk> decode(QByteArrayView message);
};

struct FileEnd
{
    quint32 index = 0;
    QByteArray sha256; // exactly 32 bytes

    QByteArray encode() const;
    static DecodeResult<FileEnd> decode(QByteArrayView message);
};

// The one-byte messages: Pause, Resume, Done.
QByteArray encodeSignal(Kind kind);
// Ok when message is exactly the one byte of kind.
DecodeResult<Kind> decodeSignal(QByteArrayView message, Kind kind);

QString declineReasonName(quint8 reason); // "Declined", …, "Unknown(7)"

} // namespace Spacedrop
} // namespace Ferry::Net
