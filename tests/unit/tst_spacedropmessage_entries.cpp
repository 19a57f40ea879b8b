// ENTRIES of docs/PROTOCOL.md §13.2: the entry rules, the path rules (isValidWirePath, and the
// decoder that applies them) and the split of a long entry list into messages of at most 1 MiB.
#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/operations/spacedrop/spacedropmessage.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

using namespace Ferry::Net;
using namespace Ferry::Net::Spacedrop;

namespace {

// A valid path of exactly bytes bytes (components of at most 200 bytes).
QString pathOfSize(qsizetype bytes, char fill = 'a')
{
    QString out;
    while (bytes > 201) {
        out += QString(200, QLatin1Char(fill)) + QLatin1Char('/');
        bytes -= 201;
    }
    return out + QString(bytes, QLatin1Char(fill));
}

SpacedropEntry file(const QString &path, quint64 size, qint64 mtimeMs = 0, bool exec = false)
{
    return {SpacedropEntry::Type::File, exec, size, mtimeMs, path};
}

SpacedropEntry folder(const QString &path)
{
    return {SpacedropEntry::Type::Folder, false, 0, 0, path};
}

// One ENTRIES entry written field by field with no checks, so that each field can be broken.
QByteArray rawEntry(quint8 type, quint8 mode, quint64 size, QByteArray path, qint64 mtime = 0)
{
    QByteArray out;
    ByteWriter(out).u8(type).u8(mode).u64(size).u64(quint64(mtime)).u16(quint16(path.size()));
    return out + path;
}

QByteArray rawEntries(quint32 n, const QByteArray &entries)
{
    QByteArray out;
    ByteWriter(out).u8(0x02).u32(n).bytes(entries);
    return out;
}

} // namespace

class TestSpacedropEntries : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodesFields();
    void wirePaths_data();
    void wirePaths();
    void encodeAllSplitsAtOneMebibyte();
    void encodeAllFillsMessagesExactly();
};

void TestSpacedropEntries::decode_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<DecodeStatus>("expected");

    const DecodeStatus ok = DecodeStatus::Ok;
    const DecodeStatus bad = DecodeStatus::Invalid;
    const auto row = [](const QString &name, const QByteArray &m, DecodeStatus status) {
        QTest::newRow(qPrintable(name)) << m << status;
    };
    const QByteArray a = rawEntry(1, 0, 1, "a");
    row("n 0", rawEntries(0, {}), bad);
    row("n 0 with an entry", rawEntries(0, a), bad);
    row("n 2, one entry", rawEntries(2, a), bad);
    row("n 1, two entries", rawEntries(1, a + a), bad);
    row("n 2^32-1, one entry", rawEntries(~0u, a), bad);
    row("duplicates (the receiver's business)", rawEntries(2, a + a), ok);
    for (const quint8 type : {0x00, 0x03, 0x81, 0xff})
        row(QStringLiteral("type 0x%1").arg(type, 0, 16), rawEntries(1, rawEntry(type, 0, 0, "a")),
            bad);
    for (const quint8 mode : {0x02, 0x03, 0x80, 0xff})
        row(QStringLiteral("file mode 0x%1").arg(mode, 0, 16),
            rawEntries(1, rawEntry(1, mode, 0, "a")), bad);
    row("executable file", rawEntries(1, rawEntry(1, 1, 0, "a")), ok);
    row("empty file", rawEntries(1, rawEntry(1, 0, 0, "a")), ok);
    row("file of 2^64-1 bytes", rawEntries(1, rawEntry(1, 0, ~0ull, "a")), ok);
    row("folder", rawEntries(1, rawEntry(2, 0, 0, "a")), ok);
    row("folder size 1", rawEntries(1, rawEntry(2, 0, 1, "a")), bad);
    row("executable folder", rawEntries(1, rawEntry(2, 1, 0, "a")), bad);
    row("second entry bad", rawEntries(2, a + rawEntry(2, 0, 9, "b")), bad);
    for (const qint64 mtime :
         {qint64(-1), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()})
        row(QStringLiteral("mtime %1").arg(mtime), rawEntries(1, rawEntry(1, 0, 0, "a", mtime)),
            ok);
    const QList<std::pair<const char *, QByteArray>> badPaths = {
        {"empty", ""},
        {"/", "/"},
        {"/etc", "/etc"},
        {"a//b", "a//b"},
        {"a/", "a/"},
        {"./a", "./a"},
        {"a/./b", "a/./b"},
        {"..", ".."},
        {"a/../b", "a/../b"},
        {"4097 bytes", pathOfSize(4097).toUtf8()},
        {"component 256 bytes", QByteArray(256, 'c')},
        {"component 128 x U+00E9", QByteArray("\xC3\xA9").repeated(128)},
        {"65 components", QByteArray("a/").repeated(64) + 'a'},
        {"overlong '/'", "a\xC0\xAF.."},
    };
    for (const auto &[name, path] : badPaths)
        row(QStringLiteral("path %1").arg(QLatin1String(name)),
            rawEntries(1, rawEntry(1, 0, 0, path)), bad);
    QByteArray longLength = rawEntry(1, 0, 0, "abcd");
    longLength[18] = longLength[19] = char(0xff);
    row("path length 65535, 4 bytes there", rawEntries(1, longLength), bad);
    const QList<std::pair<const char *, QByteArray>> goodPaths = {
        {"4096 bytes", pathOfSize(4096).toUtf8()},
        {"component 255 bytes", QByteArray(255, 'c')},
        {"64 components", QByteArray("a/").repeated(63) + 'a'},
        {"backslash, colon, CON", "a\\b/c:d/CON"},
        {"unicode", "\xE6\x97\xA5\xE6\x9C\xAC/\xF0\x9F\x8E\x89.png"},
    };
    for (const auto &[name, path] : goodPaths)
        row(QStringLiteral("path %1").arg(QLatin1String(name)),
            rawEntries(1, rawEntry(2, 0, 0, path)), ok);
    // 5 + 254 × 4116 + (20 + 3087) = 1 MiB.
    const QByteArray full = rawEntry(1, 0, 0, pathOfSize(4096).toUtf8()).repeated(254);
    row("of exactly 1 MiB", rawEntries(255, full + rawEntry(1, 0, 0, pathOfSize(3087).toUtf8())),
        ok);
    row("of 1 MiB + 1", rawEntries(255, full + rawEntry(1, 0, 0, pathOfSize(3088).toUtf8())), bad);

    const QList<std::pair<const char *, QByteArray>> badText = {
        {"newline", "a\nb"},
        {"tab", "a\tb"},
        {"NUL", QByteArray(1, '\0')},
        {"DEL", "\x7F"},
        {"ESC [31m", "\x1B[31m"},
        {"U+0085", "\xC2\x85"},
        {"U+009B", "\xC2\x9B"},
        {"overlong NUL", "\xC0\x80"},
        {"surrogate", "\xED\xA0\x80"},
        {"0xFF", "\xFF"},
        {"cut sequence", "ab\xE2\x82"},
    };
    for (const auto &[name, text] : badText)
        row(QStringLiteral("path %1").arg(QLatin1String(name)),
            rawEntries(1, rawEntry(1, 0, 0, "a/" + text)), bad);
}

void TestSpacedropEntries::decode()
{
    QFETCH(QByteArray, message);
    QFETCH(DecodeStatus, expected);

    const auto result = EntryBatch::decode(message);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.value.has_value(), expected == DecodeStatus::Ok);
    QCOMPARE(result.why.isEmpty(), expected == DecodeStatus::Ok);
    if (expected != DecodeStatus::Ok)
        return;
    QCOMPARE(result.consumed, message.size());
    QVERIFY(result.value->encode() == message);
}

void TestSpacedropEntries::decodesFields()
{
    const auto result = EntryBatch::decode(
        QByteArray::fromHex("02 00000002 01 01 0000000000000003 ffffffffffffff00 0001 78"
                            "02 00 0000000000000000 0000018bcfe56800 0004 c3a9c3a9"));
    QVERIFY(result.isOk());
    const SpacedropEntries expected
        = {file(QStringLiteral("x"), 3, -256, true),
           {SpacedropEntry::Type::Folder, false, 0, 1700000000000, QStringLiteral("\u00e9\u00e9")}};
    QCOMPARE(result.value->entries, expected);
}

void TestSpacedropEntries::wirePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");

    // Refused by some file systems, but fine on the wire: the receiver renames them (§13.4).
    const QStringList renamedLater = {
        QStringLiteral("back\\slash"), QStringLiteral("C:/x"),    QStringLiteral("CON"),
        QStringLiteral("a/NUL.txt"),   QStringLiteral("*?\"<>|"), QStringLiteral("trailing dot."),
    };
    const QStringList fine = QStringList{
        QStringLiteral("a"),
        QStringLiteral("Holiday/day 1/IMG_0001.jpg"),
        QStringLiteral("\u00e9t\u00e9/\u65e5\u672c\u8a9e/\U0001F389.png"),
        QStringLiteral(" leading and trailing space "),
        QStringLiteral("..."),
        QStringLiteral("a..b/..c/c.."),
        QStringLiteral(".hidden/.a"),
        QStringLiteral("\u00a0\u200b\ufeff\u2028"), // not control characters in §13.2's sense
        pathOfSize(4096),
        QString(255, QLatin1Char('c')),
        QString(127, QChar(0xE9)) + QLatin1Char('c'), // 255 bytes
        QStringLiteral("a/").repeated(63) + QLatin1Char('a'), // 64 components
    } + renamedLater;
    // Row names with control characters spelled out.
    const auto name = [](const QString &path) {
        QString out;
        for (const QChar ch : path.left(40))
            out += isPrintableText(ch)
                ? QString(ch)
                : QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        return out;
    };
    for (const QString &path : fine)
        QTest::addRow("fine: %s", qPrintable(name(path))) << path << true;

    const QStringList hostile = {
        QString(),
        QStringLiteral("/"),
        QStringLiteral("/etc"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("//server/share"),
        QStringLiteral("a//b"),
        QStringLiteral("a/"),
        QStringLiteral("a/b/"),
        QStringLiteral("./a"),
        QStringLiteral("a/./b"),
        QStringLiteral("."),
        QStringLiteral(".."),
        QStringLiteral("../a"),
        QStringLiteral("a/.."),
        QStringLiteral("a/../b"),
        QStringLiteral("a/../../etc/passwd"),
        pathOfSize(4097),
        QString(256, QLatin1Char('c')),
        QString(128, QChar(0xE9)), // 256 bytes
        QStringLiteral("a/").repeated(64) + QLatin1Char('a'), // 65 components
        QStringLiteral("\u0085"),
        QStringLiteral("\u001b[31m"),
        QStringLiteral("\u009b2J"),
        QStringLiteral("a\nb"),
        QStringLiteral("a\rb"),
        QStringLiteral("tab\t"),
        QStringLiteral("del\u007f"),
        QString(1, QChar(0)),
        QStringLiteral("a/") + QChar(0) + QStringLiteral("/b"),
        QString(1, QChar(0xD800)), // lone surrogate
    };
    for (const QString &path : hostile)
        QTest::addRow("hostile: %s", qPrintable(name(path))) << path << false;
}

void TestSpacedropEntries::wirePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);

    QString why = QStringLiteral("untouched");
    QCOMPARE(isValidWirePath(path, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
    QCOMPARE(isValidWirePath(path), valid);
    // The decoder applies the same rules to a path on the wire (a lone surrogate cannot be sent:
    // UTF-8 has no form for it).
    if (QStringView(path).isValidUtf16())
        QCOMPARE(EntryBatch::decode(EntryBatch{{folder(path)}}.encode()).isOk(), valid);
}

void TestSpacedropEntries::encodeAllSplitsAtOneMebibyte()
{
    QVERIFY(EntryBatch::encodeAll({}).isEmpty());

    SpacedropEntries entries;
    for (int i = 0; i < 20000; ++i) {
        const QString path = QStringLiteral("folder %1/").arg(i % 7) + QString::number(i);
        entries.append(file(path + QString(100 - path.size(), QLatin1Char('x')), i, i * 1000));
        QCOMPARE(entries.last().path.size(), 100);
    }
    const QList<QByteArray> messages = EntryBatch::encodeAll(entries);
    // 120 bytes an entry: (1 MiB - 5) / 120 = 8738 entries a message, so 3 messages.
    QCOMPARE(messages.size(), 3);
    SpacedropEntries decoded;
    for (const QByteArray &message : messages) {
        QVERIFY(message.size() <= kMaxMessage);
        const auto batch = EntryBatch::decode(message);
        QVERIFY2(batch.isOk(), qPrintable(batch.why));
        QCOMPARE(batch.consumed, message.size());
        decoded += batch.value->entries;
    }
    QCOMPARE(messages[0].size(), 5 + 8738 * 120);
    QCOMPARE(messages[1].size(), 5 + 8738 * 120);
    QCOMPARE(decoded, entries);
    // Deterministic: the receiver's resume manifest hashes these bytes.
    QCOMPARE(EntryBatch::encodeAll(entries), messages);
}

void TestSpacedropEntries::encodeAllFillsMessagesExactly()
{
    // 5 + 254 × 4116 + (20 + 3087) = 1 MiB: one message, full to the byte.
    SpacedropEntries entries(254, file(pathOfSize(4096), 1));
    entries.append(file(pathOfSize(3087, 'b'), 2));
    QList<QByteArray> messages = EntryBatch::encodeAll(entries);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].size(), kMaxMessage);
    QCOMPARE(messages[0], EntryBatch{entries}.encode());

    // One byte more moves the last entry to a second message.
    entries.last().path = pathOfSize(3088, 'b');
    messages = EntryBatch::encodeAll(entries);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].size(), kMaxMessage - (20 + 3087));
    QCOMPARE(messages[1], EntryBatch{{entries.last()}}.encode());
    QCOMPARE(EntryBatch::decode(messages[0]).value->entries, entries.first(254));
}

QTEST_APPLESS_MAIN(TestSpacedropEntries)
#include "tst_spacedropmessage_entries.moc"
