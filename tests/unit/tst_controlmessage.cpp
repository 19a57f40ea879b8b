// The local control protocol's codec (docs/CONTROL.md §2–§4): framing, JSON, and every field rule
// of every message, valid input next to malformed input. Pure value code: no socket here.
#include "app/control/controlmessage.h"
#include "app/control/controlvalues.h"
#include "tests/support/decodestatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::App;
using Type = ControlMessage::Type;

namespace {

const QString kId = QStringLiteral("00112233-4455-6677-8899-aabbccddeeff");

Net::RemoteIdentity identity(char seed)
{
    QByteArray key(Net::RemoteIdentity::kSize, '\0');
    for (qsizetype i = 0; i < key.size(); ++i)
        key[i] = char(seed + 11 * i);
    return Net::RemoteIdentity::fromRawKey(key);
}

QByteArray framed(const QByteArray &payload)
{
    QByteArray out(4, '\0');
    const quint32 size = quint32(payload.size());
    out[0] = char(size >> 24);
    out[1] = char(size >> 16);
    out[2] = char(size >> 8);
    out[3] = char(size);
    return out + payload;
}

QByteArray framedJson(const QJsonObject &object)
{
    return framed(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Net::PeerRecord samplePeer()
{
    Net::PeerRecord peer;
    peer.identity = identity(3);
    peer.metadata.deviceName = QStringLiteral("Ana\u2019s laptop");
    peer.metadata.os = QStringLiteral("Linux");
    peer.metadata.deviceModel = QStringLiteral("X1");
    peer.metadata.appVersion = QStringLiteral("0.1.0");
    peer.metadata.capabilities = {1, 2, 0xFFFF};
    peer.minVersion = 1;
    peer.maxVersion = 2;
    peer.addresses
        = {{QHostAddress(QStringLiteral("10.77.0.2")), 47474, Net::PeerSource::Multicast, 0},
           {QHostAddress(QStringLiteral("fe80::1%lo")), 1, Net::PeerSource::Manual, 0}};
    peer.sources = Net::PeerSource::Multicast | Net::PeerSource::Manual;
    peer.state = Net::PeerRecord::State::Connected;
    peer.verified = true;
    return peer;
}

Net::TransferInfo sampleTransfer()
{
    Net::TransferInfo info;
    info.id = QUuid::fromString(kId);
    info.direction = Net::TransferDirection::Incoming;
    info.peer = identity(5);
    info.peerName = QStringLiteral("Bob");
    info.message = QStringLiteral("holiday \U0001F3D6");
    info.state = Net::TransferState::Running;
    info.pausedByPeer = true;
    info.fileCount = 3;
    info.folderCount = 1;
    info.topLevelCount = 1;
    info.firstName = QStringLiteral("Holiday");
    info.destination = QStringLiteral("/home/a/Downloads");
    info.localPath = QStringLiteral("/home/a/Downloads/Holiday");
    info.totalBytes = 5'000'000'000ull;
    info.doneBytes = 1234;
    info.filesDone = 1;
    info.currentFile = QStringLiteral("Holiday/b.jpg");
    info.currentFileBytes = 10;
    info.currentFileSize = 20;
    info.bytesPerSecond = 1.5e6;
    info.etaSeconds = 42;
    info.error = {Net::ErrorCode::ConnectionLost, QStringLiteral("reset"), true};
    info.declineReason = 2;
    info.startedMs = 1'700'000'000'000;
    info.finishedMs = 1'700'000'000'500;
    info.attempts = 2;
    return info;
}

Net::IncomingRequest sampleRequest(int entries = 2)
{
    Net::IncomingRequest request;
    request.id = QUuid::fromString(kId);
    request.sender = identity(7);
    request.senderName = QStringLiteral("Carol");
    request.message = QStringLiteral("hi");
    for (int i = 0; i < entries; ++i)
        request.entries.append({Net::SpacedropEntry::Type::File, i % 2 == 0, quint64(i), i,
                                QStringLiteral("d/f%1").arg(i)});
    request.entries.append({Net::SpacedropEntry::Type::Folder, false, 0, 0, QStringLiteral("d")});
    request.fileCount = entries;
    request.folderCount = 1;
    request.totalBytes = 99;
    request.timeoutMs = 60'000;
    return request;
}

NodeInfo sampleNode()
{
    NodeInfo node;
    node.kind = NodeInfo::Kind::Headless;
    node.pid = 4242;
    node.version = QStringLiteral("0.1.0");
    node.identity = identity(9);
    node.deviceName = QStringLiteral("Desk");
    node.port = 47474;
    node.receiving = true;
    node.destination = QStringLiteral("/srv/in");
    node.discovery = true;
    node.discoveryPort = 47474;
    node.interfaces = {QStringLiteral("lo"), QStringLiteral("eth0")};
    node.uptimeMs = 1234;
    return node;
}

QJsonObject withSeq(QJsonObject fields, double seq = 7)
{
    fields.insert(QStringLiteral("seq"), seq);
    return fields;
}

QJsonObject idFields()
{
    return withSeq({{QStringLiteral("id"), kId}});
}

// A valid message of each type.
QList<QPair<const char *, ControlMessage>> validMessages()
{
    const QJsonObject hello{{QStringLiteral("seq"), 0},
                            {QStringLiteral("protocol"), 1},
                            {QStringLiteral("kind"), QStringLiteral("cli")},
                            {QStringLiteral("pid"), 12},
                            {QStringLiteral("version"), QStringLiteral("0.1.0")},
                            {QStringLiteral("command"), QStringLiteral("receive")}};
    const QJsonObject send = withSeq(
        {{QStringLiteral("to"), QStringLiteral("Bob")},
         {QStringLiteral("paths"), QJsonArray{QStringLiteral("/a"), QStringLiteral("/b c")}},
         {QStringLiteral("message"), QStringLiteral("for you")}});
    QJsonObject accept = idFields();
    accept.insert(QStringLiteral("destination"), QStringLiteral("/x"));
    return {
        {"hello", {Type::Hello, hello}},
        {"subscribe", {Type::Subscribe, withSeq({})}},
        {"send", {Type::Send, send}},
        {"accept", {Type::Accept, accept}},
        {"accept without destination", {Type::Accept, idFields()}},
        {"decline", {Type::Decline, idFields()}},
        {"cancel", {Type::Cancel, idFields()}},
        {"pause", {Type::Pause, idFields()}},
        {"resume", {Type::Resume, idFields()}},
        {"retry", {Type::Retry, idFields()}},
        {"raise", {Type::Raise, withSeq({})}},
        {"raise with paths",
         {Type::Raise,
          withSeq({{QStringLiteral("paths"),
                    QJsonArray{QStringLiteral("/home/a/report.pdf"),
                               QStringLiteral("/home/a/Holiday \u00e9t\u00e9")}}})}},
        {"quit", {Type::Quit, withSeq({}, 9007199254740992.0)}},
        {"welcome",
         {Type::Welcome,
          {{QStringLiteral("protocol"), 1},
           {QStringLiteral("node"), ControlValues::nodeToJson(sampleNode())}}}},
        {"result ok", {Type::Result, withSeq({{QStringLiteral("ok"), true}})}},
        {"result with id",
         {Type::Result, withSeq({{QStringLiteral("ok"), true}, {QStringLiteral("id"), kId}})}},
        {"result error",
         {Type::Result,
          withSeq(
              {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no")}})}},
        {"synced", {Type::Synced, withSeq({})}},
        {"error", {Type::Error, {{QStringLiteral("message"), QStringLiteral("bad")}}}},
        {"peerDiscovered",
         {Type::PeerDiscovered,
          {{QStringLiteral("peer"), ControlValues::peerToJson(samplePeer())}}}},
        {"peerUpdated",
         {Type::PeerUpdated, {{QStringLiteral("peer"), ControlValues::peerToJson(samplePeer())}}}},
        {"peerLost", {Type::PeerLost, {{QStringLiteral("identity"), identity(1).toText()}}}},
        {"transferAdded",
         {Type::TransferAdded,
          {{QStringLiteral("transfer"), ControlValues::transferToJson(sampleTransfer())}}}},
        {"transferChanged",
         {Type::TransferChanged,
          {{QStringLiteral("transfer"), ControlValues::transferToJson(sampleTransfer())}}}},
        {"transferRemoved", {Type::TransferRemoved, {{QStringLiteral("id"), kId}}}},
        {"requestReceived",
         {Type::RequestReceived,
          {{QStringLiteral("request"), ControlValues::requestToJson(sampleRequest())}}}},
        {"requestClosed",
         {Type::RequestClosed,
          {{QStringLiteral("id"), kId},
           {QStringLiteral("outcome"), QStringLiteral("accepted")},
           {QStringLiteral("by"), QStringLiteral("ferry receive (pid 3)")}}}},
        {"requestClosed without by",
         {Type::RequestClosed,
          {{QStringLiteral("id"), kId}, {QStringLiteral("outcome"), QStringLiteral("timedOut")}}}},
    };
}

// fields with one field replaced (or removed, when value is undefined).
QJsonObject patched(QJsonObject fields, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        fields.remove(name);
    else
        fields.insert(name, value);
    return fields;
}

// A message's payload with a nested object's field replaced.
QJsonObject patchedNested(Type type, const QString &nested, const QString &name,
                          const QJsonValue &value)
{
    for (const auto &[tag, message] : validMessages()) {
        if (message.type == type) {
            QJsonObject fields = message.fields;
            fields.insert(nested, patched(fields.value(nested).toObject(), name, value));
            fields.insert(QStringLiteral("type"), ControlMessage::typeName(type));
            return fields;
        }
    }
    return {};
}

QJsonObject typed(Type type, QJsonObject fields)
{
    fields.insert(QStringLiteral("type"), ControlMessage::typeName(type));
    return fields;
}

} // namespace

class TestControlMessage : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
    void consumesOneMessageAtATime();
    void oversizedMessageIsNotEncoded();
    void valuesSurviveTheTrip();
    void requestEntriesAreCutButCountsKept();
    void outcomeFollowsTransferState_data();
    void outcomeFollowsTransferState();
    void raiseTakesAsManyPathsAsSend();
};

void TestControlMessage::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonObject>("fields");
    for (const auto &[tag, message] : validMessages())
        QTest::newRow(tag) << int(message.type) << message.fields;
}

void TestControlMessage::roundTrip()
{
    QFETCH(int, type);
    QFETCH(QJsonObject, fields);
    const ControlMessage message{Type(type), fields};
    QCOMPARE(ControlMessage::check(message.type, message.fields), QString());
    const QByteArray bytes = message.encode();
    QVERIFY(!bytes.isEmpty());
    const auto result = ControlMessage::decode(bytes);
    QVERIFY2(result.isOk(), qPrintable(result.why));
    QCOMPARE(result.consumed, bytes.size());
    QCOMPARE(int(result.value->type), type);
    QCOMPARE(result.value->fields, fields);
    QCOMPARE(result.value->encode(), bytes);
    // Every shorter prefix asks for more.
    for (qsizetype cut : {qsizetype(0), qsizetype(3), qsizetype(4), bytes.size() - 1})
        QCOMPARE(ControlMessage::decode(QByteArrayView(bytes).first(cut)).status,
                 Net::DecodeStatus::NeedMore);
}

void TestControlMessage::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Net::DecodeStatus>("status");
    QTest::addColumn<QString>("why");
    using S = Net::DecodeStatus;
    const auto row = [](const char *tag, const QByteArray &bytes, S status, const char *why) {
        QTest::newRow(tag) << bytes << status << QString::fromUtf8(why);
    };
    const auto json = [&row](const char *tag, const QJsonObject &object, const char *why) {
        row(tag, framedJson(object), S::Invalid, why);
    };
    const QJsonObject send = typed(Type::Send, validMessages()[2].second.fields);
    const QJsonObject hello = typed(Type::Hello, validMessages()[0].second.fields);

    row("length above 1 MiB, before the payload", QByteArray("\x00\x10\x00\x01", 4), S::TooLarge,
        "1048577 bytes");
    row("largest length", QByteArray("\xff\xff\xff\xff", 4), S::TooLarge, "at most");
    row("empty payload", QByteArray(4, '\0'), S::Invalid, "empty");
    row("not UTF-8", framed("{\"type\":\"quit\",\"seq\":1,\"x\":\"\xc3\x28\"}"), S::Invalid,
        "UTF-8");
    row("overlong UTF-8", framed("{\"type\":\"\xc0\xaf\"}"), S::Invalid, "UTF-8");
    row("not JSON", framed("hello"), S::Invalid, "not JSON");
    row("JSON array", framed("[1,2]"), S::Invalid, "not a JSON object");
    row("garbage after the object", framed("{\"type\":\"quit\",\"seq\":1} x"), S::Invalid,
        "not JSON");
    row("deep nesting", framed(QByteArray(5000, '[') + QByteArray(5000, ']')), S::Invalid,
        "not JSON");
    json("no type", {{QStringLiteral("seq"), 1}}, "type");
    json("unknown type", {{QStringLiteral("type"), QStringLiteral("format")}}, "type");
    json("type not a string", {{QStringLiteral("type"), 3}}, "type");
    json("type case differs",
         {{QStringLiteral("type"), QStringLiteral("Quit")}, {QStringLiteral("seq"), 1}}, "type");
    json("unknown field", typed(Type::Quit, withSeq({{QStringLiteral("now"), true}})),
         "unknown field \"now\"");
    json("command without seq", typed(Type::Quit, {}), "\"seq\" is missing");
    json("seq a string", typed(Type::Quit, {{QStringLiteral("seq"), QStringLiteral("1")}}),
         "\"seq\" is not a number");
    json("seq negative", typed(Type::Quit, withSeq({}, -1)), "\"seq\" is not an integer");
    json("seq fractional", typed(Type::Quit, withSeq({}, 1.5)), "\"seq\" is not an integer");
    json("seq above 2^53", typed(Type::Quit, withSeq({}, 1e17)), "\"seq\" is not an integer");
    json("hello protocol 0", patched(hello, QStringLiteral("protocol"), 0), "protocol");
    json("hello unknown kind", patched(hello, QStringLiteral("kind"), QStringLiteral("bot")),
         "kind");
    json("hello pid too large", patched(hello, QStringLiteral("pid"), 1e12), "pid");
    json("hello without version", patched(hello, QStringLiteral("version"), {}), "version");
    json("version with NUL", patched(hello, QStringLiteral("version"), QStringLiteral("a\u0000b")),
         "NUL");
    json("send without paths", patched(send, QStringLiteral("paths"), QJsonArray()),
         "\"paths\" is empty");
    json("send path not a string", patched(send, QStringLiteral("paths"), QJsonArray{1}),
         "other than strings");
    json("send empty path", patched(send, QStringLiteral("paths"), QJsonArray{QString()}),
         "is empty");
    json("send path too long",
         patched(send, QStringLiteral("paths"), QJsonArray{QString(4097, QLatin1Char('a'))}),
         "more than 4096");
    json("send to nobody", patched(send, QStringLiteral("to"), QString()), "\"to\" is empty");
    json("send message too long",
         patched(send, QStringLiteral("message"), QString(4097, QLatin1Char('m'))), "message");
    const QJsonObject raise = typed(Type::Raise, withSeq({}));
    const auto raiseWith = [&raise](const QJsonValue &paths) {
        return patched(raise, QStringLiteral("paths"), paths);
    };
    json("raise relative path", raiseWith(QJsonArray{QStringLiteral("/a"), QStringLiteral("b")}),
         "not an absolute path");
    json("raise dot path", raiseWith(QJsonArray{QStringLiteral("./b")}), "not an absolute path");
    json("raise resource path", raiseWith(QJsonArray{QStringLiteral(":/icons/app.svg")}),
         "not an absolute path");
    json("raise empty paths", raiseWith(QJsonArray()), "\"paths\" is empty");
    json("raise empty path", raiseWith(QJsonArray{QString()}), "is empty");
    json("raise paths not an array", raiseWith(QStringLiteral("/a")), "\"paths\" is not an array");
    json("raise paths null", raiseWith(QJsonValue(QJsonValue::Null)), "\"paths\" is not an array");
    json("raise path not a string", raiseWith(QJsonArray{QStringLiteral("/a"), 1}),
         "other than strings");
    json("raise path an object", raiseWith(QJsonArray{QJsonObject{}}), "other than strings");
    json("raise path too long",
         raiseWith(QJsonArray{QLatin1Char('/') + QString(4096, QLatin1Char('a'))}),
         "more than 4096");
    json("raise path with NUL", raiseWith(QJsonArray{QStringLiteral("/a\u0000b")}), "NUL");
    QJsonArray tooManyPaths;
    for (qsizetype i = 0; i <= ControlMessage::kMaxPaths; ++i)
        tooManyPaths.append(QStringLiteral("/p"));
    json("raise with 4097 paths", raiseWith(tooManyPaths), "more than 4096");
    json("raise unknown field", patched(raise, QStringLiteral("files"), QJsonArray{}),
         "unknown field \"files\"");
    json("accept braced uuid",
         typed(Type::Accept, withSeq({{QStringLiteral("id"), QStringLiteral("{") + kId + "}"}})),
         "not a UUID");
    json("accept nil-like text",
         typed(Type::Accept, withSeq({{QStringLiteral("id"), QStringLiteral("not-a-uuid")}})),
         "not a UUID");
    json("accept destination not a string",
         typed(Type::Accept,
               withSeq({{QStringLiteral("id"), kId}, {QStringLiteral("destination"), 5}})),
         "destination");
    json("peerLost short identity",
         typed(Type::PeerLost, {{QStringLiteral("identity"), identity(1).shortText()}}),
         "not an identity");
    json("peerLost identity of wrong length",
         typed(Type::PeerLost, {{QStringLiteral("identity"), identity(1).toText() + "a"}}),
         "not an identity");
    json("result ok not a bool", typed(Type::Result, withSeq({{QStringLiteral("ok"), 1}})),
         "\"ok\" is not a boolean");
    json("requestClosed unknown outcome",
         typed(Type::RequestClosed,
               {{QStringLiteral("id"), kId}, {QStringLiteral("outcome"), QStringLiteral("won")}}),
         "outcome");
    json("transfer unknown state",
         patchedNested(Type::TransferAdded, QStringLiteral("transfer"), QStringLiteral("state"),
                       QStringLiteral("flying")),
         "state");
    json("transfer extra field",
         patchedNested(Type::TransferAdded, QStringLiteral("transfer"), QStringLiteral("evil"), 1),
         "unknown field \"evil\"");
    json("transfer negative bytes",
         patchedNested(Type::TransferChanged, QStringLiteral("transfer"),
                       QStringLiteral("doneBytes"), -1),
         "doneBytes");
    json("transfer infinite-ish speed",
         patchedNested(Type::TransferChanged, QStringLiteral("transfer"),
                       QStringLiteral("bytesPerSecond"), 1e300),
         "bytesPerSecond");
    json("transfer error not an object",
         patchedNested(Type::TransferChanged, QStringLiteral("transfer"), QStringLiteral("error"),
                       QStringLiteral("x")),
         "\"error\" is not an object");
    json("peer bad address",
         patchedNested(
             Type::PeerUpdated, QStringLiteral("peer"), QStringLiteral("addresses"),
             QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("nope")},
                                    {QStringLiteral("port"), 1},
                                    {QStringLiteral("source"), QStringLiteral("manual")}}}),
         "not an IP address");
    json("peer port above 65535",
         patchedNested(
             Type::PeerUpdated, QStringLiteral("peer"), QStringLiteral("addresses"),
             QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("::1")},
                                    {QStringLiteral("port"), 65536},
                                    {QStringLiteral("source"), QStringLiteral("manual")}}}),
         "port");
    json("peer repeated source",
         patchedNested(Type::PeerUpdated, QStringLiteral("peer"), QStringLiteral("sources"),
                       QJsonArray{QStringLiteral("manual"), QStringLiteral("manual")}),
         "repeated");
    json("peer capability out of range",
         patchedNested(Type::PeerUpdated, QStringLiteral("peer"), QStringLiteral("capabilities"),
                       QJsonArray{70000}),
         "capabilities");
    json("request entry escapes",
         patchedNested(Type::RequestReceived, QStringLiteral("request"), QStringLiteral("entries"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                              {QStringLiteral("executable"), false},
                                              {QStringLiteral("size"), 1},
                                              {QStringLiteral("mtimeMs"), 0},
                                              {QStringLiteral("path"), QStringLiteral("../x")}}}),
         "entry");
    json("request folder with a size",
         patchedNested(Type::RequestReceived, QStringLiteral("request"), QStringLiteral("entries"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                                              {QStringLiteral("executable"), false},
                                              {QStringLiteral("size"), 1},
                                              {QStringLiteral("mtimeMs"), 0},
                                              {QStringLiteral("path"), QStringLiteral("d")}}}),
         "folder");
    QJsonArray tooMany;
    for (int i = 0; i < 65; ++i)
        tooMany.append(ControlValues::requestToJson(sampleRequest(1))
                           .value(QStringLiteral("entries"))
                           .toArray()
                           .first());
    json("request with 65 entries",
         patchedNested(Type::RequestReceived, QStringLiteral("request"), QStringLiteral("entries"),
                       tooMany),
         "more than 64");
    json("request with more entries than counted",
         patchedNested(Type::RequestReceived, QStringLiteral("request"),
                       QStringLiteral("fileCount"), 0),
         "more entries");
    json("request timeout beyond a day",
         patchedNested(Type::RequestReceived, QStringLiteral("request"),
                       QStringLiteral("timeoutMs"), 86400001),
         "timeoutMs");
    json("welcome unknown node kind",
         patchedNested(Type::Welcome, QStringLiteral("node"), QStringLiteral("kind"),
                       QStringLiteral("daemon")),
         "kind");
    json("welcome without node", typed(Type::Welcome, {{QStringLiteral("protocol"), 1}}),
         "\"node\" is missing");
}

void TestControlMessage::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Net::DecodeStatus, status);
    QFETCH(QString, why);
    const auto result = ControlMessage::decode(bytes);
    QCOMPARE(result.status, status);
    QVERIFY(!result.value);
    QVERIFY2(result.why.contains(why), qPrintable(result.why));
}

void TestControlMessage::consumesOneMessageAtATime()
{
    const QByteArray first = ControlMessage{Type::Raise, withSeq({}, 1)}.encode();
    const QByteArray second = ControlMessage{Type::Quit, withSeq({}, 2)}.encode();
    const QByteArray both = first + second;
    const auto a = ControlMessage::decode(both);
    QVERIFY(a.isOk());
    QCOMPARE(a.consumed, first.size());
    QCOMPARE(a.value->type, Type::Raise);
    QCOMPARE(a.value->seq(), 1);
    const auto b = ControlMessage::decode(QByteArrayView(both).sliced(a.consumed));
    QVERIFY(b.isOk());
    QCOMPARE(b.value->type, Type::Quit);
    QCOMPARE(b.value->seq(), 2);
}

void TestControlMessage::oversizedMessageIsNotEncoded()
{
    QJsonArray paths;
    for (int i = 0; i < 300; ++i)
        paths.append(QStringLiteral("/") + QString(4000, QLatin1Char('p')));
    const ControlMessage message{
        Type::Send,
        withSeq({{QStringLiteral("to"), QStringLiteral("Bob")}, {QStringLiteral("paths"), paths}})};
    QCOMPARE(ControlMessage::check(message.type, message.fields), QString());
    QVERIFY(message.encode().isEmpty());
}

void TestControlMessage::valuesSurviveTheTrip()
{
    const Net::PeerRecord peer = samplePeer();
    const auto peerBack = ControlValues::peerFromJson(ControlValues::peerToJson(peer), nullptr);
    QVERIFY(peerBack);
    QCOMPARE(peerBack->identity, peer.identity);
    QVERIFY(peerBack->metadata == peer.metadata);
    QCOMPARE(peerBack->addresses, peer.addresses);
    QCOMPARE(peerBack->sources, peer.sources);
    QCOMPARE(int(peerBack->state), int(peer.state));
    QCOMPARE(peerBack->verified, peer.verified);
    QCOMPARE(peerBack->maxVersion, peer.maxVersion);

    const Net::TransferInfo info = sampleTransfer();
    QString why;
    const auto infoBack
        = ControlValues::transferFromJson(ControlValues::transferToJson(info), &why);
    QVERIFY2(infoBack, qPrintable(why));
    QCOMPARE(ControlValues::transferToJson(*infoBack), ControlValues::transferToJson(info));
    QCOMPARE(infoBack->totalBytes, info.totalBytes);
    QCOMPARE(infoBack->error.code, info.error.code);
    QCOMPARE(infoBack->peer, info.peer);

    const NodeInfo node = sampleNode();
    const auto nodeBack = ControlValues::nodeFromJson(ControlValues::nodeToJson(node), &why);
    QVERIFY2(nodeBack, qPrintable(why));
    QCOMPARE(ControlValues::nodeToJson(*nodeBack), ControlValues::nodeToJson(node));
    QCOMPARE(describeNode(*nodeBack), QStringLiteral("ferry --headless (pid 4242)"));

    Net::TransferInfo preparing;
    preparing.id = QUuid::createUuid(); // an outgoing send before its device is known
    const auto preparingBack
        = ControlValues::transferFromJson(ControlValues::transferToJson(preparing), &why);
    QVERIFY2(preparingBack, qPrintable(why));
    QVERIFY(preparingBack->peer.isNull());
}

void TestControlMessage::requestEntriesAreCutButCountsKept()
{
    const Net::IncomingRequest request = sampleRequest(200);
    const QJsonObject json = ControlValues::requestToJson(request);
    QString why;
    const auto back = ControlValues::requestFromJson(json, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->entries.size(), ControlValues::kMaxRequestEntries);
    QCOMPARE(back->entries, request.entries.first(ControlValues::kMaxRequestEntries));
    QCOMPARE(back->fileCount, 200);
    QCOMPARE(back->folderCount, 1);
    QCOMPARE(back->totalBytes, request.totalBytes);
    const ControlMessage message{Type::RequestReceived, {{QStringLiteral("request"), json}}};
    QVERIFY(message.encode().size() < 64 * 1024);
}

void TestControlMessage::outcomeFollowsTransferState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("declineReason");
    QTest::addColumn<int>("outcome");
    using S = Net::TransferState;
    using O = ControlValues::RequestOutcome;
    QTest::newRow("running") << int(S::Running) << 0 << int(O::Accepted);
    QTest::newRow("completed at once") << int(S::Completed) << 0 << int(O::Accepted);
    QTest::newRow("declined") << int(S::Declined) << 1 << int(O::Declined);
    QTest::newRow("timed out") << int(S::Declined) << 2 << int(O::TimedOut);
    QTest::newRow("sender cancelled") << int(S::Cancelled) << 0 << int(O::Withdrawn);
    QTest::newRow("connection lost") << int(S::Interrupted) << 0 << int(O::Withdrawn);
}

void TestControlMessage::outcomeFollowsTransferState()
{
    QFETCH(int, state);
    QFETCH(int, declineReason);
    QFETCH(int, outcome);
    Net::TransferInfo info;
    info.state = Net::TransferState(state);
    info.declineReason = declineReason;
    QCOMPARE(int(ControlValues::outcomeOf(info)), outcome);
    QCOMPARE(int(ControlValues::outcomeOf(std::nullopt)),
             int(ControlValues::RequestOutcome::Withdrawn));
    const QString name = ControlValues::outcomeName(ControlValues::RequestOutcome(outcome));
    QCOMPARE(int(*ControlValues::outcomeFromName(name)), outcome);
}

// The largest selection `ferry --send-files` hands over (kMaxPaths short paths) still decodes.
void TestControlMessage::raiseTakesAsManyPathsAsSend()
{
    QJsonArray paths;
    for (qsizetype i = 0; i < ControlMessage::kMaxPaths; ++i)
        paths.append(QStringLiteral("/home/a/f%1").arg(i));
    const ControlMessage message{Type::Raise, withSeq({{QStringLiteral("paths"), paths}})};
    const auto result = ControlMessage::decode(message.encode());
    QVERIFY2(result.isOk(), qPrintable(result.why));
    QCOMPARE(result.value->fields.value(QStringLiteral("paths")).toArray().size(),
             ControlMessage::kMaxPaths);
}

QTEST_GUILESS_MAIN(TestControlMessage)
#include "tst_controlmessage.moc"
