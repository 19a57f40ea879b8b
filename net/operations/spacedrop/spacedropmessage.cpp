#include "net/operations/spacedrop/spacedropmessage.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

#include <QtEndian>

#include <algorithm>
#include <iterator>

namespace Ferry::Net::Spacedrop {

namespace {

constexpr qsizetype kEntryFixedSize = 1 + 1 + 8 + 8 + 2; // type, mode, size, mtime, path length
constexpr qsizetype kIdSize = 16; // a QUuid in RFC 4122 byte order
constexpr quint8 kRetryFlag = 0x01;
constexpr quint8 kExecutableMode = 0x01;

struct KindName
{
    Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {Kind::Offer, "OFFER"},      {Kind::Entries, "ENTRIES"}, {Kind::Chunk, "CHUNK"},
    {Kind::FileEnd, "FILE_END"}, {Kind::Pause, "PAUSE"},     {Kind::Resume, "RESUME"},
    {Kind::Asking, "ASKING"},    {Kind::Accept, "ACCEPT"},   {Kind::Decline, "DECLINE"},
    {Kind::Done, "DONE"},
};

QLatin1String kindName(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QLatin1String("?");
}

// Reads the kind byte; fails r unless it is expected. A message over the DATA cap cannot come
// from a frame, so it is refused before any field is read.
void readKind(ByteReader &r, QByteArrayView message, Kind expected)
{
    if (message.size() > kMaxMessage) {
        r.fail(QStringLiteral("message of %1 bytes over the cap of %2")
                   .arg(message.size())
                   .arg(kMaxMessage));
        return;
    }
    quint8 kind = 0;
    if (r.readU8(kind) && kind != quint8(expected))
        r.fail(QStringLiteral("kind 0x%1, want 0x%2")
                   .arg(kind, 2, 16, QLatin1Char('0'))
                   .arg(quint8(expected), 2, 16, QLatin1Char('0')));
}

// A digest written as exactly kDigestSize bytes whatever the field holds, so that the message
// keeps its fixed size (a wrong digest then fails the comparison, not the parse).
QByteArray fixedDigest(const QByteArray &digest)
{
    QByteArray out = digest.left(kDigestSize);
    out.append(kDigestSize - out.size(), '\0');
    return out;
}

template<typename T> DecodeResult<T> refuse(const ByteReader &r, Kind kind)
{
    return DecodeResult<T>::invalid(kindName(kind) + QStringLiteral(": ") + r.error());
}

// The result of a decoder that has read every field: Invalid when a rule broke or bytes trail.
template<typename T> DecodeResult<T> finish(ByteReader &r, Kind kind, T value, qsizetype size)
{
    if (!r.failed() && !r.atEnd())
        r.fail(QStringLiteral("%1 trailing bytes").arg(r.remaining()));
    if (r.failed())
        return refuse<T>(r, kind);
    return DecodeResult<T>::ok(std::move(value), size);
}

QString pathProblem(const QString &path)
{
    if (!QStringView(path).isValidUtf16())
        return QStringLiteral("path is not valid UTF-16 (lone surrogate)");
    const QByteArray utf8 = path.toUtf8();
    if (utf8.isEmpty())
        return QStringLiteral("empty path");
    if (utf8.size() > kMaxPathBytes)
        return QStringLiteral("path of %1 bytes over the cap of %2")
            .arg(utf8.size())
            .arg(kMaxPathBytes);
    if (!isPrintableText(path))
        return QStringLiteral("path holds a control character");
    if (utf8.startsWith('/'))
        return QStringLiteral("path is absolute (starts with '/')");
    int components = 0;
    for (qsizetype start = 0; start <= utf8.size();) {
        qsizetype end = utf8.indexOf('/', start);
        if (end < 0)
            end = utf8.size();
        const QByteArrayView component = QByteArrayView(utf8).sliced(start, end - start);
        if (++components > kMaxPathComponents)
            return QStringLiteral("path has more than %1 components").arg(kMaxPathComponents);
        if (component.isEmpty())
            return QStringLiteral("path has an empty component");
        if (component == QByteArrayView(".") || component == QByteArrayView(".."))
            return QStringLiteral("path has a '%1' component").arg(QLatin1String(component));
        if (component.size() > kMaxComponentBytes)
            return QStringLiteral("path component of %1 bytes over the cap of %2")
                .arg(component.size())
                .arg(kMaxComponentBytes);
        start = end + 1;
    }
    return {};
}

void writeEntry(ByteWriter &w, const SpacedropEntry &e, const QByteArray &pathUtf8)
{
    w.u8(quint8(e.type)).u8(e.executable ? kExecutableMode : 0).u64(e.size);
    w.u64(quint64(e.mtimeMs)).u16(quint16(pathUtf8.size())).bytes(pathUtf8);
}

// Reads one entry; fails r on the first broken rule.
void readEntry(ByteReader &r, SpacedropEntry &e)
{
    quint8 type = 0;
    quint8 mode = 0;
    quint64 mtime = 0;
    if (r.readU8(type) && type != quint8(SpacedropEntry::Type::File)
        && type != quint8(SpacedropEntry::Type::Folder))
        r.fail(QStringLiteral("unknown type %1").arg(type));
    e.type = SpacedropEntry::Type(type);
    if (r.readU8(mode) && (mode & ~kExecutableMode) != 0)
        r.fail(QStringLiteral("reserved mode bits set (0x%1)").arg(mode, 2, 16, QLatin1Char('0')));
    e.executable = (mode & kExecutableMode) != 0;
    r.readU64(e.size);
    if (r.readU64(mtime))
        e.mtimeMs = qint64(mtime);
    if (!r.failed() && !e.isFile() && e.size != 0)
        r.fail(QStringLiteral("folder of size %1, must be 0").arg(e.size));
    if (!r.failed() && !e.isFile() && e.executable)
        r.fail(QStringLiteral("folder marked executable"));
    // Control characters are checked with the other path rules, for a clearer reason.
    if (r.readString(kMaxPathBytes, e.path, false)) {
        const QString why = pathProblem(e.path);
        if (!why.isEmpty())
            r.fail(why);
    }
}

} // namespace

std::optional<Kind> kindOf(QByteArrayView message)
{
    if (message.isEmpty())
        return std::nullopt;
    for (const KindName &k : kKinds) {
        if (quint8(k.kind) == quint8(message[0]))
            return k.kind;
    }
    return std::nullopt;
}

bool isValidWirePath(const QString &path, QString *why)
{
    const QString problem = pathProblem(path);
    if (why)
        *why = problem;
    return problem.isEmpty();
}

QByteArray Offer::encode() const
{
    QByteArray out;
    ByteWriter w(out);
    w.u8(quint8(Kind::Offer)).bytes(id.toRfc4122()).u8(retry ? kRetryFlag : 0);
    w.u32(entryCount).u64(totalBytes).string(printableText(message), kMaxMessageText);
    return out;
}

DecodeResult<Offer> Offer::decode(QByteArrayView message)
{
    ByteReader r(message);
    Offer o;
    QByteArray id;
    quint8 flags = 0;
    readKind(r, message, Kind::Offer);
    if (r.readBytes(kIdSize, id)) {
        o.id = QUuid::fromRfc4122(id);
        if (o.id.isNull())
            r.fail(QStringLiteral("transfer_id is all zero"));
    }
    if (r.readU8(flags) && (flags & ~kRetryFlag) != 0)
        r.fail(QStringLiteral("reserved flag bits set (0x%1)").arg(flags, 2, 16, QLatin1Char('0')));
    o.retry = (flags & kRetryFlag) != 0;
    if (r.readU32(o.entryCount) && (o.entryCount < 1 || o.entryCount > kMaxEntryCount))
        r.fail(QStringLiteral("entry_count %1 outside 1…%2").arg(o.entryCount).arg(kMaxEntryCount));
    r.readU64(o.totalBytes);
    r.readString(kMaxMessageText, o.message);
    return finish(r, Kind::Offer, std::move(o), message.size());
}

QByteArray EntryBatch::encode() const
{
    QByteArray out;
    ByteWriter w(out);
    w.u8(quint8(Kind::Entries)).u32(quint32(entries.size()));
    // Paths go out unchanged: a bad one is refused by the receiver (senders check isValidWirePath).
    for (const SpacedropEntry &e : entries)
        writeEntry(w, e, utf8Truncated(e.path, 0xFFFF));
    return out;
}

DecodeResult<EntryBatch> EntryBatch::decode(QByteArrayView message)
{
    ByteReader r(message);
    EntryBatch batch;
    quint32 count = 0;
    readKind(r, message, Kind::Entries);
    if (r.readU32(count) && count == 0)
        r.fail(QStringLiteral("no entries"));
    // The count is untrusted: reserve only what the bytes present could hold.
    if (!r.failed())
        batch.entries.reserve(qMin<qsizetype>(count, r.remaining() / (kEntryFixedSize + 1)));
    for (quint32 i = 0; i < count && !r.failed(); ++i) {
        SpacedropEntry e;
        readEntry(r, e);
        if (r.failed())
            return DecodeResult<EntryBatch>::invalid(
                QStringLiteral("ENTRIES: entry %1: %2").arg(i).arg(r.error()));
        batch.entries.append(std::move(e));
    }
    return finish(r, Kind::Entries, std::move(batch), message.size());
}

QList<QByteArray> EntryBatch::encodeAll(const SpacedropEntries &entries)
{
    QList<QByteArray> messages;
    QByteArray current;
    quint32 inCurrent = 0;
    const auto close = [&] {
        qToBigEndian(inCurrent, current.data() + 1);
        messages.append(std::move(current));
        current = QByteArray();
        inCurrent = 0;
    };
    for (const SpacedropEntry &e : entries) {
        // An entry is at most 20 + 65535 bytes, so it always fits in an empty message.
        const QByteArray path = utf8Truncated(e.path, 0xFFFF);
        if (inCurrent > 0 && current.size() + kEntryFixedSize + path.size() > kMaxMessage)
            close();
        ByteWriter w(current);
        if (inCurrent == 0)
            w.u8(quint8(Kind::Entries)).u32(0); // n is filled in by close()
        writeEntry(w, e, path);
        ++inCurrent;
    }
    if (inCurrent > 0)
        close();
    return messages;
}

QByteArray Asking::encode() const
{
    QByteArray out;
    ByteWriter(out).u8(quint8(Kind::Asking)).u32(timeoutMs);
    return out;
}

DecodeResult<Asking> Asking::decode(QByteArrayView message)
{
    ByteReader r(message);
    Asking a;
    readKind(r, message, Kind::Asking);
    r.readU32(a.timeoutMs);
    return finish(r, Kind::Asking, a, message.size());
}

QByteArray Accept::encode() const
{
    QByteArray out;
    ByteWriter w(out);
    w.u8(quint8(Kind::Accept)).u32(resumeIndex).u64(resumeOffset).bytes(fixedDigest(prefixSha256));
    return out;
}

DecodeResult<Accept> Accept::decode(QByteArrayView message)
{
    ByteReader r(message);
    Accept a;
    readKind(r, message, Kind::Accept);
    r.readU32(a.resumeIndex);
    r.readU64(a.resumeOffset);
    r.readBytes(kDigestSize, a.prefixSha256);
    if (!r.failed() && a.resumeOffset == 0
        && std::any_of(a.prefixSha256.cbegin(), a.prefixSha256.cend(),
                       [](char c) { return c != 0; }))
        r.fail(QStringLiteral("prefix_sha256 not all zero with resume_offset 0"));
    return finish(r, Kind::Accept, std::move(a), message.size());
}

QByteArray Decline::encode() const
{
    QByteArray out;
    ByteWriter w(out);
    w.u8(quint8(Kind::Decline)).u8(reason).string(printableText(detail), kMaxMessageText);
    return out;
}

DecodeResult<Decline> Decline::decode(QByteArrayView message)
{
    ByteReader r(message);
    Decline d;
    readKind(r, message, Kind::Decline);
    r.readU8(d.reason);
    r.readString(kMaxMessageText, d.detail);
    return finish(r, Kind::Decline, std::move(d), message.size());
}

QByteArray Chunk::encode(quint32 index, quint64 offset, QByteArrayView data)
{
    Q_ASSERT(!data.isEmpty() && data.size() <= kMaxData);
    QByteArray out(kHeaderSize + data.size(), Qt::Uninitialized);
    writeHeader(out.data(), index, offset);
    std::copy(data.begin(), data.end(), out.begin() + kHeaderSize);
    return out;
}

void Chunk::writeHeader(char *out, quint32 index, quint64 offset)
{
    out[0] = char(Kind::Chunk);
    qToBigEndian(index, out + 1);
    qToBigEndian(offset, out + 5);
}

DecodeResult<Chunk> Chunk::decode(QByteArrayView message)
{
    ByteReader r(message);
    Chunk c;
    readKind(r, message, Kind::Chunk);
    r.readU32(c.index);
    r.readU64(c.offset);
    if (!r.failed() && r.atEnd())
        r.fail(QStringLiteral("no data"));
    if (r.failed())
        return refuse<Chunk>(r, Kind::Chunk);
    // The data is the rest of the message (not copied): nothing can trail it.
    c.dataSize = r.remaining();
    return DecodeResult<Chunk>::ok(c, message.size());
}

QByteArray FileEnd::encode() const
{
    QByteArray out;
    ByteWriter(out).u8(quint8(Kind::FileEnd)).u32(index).bytes(fixedDigest(sha256));
    return out;
}

DecodeResult<FileEnd> FileEnd::decode(QByteArrayView message)
{
    ByteReader r(message);
    FileEnd f;
    readKind(r, message, Kind::FileEnd);
    r.readU32(f.index);
    r.readBytes(kDigestSize, f.sha256);
    return finish(r, Kind::FileEnd, std::move(f), message.size());
}

QByteArray encodeSignal(Kind kind)
{
    return QByteArray(1, char(kind));
}

DecodeResult<Kind> decodeSignal(QByteArrayView message, Kind kind)
{
    ByteReader r(message);
    if (kind != Kind::Pause && kind != Kind::Resume && kind != Kind::Done)
        r.fail(QStringLiteral("not a one-byte message kind"));
    readKind(r, message, kind);
    return finish(r, kind, kind, message.size());
}

QString declineReasonName(quint8 reason)
{
    // Indexed by DeclineReason - 1.
    static const char *const names[]
        = {"Declined", "TimedOut", "InsufficientSpace", "TooLarge", "Busy", "Unavailable"};
    if (reason >= 1 && size_t(reason) <= std::size(names))
        return QLatin1String(names[reason - 1]);
    return QStringLiteral("Unknown(%1)").arg(reason);
}

} // namespace Ferry::Net::Spacedrop
