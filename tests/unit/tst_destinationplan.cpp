// DestinationPlan and sanitizeComponent: where the entries of an accepted Spacedrop offer go
// inside the destination folder (docs/PROTOCOL.md §13.4). Names are hostile but wire-valid.
#include "net/operations/spacedrop/destinationplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry::Net;
using namespace Qt::Literals::StringLiterals;

namespace {

// "f:path" is a file entry, "d:path" a folder entry.
SpacedropEntries entries(const QStringList &specs)
{
    SpacedropEntries out;
    for (const QString &spec : specs) {
        SpacedropEntry e;
        e.type = spec.startsWith(u"d:") ? SpacedropEntry::Type::Folder : SpacedropEntry::Type::File;
        e.size = e.isFile() ? 1 : 0;
        e.path = spec.mid(2);
        out.append(e);
    }
    return out;
}

// An independent spelling of "the same name": full case folding of the canonical form.
QString folded(const QString &name)
{
    if (std::all_of(name.begin(), name.end(), [](QChar ch) { return ch.unicode() < 0x80; }))
        return name.toLower();
    return name.normalized(QString::NormalizationForm_D)
        .toUpper()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

bool refusedOrControl(QChar ch)
{
    const char16_t c = ch.unicode();
    return QStringView(u"\\/:*?\"<>|").contains(ch) || c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || ch.isSurrogate();
}

// QVERIFY2 formats its message even when the check passes: too slow for 100 000 entries.
#define CHECK(condition, text)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            QFAIL(qPrintable(QStringLiteral(#condition ": ") + (text)));                           \
    } while (false)

// What every component must be, checked without the code under test.
void checkSafeComponent(const QString &c, qsizetype maxBytes = 255)
{
    CHECK(!c.isEmpty() && c != u"." && c != u"..", c);
    CHECK(c.toUtf8().size() <= maxBytes, c);
    CHECK(!c.endsWith(u'.') && !c.endsWith(u' '), c);
    for (qsizetype i = 0; i < c.size(); ++i) {
        const bool pair = c[i].isHighSurrogate() && i + 1 < c.size() && c[i + 1].isLowSurrogate();
        CHECK(pair || !refusedOrControl(c[i]), c);
        i += pair ? 1 : 0;
    }
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|CONOUT\\$) *(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    CHECK(!device.match(c).hasMatch(), c);
    QCOMPARE(sanitizeComponent(c), c); // a safe name is left alone
}

// The plan's promises (§13.4), checked for any entries.
void checkPlan(const SpacedropEntries &list, const DestinationPlan &plan)
{
    QCOMPARE(plan.localPaths().size(), list.size());
    // Folded local paths: of files, of their ".part" twins, and of folders (→ the sender's path).
    QSet<QString> files;
    QSet<QString> twins;
    QHash<QString, QString> folders;
    QSet<QString> checked; // components already checked, as "f:name" or "d:name"
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &local = plan.localPaths()[i];
        const QStringList parts = local.split(u'/');
        for (const QString &part : parts) {
            const bool file = part == parts.last() && list[i].isFile();
            const QString tagged = (file ? u"f:"_s : u"d:"_s) + part;
            if (!checked.contains(tagged))
                checkSafeComponent(part, file ? 250 : 255);
            checked.insert(tagged);
        }
        if (QTest::currentTestFailed())
            return;
        CHECK(QDir::isRelativePath(local), local);
        // One file per name, and no other file's ".part"; a folder's name is shared only by the
        // same folder listed again.
        const QString key = folded(local);
        CHECK(!files.contains(key) && !twins.contains(key), local);
        if (list[i].isFile()) {
            const QString twin = key + u".part"_s;
            CHECK(!folders.contains(key) && !files.contains(twin) && !folders.contains(twin),
                  local);
            files.insert(key);
            twins.insert(twin);
        } else {
            CHECK(folders.value(key, list[i].path) == list[i].path, local);
            folders.insert(key, list[i].path);
        }
        // The folders a path implies count too ("a" the file and "a/b" need two names).
        const QStringList raw = list[i].path.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype k = 1; k < parts.size() && k < raw.size(); ++k) {
            const QString prefix = folded(QStringList(parts.mid(0, k)).join(u'/'));
            const QString rawPrefix = QStringList(raw.mid(0, k)).join(u'/');
            CHECK(!files.contains(prefix) && !twins.contains(prefix), local);
            CHECK(folders.value(prefix, rawPrefix) == rawPrefix, local);
            folders.insert(prefix, rawPrefix);
        }
    }
    // Folders: each once, parents first, and every parent of every path is there.
    QSet<QString> created;
    for (const QString &folder : plan.folders()) {
        CHECK(!created.contains(folder), folder);
        const QString parent = parentOf(folder);
        CHECK(parent.isEmpty() || created.contains(parent), folder);
        created.insert(folder);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &local = plan.localPaths()[i];
        CHECK(!list[i].isFile() ? created.contains(local) : true, local);
        const QString parent = parentOf(local);
        CHECK(parent.isEmpty() || created.contains(parent), local);
    }
}

DestinationPlan planWithExisting(const SpacedropEntries &list, const QStringList &existing)
{
    return DestinationPlan::make(list,
                                 [&](const QString &name) { return existing.contains(name); });
}

} // namespace

class TestDestinationPlan : public QObject
{
    Q_OBJECT
private slots:
    void sanitizeComponent_data();
    void sanitizeComponent();
    void longNamesAreCutAtCharacterBoundaries_data();
    void longNamesAreCutAtCharacterBoundaries();
    void numberedName_data();
    void numberedName();
    void plan_data();
    void plan();
    void fileNamesLeaveRoomForPartTwin();
    void existsIsAskedOnlyForTopLevelNamesAndPartTwins();
    void realDestinationExistingNamesAreNeverReused();
    void hundredThousandEntries();
    void hundredThousandCopiesOfOneNameStayLinear();
};

void TestDestinationPlan::sanitizeComponent_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << out;
    };
    row("plain", u"IMG_0001.jpg"_s, u"IMG_0001.jpg"_s);
    row("leading dot kept", u".bashrc"_s, u".bashrc"_s);
    row("leading spaces kept", u"  x"_s, u"  x"_s);
    // Windows device names, with any extension, any case, spaces before the dot.
    row("CON", u"CON"_s, u"_CON"_s);
    row("con", u"con"_s, u"_con"_s);
    row("con.txt", u"con.txt"_s, u"_con.txt"_s);
    row("LPT9.tar.gz", u"LPT9.tar.gz"_s, u"_LPT9.tar.gz"_s);
    row("Prn", u"Prn"_s, u"_Prn"_s);
    row("aux.", u"aux."_s, u"_aux"_s);
    row("NUL  .txt", u"NUL  .txt"_s, u"_NUL  .txt"_s);
    row("com1", u"com1"_s, u"_com1"_s);
    row("COM0", u"COM0"_s, u"_COM0"_s);
    row("COM superscript", u"COM\u00B9.log"_s, u"_COM\u00B9.log"_s);
    row("CONOUT$", u"conout$"_s, u"_conout$"_s);
    row("COM10 is a name", u"COM10"_s, u"COM10"_s);
    row("LPT alone is a name", u"LPT"_s, u"LPT"_s);
    row("CONSOLE is a name", u"CONSOLE.txt"_s, u"CONSOLE.txt"_s);
    row("xCON is a name", u"xCON"_s, u"xCON"_s);
    row("already prefixed", u"_CON"_s, u"_CON"_s);
    // Characters common file systems refuse.
    row("colon", u"a:b"_s, u"a_b"_s);
    row("backslash", u"x\\y"_s, u"x_y"_s);
    row("backslash traversal", u"..\\..\\etc"_s, u".._.._etc"_s);
    row("all refused", u"a*b?c\"d<e>f|g"_s, u"a_b_c_d_e_f_g"_s);
    row("drive letter", u"C:"_s, u"C_"_s);
    row("slash (defensive)", u"a/b"_s, u"a_b"_s);
    // Trailing dots and spaces; what is left empty is "_".
    row("trailing dot and space", u"trailing. "_s, u"trailing"_s);
    row("only spaces", u"   "_s, u"_"_s);
    row("only dots", u"..."_s, u"_"_s);
    row("dot", u"."_s, u"_"_s);
    row("dot dot", u".."_s, u"_"_s);
    row("empty", QString(), u"_"_s);
    row("dots and spaces", u". . ."_s, u"_"_s);
    row("dots inside kept", u"a..b"_s, u"a..b"_s);
    // Control characters (C0, DEL, C1).
    row("nul", QString::fromUtf16(u"a\0b", 3), u"a_b"_s);
    row("tab newline", u"a\tb\nc"_s, u"a_b_c"_s);
    row("del", u"\x7f"_s, u"_"_s);
    row("C1 NEL and CSI", u"a\u0085b\u009Bc"_s, u"a_b_c"_s);
    // Bidirectional controls: "invoice" U+202E "fdp.exe" shows as "invoiceexe.pdf".
    row("RLO spoof", u"invoice\u202Efdp.exe"_s, u"invoice_fdp.exe"_s);
    row("LRE PDF RLE LRO", u"\u202A\u202B\u202C\u202Dx"_s, u"____x"_s);
    row("isolates", u"\u2066a\u2067b\u2068c\u2069"_s, u"_a_b_c_"_s);
    row("LRM kept", u"a\u200Eb"_s, u"a\u200Eb"_s);
    row("lone surrogate", QString(QChar(0xD800)) + u"x"_s, u"_x"_s);
    // Ordinary Unicode stays as it is.
    row("emoji", u"\U0001F600.png"_s, u"\U0001F600.png"_s);
    row("family ZWJ", u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s,
        u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s);
    row("Hebrew", u"\u05E9\u05DC\u05D5\u05DD.txt"_s, u"\u05E9\u05DC\u05D5\u05DD.txt"_s);
    row("NFD kept", u"e\u0301.txt"_s, u"e\u0301.txt"_s);
    row("fullwidth colon kept", u"a\uFF1Ab"_s, u"a\uFF1Ab"_s);
    // Cuts: a 300-byte name becomes 255 bytes; what the cut leaves is checked again.
    row("300 ASCII", QString(300, u'a'), QString(255, u'a'));
    row("cut leaves device", u"CON"_s + QString(300, u' ') + u"x"_s, u"_CON"_s);
    row("cut leaves spaces", u"a"_s + QString(300, u' ') + u"x"_s, u"a"_s);
    row("long extension is no extension", u"a."_s + QString(300, u'b'),
        u"a."_s + QString(253, u'b'));
    row("spaces before kept extension", u"a"_s + QString(300, u' ') + u".jpg"_s,
        u"a"_s + QString(250, u' ') + u".jpg"_s);
}

void TestDestinationPlan::sanitizeComponent()
{
    QFETCH(QString, component);
    QFETCH(QString, expected);
    const QString out = Ferry::Net::sanitizeComponent(component);
    QCOMPARE(out, expected);
    checkSafeComponent(out);
}

void TestDestinationPlan::longNamesAreCutAtCharacterBoundaries_data()
{
    QTest::addColumn<QString>("unit"); // one character, 1–4 bytes of UTF-8
    QTest::addColumn<QString>("extension");
    for (const QString &unit : {u"a"_s, u"\u00E9"_s, u"\u20AC"_s, u"\U0001F600"_s}) {
        for (const QString &extension : {u".jpg"_s, u""_s, u".\u00E9t\u00E9"_s}) {
            const QByteArray name
                = QByteArray::number(unit.toUtf8().size()) + "-byte" + extension.toUtf8();
            QTest::newRow(name.constData()) << unit << extension;
        }
    }
}

void TestDestinationPlan::longNamesAreCutAtCharacterBoundaries()
{
    QFETCH(QString, unit);
    QFETCH(QString, extension);
    const qsizetype unitBytes = unit.toUtf8().size();
    const QString name = unit.repeated(300 / unitBytes + 1) + extension; // over 300 bytes
    const QString out = Ferry::Net::sanitizeComponent(name);
    const QByteArray utf8 = out.toUtf8();
    QVERIFY(utf8.size() <= 255);
    QVERIFY(utf8.size() > 255 - unitBytes); // as much as fits
    QVERIFY(out.endsWith(extension));
    const QString stem = out.chopped(extension.size());
    QCOMPARE(stem, unit.repeated(stem.size() / unit.size())); // whole characters only
    QCOMPARE(QString::fromUtf8(utf8).toUtf8(), utf8); // valid UTF-8, no broken sequence
}

void TestDestinationPlan::numberedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("isFolder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file") << u"photo.jpg"_s << 1 << false << u"photo (1).jpg"_s;
    QTest::newRow("last dot") << u"archive.tar.gz"_s << 2 << false << u"archive.tar (2).gz"_s;
    QTest::newRow("leading dot") << u".bashrc"_s << 1 << false << u".bashrc (1)"_s;
    QTest::newRow("no dot") << u"README"_s << 3 << false << u"README (3)"_s;
    QTest::newRow("folder with dot") << u"photo.jpg"_s << 1 << true << u"photo.jpg (1)"_s;
    QTest::newRow("final dot") << u"a."_s << 1 << false << u"a. (1)"_s;
    QTest::newRow("two digits") << u"x.tar"_s << 10 << false << u"x (10).tar"_s;
    QTest::newRow("255 bytes, no dot")
        << QString(255, u'a') << 1 << false << QString(251, u'a') + u" (1)"_s;
    QTest::newRow("255 bytes, .jpg")
        << QString(251, u'a') + u".jpg"_s << 12 << false << QString(246, u'a') + u" (12).jpg"_s;
    QTest::newRow("3-byte folder")
        << QString(85, QChar(0x20AC)) << 7 << true << QString(83, QChar(0x20AC)) + u" (7)"_s;
    QTest::newRow("4-byte file") << u"\U0001F600"_s.repeated(62) + u".png"_s << 100 << false
                                 << u"\U0001F600"_s.repeated(61) + u" (100).png"_s;
}

void TestDestinationPlan::numberedName()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(bool, isFolder);
    QFETCH(QString, expected);
    QCOMPARE(Ferry::Net::numberedName(name, n, isFolder), expected);
    QVERIFY(expected.toUtf8().size() <= 255);
}

void TestDestinationPlan::plan_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QStringList>("existing"); // top-level names the destination holds
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("folders");
    const auto row = [](const char *name, const QStringList &specs, const QStringList &existing,
                        const QStringList &paths, const QStringList &folders) {
        QTest::newRow(name) << specs << existing << paths << folders;
    };
    row("tree", {"d:Holiday", "f:Holiday/a.jpg", "d:Holiday/empty"}, {},
        {"Holiday", "Holiday/a.jpg", "Holiday/empty"}, {"Holiday", "Holiday/empty"});
    row("implied parents", {"f:a/b/c.txt"}, {}, {"a/b/c.txt"}, {"a", "a/b"});
    row("case collision", {"f:A.txt", "f:a.txt"}, {}, {"A.txt", "a (1).txt"}, {});
    row("full case folding", {"f:Stra\u00DFe", "f:STRASSE"}, {}, {"Stra\u00DFe", "STRASSE (1)"},
        {});
    row("NFC vs NFD", {"f:\u00E9.txt", "f:e\u0301.txt"}, {}, {"\u00E9.txt", "e\u0301 (1).txt"}, {});
    row("Greek sigma", {"f:\u039F\u03A3", "f:\u03BF\u03C2"}, {},
        {"\u039F\u03A3", "\u03BF\u03C2 (1)"}, {});
    row("duplicates", {"f:x", "f:x", "f:x"}, {}, {"x", "x (1)", "x (2)"}, {});
    row("folder twice merges", {"d:a", "f:a/1", "d:a", "f:a/2"}, {}, {"a", "a/1", "a", "a/2"},
        {"a"});
    row("file, then folder", {"f:a", "f:a/b"}, {}, {"a", "a (1)/b"}, {"a (1)"});
    row("folder, then file", {"f:a/b", "f:a"}, {}, {"a/b", "a (1)"}, {"a"});
    row("folder entry, then file", {"d:a", "f:a"}, {}, {"a", "a (1)"}, {"a"});
    row("file, then its .part", {"f:x", "f:x.part"}, {}, {"x", "x (1).part"}, {});
    row(".part, then its file", {"f:x.part", "f:x"}, {}, {"x.part", "x (1)"}, {});
    row("folder named as a .part", {"f:x", "d:X.PART"}, {}, {"x", "X.PART (1)"}, {"X.PART (1)"});
    row("sanitised alike", {"f:a:b", "f:a_b", "f:a?b"}, {}, {"a_b", "a_b (1)", "a_b (2)"}, {});
    row("folders sanitised alike", {"f:a:b/1", "f:a_b/2"}, {}, {"a_b/1", "a_b (1)/2"},
        {"a_b", "a_b (1)"});
    row("trailing dot alike", {"f:a.", "f:a"}, {}, {"a", "a (1)"}, {});
    row("devices", {"f:CON", "f:con.txt", "f:aux/x"}, {}, {"_CON", "_con.txt", "_aux/x"}, {"_aux"});
    row("extension numbering", {"f:a.tar.gz", "f:A.TAR.GZ"}, {}, {"a.tar.gz", "A.TAR (1).GZ"}, {});
    row("numbered name taken later", {"f:x.txt", "f:x.txt", "f:x (1).txt"}, {},
        {"x.txt", "x (1).txt", "x (1) (1).txt"}, {});
    row("numbered name taken earlier", {"f:x (1).txt", "f:x.txt", "f:x.txt"}, {},
        {"x (1).txt", "x.txt", "x (2).txt"}, {});
    row("same name, other folders", {"f:a/x", "f:b/x"}, {}, {"a/x", "b/x"}, {"a", "b"});
    row("case collision of folders", {"f:Docs/a", "f:docs/b"}, {}, {"Docs/a", "docs (1)/b"},
        {"Docs", "docs (1)"});
    row("bidi", {"f:invoice\u202Efdp.exe"}, {}, {"invoice_fdp.exe"}, {});
    row("emoji", {"f:\U0001F600/\U0001F600.png"}, {}, {"\U0001F600/\U0001F600.png"},
        {"\U0001F600"});
    row("existing file", {"f:a.txt"}, {"a.txt"}, {"a (1).txt"}, {});
    row("existing folder is not merged into", {"d:photos", "f:photos/1.jpg", "d:photos"},
        {"photos"}, {"photos (1)", "photos (1)/1.jpg", "photos (1)"}, {"photos (1)"});
    row("existing .part", {"f:x", "d:y"}, {"x.part", "y.part"}, {"x (1)", "y (1)"}, {"y (1)"});
    row("existing numbered names", {"f:x", "f:x"}, {"x", "x (1)", "x (2).part"}, {"x (3)", "x (4)"},
        {});
    row("existing only matters at the top", {"f:a/b"}, {"b"}, {"a/b"}, {"a"});
    // Wire-invalid paths (the decoder refuses them): still nothing unsafe comes out.
    row("dot dot", {"f:../x"}, {}, {"_/x"}, {"_"});
    row("dot", {"f:./."}, {}, {"_/_"}, {"_"});
    row("absolute", {"f:/etc/passwd"}, {}, {"etc/passwd"}, {"etc"});
    row("empty components", {"f:a//b/"}, {}, {"a/b"}, {"a"});
    row("empty path", {"f:", "d:/"}, {}, {"_", "_ (1)"}, {"_ (1)"});
}

void TestDestinationPlan::plan()
{
    QFETCH(QStringList, specs);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, paths);
    QFETCH(QStringList, folders);
    const SpacedropEntries list = entries(specs);
    const DestinationPlan plan = planWithExisting(list, existing);
    QCOMPARE(plan.localPaths(), paths);
    QCOMPARE(plan.folders(), folders);
    checkPlan(list, plan);
}

void TestDestinationPlan::fileNamesLeaveRoomForPartTwin()
{
    // A 255-byte file name would make its 260-byte ".part" fail with ENAMETOOLONG.
    const SpacedropEntries list
        = entries({u"d:"_s + QString(255, u'a'), u"f:"_s + QString(255, u'b'),
                   u"f:"_s + QString(251, u'c') + u".jpg"_s});
    const DestinationPlan plan = DestinationPlan::make(list, {});
    QCOMPARE(plan.localPaths()[0], QString(255, u'a'));
    QCOMPARE(plan.localPaths()[1], QString(250, u'b'));
    QCOMPARE(plan.localPaths()[2], QString(246, u'c') + u".jpg"_s);
    checkPlan(list, plan);
}

void TestDestinationPlan::existsIsAskedOnlyForTopLevelNamesAndPartTwins()
{
    QStringList asked;
    const SpacedropEntries list = entries({"f:a/b/c", "f:x", "d:y"});
    const DestinationPlan plan = DestinationPlan::make(list, [&](const QString &name) {
        asked.append(name);
        return name == u"x";
    });
    QCOMPARE(plan.localPaths(), QStringList({"a/b/c", "x (1)", "y"}));
    QCOMPARE(asked, QStringList({"a", "a.part", "x", "x (1)", "x (1).part", "y", "y.part"}));
}

void TestDestinationPlan::realDestinationExistingNamesAreNeverReused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto touch = [&](const QString &name) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    };
    touch(u"a.txt"_s);
    touch(u"x.part"_s);
    touch(u"Readme.md"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"photos"_s));
    QVERIFY(QFile::link(dir.filePath(u"nowhere"_s), dir.filePath(u"link"_s))); // dangling
    const QStringList before
        = QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);

    const SpacedropEntries list = entries(
        {"f:a.txt", "f:photos/1.jpg", "f:x", "f:link", "f:README.MD", "d:link.d", "f:new.txt"});
    const DestinationPlan plan = DestinationPlan::make(dir.path(), list);
    QCOMPARE(plan.localPaths(),
             QStringList({"a (1).txt", "photos (1)/1.jpg", "x (1)", "link (1)", "README (1).MD",
                          "link.d", "new.txt"}));
    QCOMPARE(plan.folders(), QStringList({"photos (1)", "link.d"}));
    checkPlan(list, plan);
    // Planning touches nothing.
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
    // A destination that does not exist holds nothing.
    QCOMPARE(DestinationPlan::make(dir.filePath(u"missing"_s), list).localPaths()[0], u"a.txt"_s);
}

void TestDestinationPlan::hundredThousandEntries()
{
    SpacedropEntries list;
    for (int i = 0; i < 100'000; ++i) {
        SpacedropEntry e;
        e.size = 1;
        // 1000 folders of 50 files, each also sent in lower case: a folder of its own for the
        // sender, a collision here ("album 0 (1)").
        e.path = QStringLiteral("Album %1/sub/IMG_%2.JPG").arg(i / 100).arg(i % 100 / 2);
        if (i % 2)
            e.path = e.path.toLower();
        list.append(e);
    }
    QElapsedTimer timer;
    timer.start();
    const DestinationPlan plan = DestinationPlan::make(list, [](const QString &) { return false; });
    qDebug("planned 100000 entries in %lld ms", timer.elapsed());
    QCOMPARE(plan.localPaths().size(), list.size());
    QCOMPARE(plan.localPaths()[0], u"Album 0/sub/IMG_0.JPG"_s);
    QCOMPARE(plan.localPaths()[1], u"album 0 (1)/sub/img_0.jpg"_s);
    QCOMPARE(plan.localPaths()[2], u"Album 0/sub/IMG_1.JPG"_s);
    QCOMPARE(plan.folders().size(), 4000); // "Album n", "album n (1)", and a "sub" in each
    checkPlan(list, plan);
}

void TestDestinationPlan::hundredThousandCopiesOfOneNameStayLinear()
{
    SpacedropEntries list;
    for (int i = 0; i < 100'000; ++i)
        list.append(entries({i % 2 ? "f:Copy.txt" : "f:copy.TXT"}));
    QElapsedTimer timer;
    timer.start();
    const DestinationPlan plan
        = DestinationPlan::make(list, [](const QString &name) { return name == u"copy.TXT"; });
    qDebug("planned 100000 copies of one name in %lld ms", timer.elapsed());
    // The destination holds "copy.TXT" (its ExistsFn is case-sensitive), so only the first entry
    // is renamed for it; each later one is numbered after the names taken before it.
    QCOMPARE(plan.localPaths()[0], u"copy (1).TXT"_s);
    QCOMPARE(plan.localPaths()[1], u"Copy.txt"_s);
    QCOMPARE(plan.localPaths()[2], u"copy (2).TXT"_s);
    QCOMPARE(plan.localPaths().last(), u"Copy (99999).txt"_s);
    QCOMPARE(QSet<QString>(plan.localPaths().begin(), plan.localPaths().end()).size(), 100'000);
}

QTEST_GUILESS_MAIN(TestDestinationPlan)
#include "tst_destinationplan.moc"
