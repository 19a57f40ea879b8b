// Writes the seed corpora of the fuzz targets: a handful of small, mostly valid inputs per
// decoder, from which libFuzzer mutates. Run it from the source tree to regenerate the committed
// seeds:  build-fuzz/tests/fuzz/make_fuzz_seeds tests/fuzz/corpus
#include "app/control/controlmessage.h"
#include "app/control/controlvalues.h"
#include "net/announcement.h"
#include "net/bytewriter.h"
#include "net/deviceidentity.h"
#include "net/errorpayload.h"
#include "net/frame.h"
#include "net/header.h"
#include "net/hello.h"
#include "net/operations/pingmessage.h"
#include "net/operations/spacedrop/destinationplan.h"
#include "net/operations/spacedrop/spacedropmessage.h"
#include "net/operations/spacedrop/transfermanifest.h"
#include "net/remoteidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Ferry::Net;

namespace {

bool g_failed = false;

void writeSeed(const QString &root, const char *target, const char *name, const QByteArray &bytes)
{
    const QString dir = root + QLatin1Char('/') + QLatin1String(target);
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        g_failed = true;
    }
}

QByteArray key(char seed)
{
    QByteArray out(RemoteIdentity::kSize, '\0');
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(seed + 37 * i);
    return out;
}

Hello sampleHello()
{
    Hello hello;
    hello.identity = RemoteIdentity::fromRawKey(key(1));
    hello.metadata.deviceName = QStringLiteral("D's laptop");
    hello.metadata.os = QStringLiteral("Linux");
    hello.metadata.appVersion = QStringLiteral("0.1.0");
    hello.metadata.capabilities = {quint16(OperationTag::Ping)};
    return hello;
}

Hello wideHello()
{
    Hello hello = sampleHello();
    hello.minVersion = 1;
    hello.maxVersion = 3;
    hello.metadata.deviceName = QStringLiteral("Ana\u2019s \u00e9t\u00e9 \U0001F4BB laptop");
    hello.metadata.deviceModel = QStringLiteral("ThinkPad X1 Carbon");
    hello.metadata.os = QStringLiteral("Android");
    hello.metadata.capabilities = {1, 2, 3, 0x0100, 0xFFFF};
    return hello;
}

QByteArray pingData(PingMessage::Kind kind)
{
    return PingMessage{kind, 0x1122334455667788ull}.encode();
}

void frameSeeds(const QString &root)
{
    const char *t = "fuzz_frame";
    const QByteArray hello = sampleHello().encode();
    const QByteArray welcome = QByteArray::fromHex("0001");
    const QByteArray goaway = ErrorPayload::encode(ErrorCode::ShuttingDown, QStringLiteral("bye"));
    const QByteArray open = Header::of(OperationTag::Ping).encode();
    const QByteArray reset = ErrorPayload::encode(ErrorCode::Timeout, {});

    // The Ping conversation of docs/PROTOCOL.md §11, one direction, back to back.
    QByteArray conversation;
    appendFrame(conversation, FrameType::Hello, 0, hello);
    appendFrame(conversation, FrameType::Welcome, 0, welcome);
    appendFrame(conversation, FrameType::Open, 1, open);
    appendFrame(conversation, FrameType::Data, 1, pingData(PingMessage::Kind::Ping));
    appendFrame(conversation, FrameType::Fin, 1, {});
    writeSeed(root, t, "conversation", conversation);

    QByteArray control;
    appendFrame(control, FrameType::Window, 3, QByteArray::fromHex("00100000"));
    appendFrame(control, FrameType::Reset, 3, reset);
    appendFrame(control, FrameType::GoAway, 0, goaway);
    writeSeed(root, t, "control-frames", control);

    writeSeed(root, t, "data-empty", encodeFrame(FrameType::Data, 5, {}));
    writeSeed(root, t, "unknown-type", encodeFrame(FrameType(0x15), 0, QByteArray("??")));
    // Header announcing 1 MiB + 1: TooLarge from the header alone.
    QByteArray tooLarge;
    ByteWriter(tooLarge).u8(0x11).u32(1).u32(Frame::kMaxPayload + 1).bytes("xx");
    writeSeed(root, t, "too-large", tooLarge);
    writeSeed(root, t, "half-header", conversation.left(5));
}

void helloSeeds(const QString &root)
{
    const char *t = "fuzz_hello";
    const QByteArray sample = sampleHello().encode();
    writeSeed(root, t, "sample", sample);
    writeSeed(root, t, "wide", wideHello().encode());
    writeSeed(root, t, "trailing", sample + QByteArray::fromHex("0004") + "more");

    Hello atCaps = wideHello();
    atCaps.metadata.deviceName = QString(64, QChar(0xE9));
    atCaps.metadata.os = QString(32, QLatin1Char('o'));
    atCaps.metadata.deviceModel = QString(21, QChar(0x20AC));
    atCaps.metadata.appVersion = QString(32, QLatin1Char('9'));
    atCaps.metadata.capabilities = QList<quint16>(32, 1);
    writeSeed(root, t, "at-caps", atCaps.encode());

    // Regression: a leading U+FEFF was dropped as a byte order mark, changing the name.
    Hello bomName = sampleHello();
    bomName.metadata.deviceName = QStringLiteral("\ufeffAna");
    writeSeed(root, t, "name-feff", bomName.encode());

    QByteArray badMagic = sample;
    badMagic[3] = 'X';
    writeSeed(root, t, "bad-magic", badMagic);
}

void smallSeeds(const QString &root)
{
    writeSeed(root, "fuzz_header", "ping", Header::of(OperationTag::Ping).encode());
    writeSeed(root, "fuzz_header", "with-arguments", Header{0x0102, "arguments"}.encode());
    writeSeed(root, "fuzz_header", "tag-zero", QByteArray::fromHex("0000"));

    const char *e = "fuzz_errorpayload";
    writeSeed(root, e, "shutting-down", ErrorPayload::encode(ErrorCode::ShuttingDown, {}));
    writeSeed(root, e, "version",
              ErrorPayload::encode(ErrorCode::IncompatibleVersion,
                                   QStringLiteral("we speak 1\u20131, you speak 2\u20133")));
    writeSeed(root, e, "unknown-code",
              ErrorPayload::encode(ErrorCode(0x7FFF), QStringLiteral("?")));
    writeSeed(root, e, "detail-feff",
              ErrorPayload::encode(ErrorCode::Cancelled, QStringLiteral("\ufeffcancelled")));
    writeSeed(root, e, "long-detail",
              ErrorPayload::encode(ErrorCode::InternalError, QString(170, QChar(0x20AC))));

    writeSeed(root, "fuzz_pingmessage", "ping", pingData(PingMessage::Kind::Ping));
    writeSeed(root, "fuzz_pingmessage", "pong", pingData(PingMessage::Kind::Pong));

    const RemoteIdentity id = RemoteIdentity::fromRawKey(key(7));
    const char *r = "fuzz_remoteidentity";
    writeSeed(root, r, "text", id.toText().toLatin1());
    writeSeed(root, r, "text-upper", id.toText().toUpper().toLatin1());
    writeSeed(root, r, "short", id.shortText().toLatin1());
    writeSeed(root, r, "raw-key", id.rawKey());
    // Regression: base32Decode() folded U+212A KELVIN SIGN to 'k' and accepted it.
    writeSeed(root, r, "kelvin-sign", (QChar(0x212A) + id.toText().mid(1)).toUtf8());
}

void announcementSeeds(const QString &root)
{
    const char *t = "fuzz_announcement";
    QByteArray seed;
    for (int i = 1; i <= DeviceIdentity::kSeedSize; ++i)
        seed.append(char(i));
    const auto signer = DeviceIdentity::fromPrivateSeed(seed);
    if (!signer) {
        std::fprintf(stderr, "cannot make the discovery signing key\n");
        g_failed = true;
        return;
    }
    Announcement a;
    a.maxVersion = 2;
    a.instance = 0x0102030405060708;
    a.sequence = 1;
    a.tcpPort = 47474;
    a.metadata.deviceName = QStringLiteral("Ana\u2019s \U0001F4BB laptop");
    a.metadata.os = QStringLiteral("Linux");
    a.metadata.deviceModel = QStringLiteral("ThinkPad X1 Carbon");
    a.metadata.appVersion = QStringLiteral("0.1.0");
    const QByteArray announce = a.encode(*signer);
    writeSeed(root, t, "announce", announce);
    a.kind = Announcement::Kind::Query;
    writeSeed(root, t, "query", a.encode(*signer));
    a.kind = Announcement::Kind::Goodbye;
    a.sequence = 9;
    writeSeed(root, t, "goodbye", a.encode(*signer));
    writeSeed(root, t, "truncated-signature", announce.chopped(1));
}

void spacedropSeeds(const QString &root)
{
    using namespace Spacedrop;
    const char *t = "fuzz_spacedropmessage";
    // The transfer of docs/PROTOCOL.md §13.6.
    const QUuid id = QUuid::fromString(QStringLiteral("00112233-4455-6677-8899-aabbccddeeff"));
    writeSeed(root, t, "offer", Offer{id, false, 2, 5, QStringLiteral("hi")}.encode());
    writeSeed(root, t, "offer-retry",
              Offer{id, true, kMaxEntryCount, ~0ull, QStringLiteral("\u00e9t\u00e9 \U0001F4BB")}
                  .encode());
    const SpacedropEntries holiday = {
        {SpacedropEntry::Type::Folder, false, 0, 0, QStringLiteral("Holiday")},
        {SpacedropEntry::Type::File, false, 5, 1700000000000, QStringLiteral("Holiday/a.txt")},
    };
    writeSeed(root, t, "entries", EntryBatch{holiday}.encode());
    const SpacedropEntries odd = {
        {SpacedropEntry::Type::File, true, 1, -1, QStringLiteral("\u65e5\u672c/run.sh")},
        {SpacedropEntry::Type::File, false, 0, 0, QStringLiteral("CON/a\\b:c")},
        {SpacedropEntry::Type::Folder, false, 0, 0, QStringLiteral("..a/b../.c")},
    };
    writeSeed(root, t, "entries-odd", EntryBatch{odd}.encode());
    // Refused: a ".." component.
    writeSeed(
        root, t, "entries-dotdot",
        EntryBatch{{{SpacedropEntry::Type::File, false, 1, 0, QStringLiteral("a/../b")}}}.encode());
    writeSeed(root, t, "asking", Asking{60000}.encode());
    writeSeed(root, t, "accept", Accept{}.encode());
    QByteArray digest;
    for (int i = 0; i < kDigestSize; ++i)
        digest.append(char(i + 1));
    writeSeed(root, t, "accept-resume", Accept{3, 4096, digest}.encode());
    writeSeed(root, t, "decline", Decline{2, QStringLiteral("nobody answered")}.encode());
    writeSeed(root, t, "chunk", Chunk::encode(1, 0, "hello"));
    writeSeed(root, t, "file-end", FileEnd{1, digest}.encode());
    writeSeed(root, t, "pause", encodeSignal(Kind::Pause));
    writeSeed(root, t, "resume", encodeSignal(Kind::Resume));
    writeSeed(root, t, "done", encodeSignal(Kind::Done));
    // Lines of paths, for the encoder checks (isValidWirePath against the ENTRIES decoder).
    writeSeed(root, t, "paths",
              QStringLiteral("a/b\n/etc\na//b\n./a\n\u00e9/\U0001F389\n\u0085\n\u001b[31m\nCON")
                  .toUtf8());
}

void transferManifestSeeds(const QString &root)
{
    const char *t = "fuzz_transfermanifest";
    using Type = SpacedropEntry::Type;
    const SpacedropEntries entries = {
        {Type::Folder, false, 0, 0, QStringLiteral("Holiday")},
        {Type::File, false, 18446744073709551615ull, 1700000000123,
         QStringLiteral("Holiday/a.jpg")},
        {Type::File, true, 9007199254740993ull, -1, QStringLiteral("Holiday/run.sh")},
        {Type::File, false, 0, 0, QStringLiteral("CON.txt")},
        {Type::File, false, 5, 0, QStringLiteral("A.TXT")},
        {Type::File, false, 5, 0, QStringLiteral("a.txt")},
        {Type::File, false, 1, 0, QStringLiteral("\u00e9t\u00e9 \U0001F600/x:y?\u202Efdp.exe")},
    };
    IncomingManifest in;
    in.id = QUuid(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    in.sender = RemoteIdentity::fromRawKey(key(5));
    in.senderName = QStringLiteral("Ana\u2019s laptop");
    in.message = QStringLiteral("the photos");
    in.destination = QStringLiteral("/home/d/Downloads");
    in.entries = entries;
    in.localPaths = DestinationPlan::make(entries, {}).localPaths();
    in.entriesDigest = entriesDigest(entries);
    in.resumeIndex = 2;
    in.createdMs = 1700000000000;
    writeSeed(root, t, "incoming", in.toJson());
    IncomingManifest empty = in;
    empty.entries.clear();
    empty.localPaths.clear();
    empty.entriesDigest = entriesDigest({});
    empty.resumeIndex = 0;
    writeSeed(root, t, "incoming-empty", empty.toJson());

    OutgoingManifest out;
    out.id = in.id;
    out.peer = in.sender;
    out.peerName = QStringLiteral("Desk");
    out.entries = entries;
    for (const SpacedropEntry &e : entries)
        out.sourcePaths.append(QStringLiteral("/home/ana/") + e.path);
    out.createdMs = -1;
    writeSeed(root, t, "outgoing", out.toJson());
    // Refused: a local path that leaves the destination.
    writeSeed(root, t, "incoming-traversal", in.toJson().replace("\"_CON.txt\"", "\"../x\""));
}

} // namespace

void controlSeeds(const QString &root)
{
    using Ferry::App::ControlMessage;
    namespace Values = Ferry::App::ControlValues;
    using Type = ControlMessage::Type;
    const char *t = "fuzz_controlmessage";
    const QString id = QStringLiteral("00112233-4455-6677-8899-aabbccddeeff");
    const RemoteIdentity sender = RemoteIdentity::fromRawKey(key(4));
    const auto seed = [&](const char *name, Type type, const QJsonObject &fields) {
        writeSeed(root, t, name, ControlMessage{type, fields}.encode());
    };
    seed("hello", Type::Hello,
         {{QStringLiteral("seq"), 0},
          {QStringLiteral("protocol"), 1},
          {QStringLiteral("kind"), QStringLiteral("cli")},
          {QStringLiteral("pid"), 12},
          {QStringLiteral("version"), QStringLiteral("0.1.0")},
          {QStringLiteral("command"), QStringLiteral("receive")}});
    seed("send", Type::Send,
         {{QStringLiteral("seq"), 3},
          {QStringLiteral("to"), QStringLiteral("Bob")},
          {QStringLiteral("paths"), QJsonArray{QStringLiteral("/home/a/b.txt")}},
          {QStringLiteral("message"), QStringLiteral("hi")}});
    seed("raise-paths", Type::Raise,
         {{QStringLiteral("seq"), 5},
          {QStringLiteral("paths"),
           QJsonArray{QStringLiteral("/home/ana/report.pdf"),
                      QStringLiteral("/home/ana/Holiday")}}});
    seed("accept", Type::Accept,
         {{QStringLiteral("seq"), 4},
          {QStringLiteral("id"), id},
          {QStringLiteral("destination"), QStringLiteral("/tmp")}});
    seed("result", Type::Result,
         {{QStringLiteral("seq"), 4},
          {QStringLiteral("ok"), false},
          {QStringLiteral("error"), QStringLiteral("the offer was already accepted")}});
    seed("request-closed", Type::RequestClosed,
         {{QStringLiteral("id"), id},
          {QStringLiteral("outcome"), QStringLiteral("accepted")},
          {QStringLiteral("by"), QStringLiteral("ferry receive (pid 3)")}});

    PeerRecord peer;
    peer.identity = sender;
    peer.metadata = sampleHello().metadata;
    peer.addresses = {{QHostAddress(QStringLiteral("10.77.0.2")), 47474, PeerSource::Multicast, 0}};
    peer.sources = PeerSource::Multicast;
    seed("peer", Type::PeerDiscovered, {{QStringLiteral("peer"), Values::peerToJson(peer)}});
    TransferInfo info;
    info.id = QUuid::fromString(id);
    info.peer = sender;
    info.peerName = QStringLiteral("Bob");
    info.state = TransferState::Running;
    info.totalBytes = 1000;
    info.error = {ErrorCode::ConnectionLost, QStringLiteral("reset"), false};
    seed("transfer", Type::TransferChanged,
         {{QStringLiteral("transfer"), Values::transferToJson(info)}});
    IncomingRequest request;
    request.id = info.id;
    request.sender = sender;
    request.senderName = QStringLiteral("Bob");
    request.entries = {{SpacedropEntry::Type::Folder, false, 0, 0, QStringLiteral("Holiday")},
                       {SpacedropEntry::Type::File, true, 5, 1, QStringLiteral("Holiday/a.sh")}};
    request.fileCount = 1;
    request.folderCount = 1;
    request.totalBytes = 5;
    request.timeoutMs = 60000;
    seed("request", Type::RequestReceived,
         {{QStringLiteral("request"), Values::requestToJson(request)}});
    Ferry::App::NodeInfo node;
    node.identity = sender;
    node.interfaces = {QStringLiteral("lo")};
    seed("welcome", Type::Welcome,
         {{QStringLiteral("protocol"), 1}, {QStringLiteral("node"), Values::nodeToJson(node)}});
    // A bare value (the target also parses its input as a peer, transfer, request or node).
    writeSeed(root, t, "transfer-value",
              QJsonDocument(Values::transferToJson(info)).toJson(QJsonDocument::Compact));
    writeSeed(root, t, "huge-length", QByteArray("\x7f\xff\xff\xff{}", 6));
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus root, e.g. tests/fuzz/corpus>\n", argv[0]);
        return 2;
    }
    QCoreApplication app(argc, argv); // Qt's TLS backend, which DeviceIdentity loads, wants one
    const QString root = QString::fromLocal8Bit(argv[1]);
    frameSeeds(root);
    helloSeeds(root);
    smallSeeds(root);
    announcementSeeds(root);
    spacedropSeeds(root);
    transferManifestSeeds(root);
    controlSeeds(root);
    return g_failed ? 1 : 0;
}
