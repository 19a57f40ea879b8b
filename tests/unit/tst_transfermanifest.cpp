// IncomingManifest / OutgoingManifest JSON and ManifestStore: what survives a restart of a
// Spacedrop transfer (docs/PROTOCOL.md §13.3). The files are parsed as hostile input.
#include "net/operations/spacedrop/destinationplan.h"
#include "net/operations/spacedrop/spacedropmessage.h"
#include "net/operations/spacedrop/transfermanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry::Net;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPermissionMask
    = QFileDevice::Permissions(0x7077); // owner, group, other (not "user")

SpacedropEntry entry(SpacedropEntry::Type type, const QString &path, quint64 size = 0,
                     qint64 mtimeMs = 0, bool executable = false)
{
    return {type, executable, size, mtimeMs, path};
}

SpacedropEntries sampleEntries()
{
    using T = SpacedropEntry::Type;
    return {
        entry(T::Folder, u"Holiday"_s, 0, -1),
        entry(T::File, u"Holiday/IMG_0001.jpg"_s, 18446744073709551615ull, 9223372036854775807ll),
        entry(T::File, u"Holiday/run.sh"_s, 9007199254740993ull, 1700000000123, true),
        entry(T::File, u"CON.txt"_s, 0, -9223372036854775807ll - 1),
        entry(T::File, u"\U0001F600 \u00E9t\u00E9/a:b"_s, 12),
        entry(T::Folder, u"Holiday"_s)};
}

RemoteIdentity identity(char seed)
{
    return RemoteIdentity::fromRawKey(QByteArray(RemoteIdentity::kSize, seed));
}

IncomingManifest sampleIncoming(const QUuid &id = QUuid::createUuid())
{
    IncomingManifest m;
    m.id = id;
    m.sender = identity(3);
    m.senderName = u"Ana\u2019s laptop"_s;
    m.message = u"holiday \"photos\" \\ \U0001F600"_s;
    m.destination = u"/home/d/Downloads"_s;
    m.entries = sampleEntries();
    m.localPaths = DestinationPlan::make(m.entries, {}).localPaths();
    m.entriesDigest = entriesDigest(m.entries);
    m.resumeIndex = 2;
    m.createdMs = 1700000000000;
    m.interruptedMs = 1700000123456;
    return m;
}

OutgoingManifest sampleOutgoing(const QUuid &id = QUuid::createUuid())
{
    OutgoingManifest m;
    m.id = id;
    m.peer = identity(9);
    m.peerName = u"Desk"_s;
    m.entries = sampleEntries();
    for (const SpacedropEntry &e : m.entries)
        m.sourcePaths.append(u"/home/ana/"_s + e.path);
    m.createdMs = -5;
    return m;
}

void compare(const IncomingManifest &a, const IncomingManifest &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.sender, b.sender);
    QCOMPARE(a.senderName, b.senderName);
    QCOMPARE(a.message, b.message);
    QCOMPARE(a.destination, b.destination);
    QVERIFY(a.entries == b.entries);
    QCOMPARE(a.localPaths, b.localPaths);
    QCOMPARE(a.entriesDigest, b.entriesDigest);
    QCOMPARE(a.resumeIndex, b.resumeIndex);
    QCOMPARE(a.createdMs, b.createdMs);
    QCOMPARE(a.interruptedMs, b.interruptedMs);
}

void compare(const OutgoingManifest &a, const OutgoingManifest &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.peer, b.peer);
    QCOMPARE(a.peerName, b.peerName);
    QCOMPARE(a.message, b.message);
    QVERIFY(a.entries == b.entries);
    QCOMPARE(a.sourcePaths, b.sourcePaths);
    QCOMPARE(a.createdMs, b.createdMs);
    QCOMPARE(a.interruptedMs, b.interruptedMs);
}

// The sample's JSON with one change: edit(object) alters the parsed object.
template<typename Edit> QByteArray edited(const QByteArray &json, Edit edit)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    edit(object);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withField(const QByteArray &json, const char *key, const QJsonValue &value)
{
    return edited(json, [&](QJsonObject &o) {
        if (value.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
    });
}

// Sets element `element` of array field `key` (the entry itself when field is -1, else one of its
// fields) to value.
QByteArray withElement(const QByteArray &json, const char *key, int element, int field,
                       const QJsonValue &value)
{
    return edited(json, [&](QJsonObject &o) {
        QJsonArray array = o.value(QLatin1String(key)).toArray();
        if (field < 0) {
            array[element] = value;
        } else {
            QJsonArray inner = array[element].toArray();
            inner[field] = value;
            array[element] = inner;
        }
        o.insert(QLatin1String(key), array);
    });
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

} // namespace

class TestTransferManifest : public QObject
{
    Q_OBJECT
private slots:
    void incomingRoundTrips();
    void outgoingRoundTrips();
    void largeNumbersAreStoredAsDecimalStrings();
    void entriesDigestIsSha256OfTheEncodedEntries();
    void malformedIncomingIsRefused_data();
    void malformedIncomingIsRefused();
    void malformedOutgoingIsRefused_data();
    void malformedOutgoingIsRefused();
    void oversizedJsonIsRefusedBeforeParsing();
    void storeSavesLoadsAndRemoves();
    void storeIsOwnerOnly();
    void storeReportsAndKeepsUnparsableFiles();
    void storeRefusesNullIdAndUnusableFolder();
};

void TestTransferManifest::incomingRoundTrips()
{
    const IncomingManifest m = sampleIncoming();
    QString why = u"stale"_s;
    const auto parsed = IncomingManifest::fromJson(m.toJson(), &why);
    QVERIFY2(parsed, qPrintable(why));
    QVERIFY(why.isEmpty());
    compare(*parsed, m);
    QCOMPARE(parsed->toJson(), m.toJson()); // one text per manifest
    // The other kind does not parse it.
    QVERIFY(!OutgoingManifest::fromJson(m.toJson(), &why));
    QVERIFY(!why.isEmpty());
    // Saved without "interruptedMs" (never interrupted, or by an earlier version): 0.
    QJsonObject object = QJsonDocument::fromJson(m.toJson()).object();
    QVERIFY(object.contains(QStringLiteral("interruptedMs")));
    object.remove(QStringLiteral("interruptedMs"));
    const auto older = IncomingManifest::fromJson(QJsonDocument(object).toJson(), &why);
    QVERIFY2(older, qPrintable(why));
    QCOMPARE(older->interruptedMs, 0);
}

void TestTransferManifest::outgoingRoundTrips()
{
    OutgoingManifest m = sampleOutgoing();
    QString why;
    const auto parsed = OutgoingManifest::fromJson(m.toJson(), &why);
    QVERIFY2(parsed, qPrintable(why));
    compare(*parsed, m);
    QVERIFY(!IncomingManifest::fromJson(m.toJson()));
    QVERIFY(!m.toJson().contains("interruptedMs")); // 0 is not written
    m.interruptedMs = 42;
    QCOMPARE(OutgoingManifest::fromJson(m.toJson())->interruptedMs, 42);
    // Empty names and message, no entries.
    m.peerName.clear();
    m.entries.clear();
    m.sourcePaths.clear();
    const auto empty = OutgoingManifest::fromJson(m.toJson(), &why);
    QVERIFY2(empty, qPrintable(why));
    compare(*empty, m);
}

void TestTransferManifest::largeNumbersAreStoredAsDecimalStrings()
{
    // A JSON number is a double: 2^53 + 1 and 2^64 - 1 would come back different.
    const QByteArray json = sampleIncoming().toJson();
    QVERIFY(json.contains("\"18446744073709551615\""));
    QVERIFY(json.contains("\"9007199254740993\""));
    QVERIFY(json.contains("\"-9223372036854775808\""));
    QVERIFY(json.contains("\"9223372036854775807\""));
}

void TestTransferManifest::entriesDigestIsSha256OfTheEncodedEntries()
{
    const SpacedropEntries entries = sampleEntries();
    QByteArray encoded;
    for (const QByteArray &message : Spacedrop::EntryBatch::encodeAll(entries))
        encoded += message;
    QCOMPARE(entriesDigest(entries), QCryptographicHash::hash(encoded, QCryptographicHash::Sha256));
    QCOMPARE(entriesDigest({}).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    SpacedropEntries other = entries;
    other[1].mtimeMs -= 1; // (entry 1 holds the largest mtime: + 1 would overflow)
    QVERIFY(entriesDigest(other) != entriesDigest(entries));
}

void TestTransferManifest::malformedIncomingIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason"); // part of the why
    const QByteArray good = sampleIncoming().toJson();
    const auto row = [](const char *name, const QByteArray &json, const char *reason) {
        QTest::newRow(name) << json << QString::fromUtf8(reason);
    };
    const auto field
        = [&](const char *key, const QJsonValue &v) { return withField(good, key, v); };
    const auto entryField
        = [&](int field, const QJsonValue &v) { return withElement(good, "entries", 1, field, v); };
    const auto localPath
        = [&](const QJsonValue &v) { return withElement(good, "localPaths", 1, -1, v); };
    row("empty", "", "not JSON");
    row("not JSON", "{", "not JSON");
    row("truncated", good.left(good.size() / 2), "not JSON");
    row("array", "[]", "\"format\"");
    row("null", "null", "not JSON");
    row("string", "\"x\"", "not JSON");
    row("empty object", "{}", "\"format\"");
    row("deep nesting", QByteArray(100000, '[') + QByteArray(100000, ']'), "not JSON");
    row("invalid UTF-8", QByteArray(good).replace("laptop", "\xc0\xaf\xff"), "not JSON");
    row("format 2", field("format", 2), "\"format\"");
    row("format missing", field("format", QJsonValue::Undefined), "\"format\"");
    row("kind outgoing", field("kind", u"outgoing"_s), "\"kind\"");
    row("id missing", field("id", QJsonValue::Undefined), "\"id\"");
    row("id number", field("id", 7), "\"id\"");
    row("id with braces", field("id", QUuid::createUuid().toString()), "\"id\"");
    row("id upper case", field("id", QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper()),
        "\"id\"");
    row("id trailing junk",
        field("id", QUuid::createUuid().toString(QUuid::WithoutBraces) + u"x"_s), "\"id\"");
    row("id null", field("id", QUuid().toString(QUuid::WithoutBraces)), "\"id\"");
    row("sender missing", field("sender", QJsonValue::Undefined), "\"sender\"");
    row("sender short", field("sender", identity(3).toText().chopped(1)), "\"sender\"");
    row("sender hex", field("sender", QString::fromLatin1(identity(3).rawKey().toHex())),
        "\"sender\"");
    row("sender array", field("sender", QJsonArray{1, 2}), "\"sender\"");
    row("senderName control", field("senderName", u"a\u009Bb"_s), "\"senderName\"");
    row("senderName lone surrogate", field("senderName", QString(QChar(0xDC00))), "\"senderName\"");
    row("message too long", field("message", QString(1025, u'm')), "\"message\"");
    row("message null", field("message", QJsonValue::Null), "\"message\"");
    row("destination relative", field("destination", u"Downloads"_s), "\"destination\"");
    row("destination empty", field("destination", u""_s), "\"destination\"");
    row("destination NUL", field("destination", QString::fromUtf16(u"/a\0b", 4)),
        "\"destination\"");
    row("createdMs number", field("createdMs", 5), "\"createdMs\"");
    row("createdMs text", field("createdMs", u"soon"_s), "\"createdMs\"");
    row("createdMs overflow", field("createdMs", u"9223372036854775808"_s), "\"createdMs\"");
    row("interruptedMs number", field("interruptedMs", 5), "\"interruptedMs\"");
    row("interruptedMs negative", field("interruptedMs", u"-1"_s), "\"interruptedMs\"");
    row("interruptedMs not canonical", field("interruptedMs", u"007"_s), "\"interruptedMs\"");
    row("entries missing", field("entries", QJsonValue::Undefined), "\"entries\"");
    row("entries object", field("entries", QJsonObject()), "\"entries\"");
    row("entry not array", withElement(good, "entries", 1, -1, u"x"_s), "entry 1:");
    row("entry short", withElement(good, "entries", 1, -1, QJsonArray{u"file"_s, false}),
        "entry 1:");
    row("type link", entryField(0, u"link"_s), "entry 1:");
    row("type number", entryField(0, 1), "entry 1:");
    row("executable string", entryField(1, u"true"_s), "entry 1:");
    row("size number", entryField(2, 5), "entry 1:");
    row("size negative", entryField(2, u"-1"_s), "entry 1:");
    row("size 2^64", entryField(2, u"18446744073709551616"_s), "entry 1:");
    row("size exponent", entryField(2, u"1e3"_s), "entry 1:");
    row("size leading zero", entryField(2, u"012"_s), "entry 1:");
    row("size plus", entryField(2, u"+5"_s), "entry 1:");
    row("size space", entryField(2, u" 5"_s), "entry 1:");
    row("size empty", entryField(2, u""_s), "entry 1:");
    row("mtime 2^63", entryField(3, u"9223372036854775808"_s), "entry 1:");
    row("mtime minus zero", entryField(3, u"-0"_s), "entry 1:");
    row("folder with size", withElement(good, "entries", 0, 2, u"1"_s), "entry 0:");
    row("folder executable", withElement(good, "entries", 0, 1, true), "entry 0:");
    row("path traversal", entryField(4, u"../x"_s), "entry 1:");
    row("path absolute", entryField(4, u"/etc/passwd"_s), "entry 1:");
    row("path empty", entryField(4, u""_s), "entry 1:");
    row("path empty component", entryField(4, u"a//b"_s), "entry 1:");
    row("path control", entryField(4, u"a\nb"_s), "entry 1:");
    row("path long component", entryField(4, QString(256, u'a')), "entry 1:");
    row("path not string", entryField(4, 3), "entry 1:");
    // 1 000 001 entries (zeros: the count is checked before any entry), spliced in as text.
    const qsizetype from = good.indexOf("\"entries\":") + 10;
    const qsizetype to = good.indexOf(",\"entriesDigest\"");
    row("too many entries",
        QByteArray(good).replace(from, to - from,
                                 "[" + QByteArray("0,").repeated(1'000'000) + "0]"),
        "\"entries\" has 1000001");
    row("localPaths missing", field("localPaths", QJsonValue::Undefined), "\"localPaths\"");
    row("localPaths short",
        edited(good,
               [](QJsonObject &o) {
                   QJsonArray a = o.value(u"localPaths").toArray();
                   a.removeLast();
                   o.insert(u"localPaths"_s, a);
               }),
        "\"localPaths\"");
    row("localPaths long",
        edited(good,
               [](QJsonObject &o) {
                   QJsonArray a = o.value(u"localPaths").toArray();
                   a.append(u"extra"_s);
                   o.insert(u"localPaths"_s, a);
               }),
        "\"localPaths\"");
    row("localPath absolute", localPath(u"/etc/passwd"_s), "local path 1");
    row("localPath traversal", localPath(u"../x"_s), "local path 1");
    row("localPath inner dot dot", localPath(u"a/../../b"_s), "local path 1");
    row("localPath dot", localPath(u"."_s), "local path 1");
    row("localPath empty", localPath(u""_s), "local path 1");
    row("localPath trailing slash", localPath(u"a/"_s), "local path 1");
    row("localPath backslash", localPath(u"..\\..\\x"_s), "local path 1");
    row("localPath drive", localPath(u"C:/x"_s), "local path 1");
    row("localPath device", localPath(u"CON"_s), "local path 1");
    row("localPath control", localPath(u"a\tb"_s), "local path 1");
    row("localPath number", localPath(1), "local path 1");
    row("resumeIndex missing", field("resumeIndex", QJsonValue::Undefined), "\"resumeIndex\"");
    row("resumeIndex negative", field("resumeIndex", -1), "\"resumeIndex\"");
    row("resumeIndex fraction", field("resumeIndex", 1.5), "\"resumeIndex\"");
    row("resumeIndex past the end", field("resumeIndex", 7), "\"resumeIndex\"");
    row("resumeIndex huge", field("resumeIndex", 1e300), "\"resumeIndex\"");
    row("resumeIndex string", field("resumeIndex", u"0"_s), "\"resumeIndex\"");
    row("digest missing", field("entriesDigest", QJsonValue::Undefined), "\"entriesDigest\"");
    row("digest upper case",
        field("entriesDigest",
              QString::fromLatin1(entriesDigest(sampleEntries()).toHex().toUpper())),
        "\"entriesDigest\"");
    row("digest short", field("entriesDigest", u"e3b0"_s), "\"entriesDigest\"");
    row("digest of other entries",
        field("entriesDigest", QString::fromLatin1(entriesDigest({}).toHex())), "does not match");
    row("digest not hex", field("entriesDigest", QString(64, u'g')), "\"entriesDigest\"");
    row("entries edited", entryField(2, u"1"_s), "does not match");
}

void TestTransferManifest::malformedIncomingIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!IncomingManifest::fromJson(json, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(!IncomingManifest::fromJson(json)); // why is optional
}

void TestTransferManifest::malformedOutgoingIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = sampleOutgoing().toJson();
    QVERIFY(OutgoingManifest::fromJson(good));
    QTest::newRow("kind incoming") << withField(good, "kind", u"incoming"_s);
    QTest::newRow("peer missing") << withField(good, "peer", QJsonValue::Undefined);
    QTest::newRow("peerName number") << withField(good, "peerName", 1);
    QTest::newRow("sourcePaths missing") << withField(good, "sourcePaths", QJsonValue::Undefined);
    QTest::newRow("sourcePath relative") << withElement(good, "sourcePaths", 0, -1, u"a"_s);
    QTest::newRow("sourcePath empty") << withElement(good, "sourcePaths", 0, -1, u""_s);
    QTest::newRow("sourcePath NUL")
        << withElement(good, "sourcePaths", 0, -1, QString::fromUtf16(u"/a\0b", 4));
    QTest::newRow("sourcePath number") << withElement(good, "sourcePaths", 0, -1, 1);
    QTest::newRow("sourcePaths short") << edited(good, [](QJsonObject &o) {
        QJsonArray a = o.value(u"sourcePaths").toArray();
        a.removeFirst();
        o.insert(u"sourcePaths"_s, a);
    });
    QTest::newRow("entry path traversal") << withElement(good, "entries", 2, 4, u"a/../b"_s);
}

void TestTransferManifest::malformedOutgoingIsRefused()
{
    QFETCH(QByteArray, json);
    QString why;
    QVERIFY(!OutgoingManifest::fromJson(json, &why));
    QVERIFY(!why.isEmpty());
}

void TestTransferManifest::oversizedJsonIsRefusedBeforeParsing()
{
    // 70 MiB of otherwise valid JSON, over the 64 MiB cap.
    QByteArray json = sampleIncoming().toJson();
    json.insert(1, "\"padding\":\"" + QByteArray(70 * 1024 * 1024, 'p') + "\",");
    QString why;
    QVERIFY(!IncomingManifest::fromJson(json, &why));
    QVERIFY2(why.contains(u"bytes"), qPrintable(why));
    QVERIFY(!OutgoingManifest::fromJson(json));
}

void TestTransferManifest::storeSavesLoadsAndRemoves()
{
    QTemporaryDir tmp;
    ManifestStore store(tmp.filePath(u"a/manifests"_s));
    const IncomingManifest in1 = sampleIncoming(QUuid(u"00000000-0000-4000-8000-000000000001"_s));
    IncomingManifest in2 = sampleIncoming(QUuid(u"00000000-0000-4000-8000-000000000002"_s));
    const OutgoingManifest out = sampleOutgoing(QUuid(u"00000000-0000-4000-8000-000000000003"_s));
    QString error;
    QVERIFY2(store.saveIncoming(in1, &error), qPrintable(error));
    QVERIFY2(store.saveIncoming(in2, &error), qPrintable(error));
    QVERIFY2(store.saveOutgoing(out, &error), qPrintable(error));
    in2.resumeIndex = 5; // saving again replaces
    QVERIFY(store.saveIncoming(in2));
    QCOMPARE(filesIn(store.folder()),
             QStringList({u"00000000-0000-4000-8000-000000000001.json"_s,
                          u"00000000-0000-4000-8000-000000000002.json"_s,
                          u"00000000-0000-4000-8000-000000000003.json"_s}));

    QStringList problems;
    const QList<IncomingManifest> incoming = store.loadIncoming(&problems);
    QCOMPARE(problems, QStringList()); // the outgoing one is not a problem
    QCOMPARE(incoming.size(), 2);
    compare(incoming[0], in1);
    compare(incoming[1], in2);
    const QList<OutgoingManifest> outgoing = store.loadOutgoing(&problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(outgoing.size(), 1);
    compare(outgoing[0], out);

    store.remove(in1.id);
    store.remove(QUuid::createUuid()); // not there: nothing happens
    QCOMPARE(store.loadIncoming().size(), 1);
    QCOMPARE(filesIn(store.folder()).size(), 2);
}

void TestTransferManifest::storeIsOwnerOnly()
{
    QTemporaryDir tmp;
    ManifestStore store(tmp.filePath(u"x/y"_s));
    const IncomingManifest m = sampleIncoming();
    QVERIFY(store.saveIncoming(m));
    QVERIFY(store.saveIncoming(m)); // a replacement keeps the mode
    const QString file = store.folder() + u'/' + m.id.toString(QUuid::WithoutBraces) + u".json"_s;
    QCOMPARE(QFileInfo(file).permissions() & kPermissionMask, kOwnerRw);
    QCOMPARE(QFileInfo(store.folder()).permissions() & kPermissionMask,
             kOwnerRw | QFileDevice::ExeOwner);
    QCOMPARE(filesIn(store.folder()).size(), 1); // no temporary file left
}

void TestTransferManifest::storeReportsAndKeepsUnparsableFiles()
{
    QTemporaryDir tmp;
    ManifestStore store(tmp.path());
    const IncomingManifest good = sampleIncoming();
    QVERIFY(store.saveIncoming(good));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(tmp.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    const QByteArray truncated = sampleIncoming().toJson().chopped(10);
    write(u"11111111-1111-4111-8111-111111111111.json"_s, truncated);
    // A valid manifest under another transfer's name.
    write(u"22222222-2222-4222-8222-222222222222.json"_s, sampleIncoming().toJson());
    write(u"notes.txt"_s, "ignored: not *.json");
    QVERIFY(QFile::link(tmp.filePath(u"nowhere"_s), tmp.filePath(u"link.json"_s)));
    write(u"33333333-3333-4333-8333-333333333333.json"_s, QByteArray());
    QVERIFY(QFile::resize(tmp.filePath(u"33333333-3333-4333-8333-333333333333.json"_s),
                          65 * 1024 * 1024)); // sparse, over the cap

    QStringList problems;
    const QList<IncomingManifest> loaded = store.loadIncoming(&problems);
    QCOMPARE(loaded.size(), 1);
    compare(loaded[0], good);
    QCOMPARE(problems.size(), 4);
    for (const char *name : {"1111", "2222", "3333", "link.json"})
        QVERIFY2(problems.filter(QLatin1String(name)).size() == 1,
                 qPrintable(problems.join(u'\n')));
    QCOMPARE(store.loadOutgoing(&problems).size(), 0);
    // Left alone: nothing deleted or rewritten.
    QCOMPARE(filesIn(tmp.path()).size(), 6);
    QFile kept(tmp.filePath(u"11111111-1111-4111-8111-111111111111.json"_s));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), truncated);
}

void TestTransferManifest::storeRefusesNullIdAndUnusableFolder()
{
    QTemporaryDir tmp;
    IncomingManifest m = sampleIncoming();
    m.id = QUuid();
    QString error;
    QVERIFY(!ManifestStore(tmp.path()).saveIncoming(m, &error));
    QVERIFY(!error.isEmpty());
    QFile file(tmp.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    ManifestStore blocked(tmp.filePath(u"file"_s));
    error.clear();
    QVERIFY(!blocked.saveIncoming(sampleIncoming(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(blocked.loadIncoming().size(), 0);
}

QTEST_GUILESS_MAIN(TestTransferManifest)
#include "tst_transfermanifest.moc"
