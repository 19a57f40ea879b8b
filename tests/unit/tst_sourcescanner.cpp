// scanSources: what a sender offers for a selection (docs/PROTOCOL.md §13.2), on real trees in a
// temporary folder.
#include "net/operations/spacedrop/sourcescanner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Ferry::Net;
using Type = SpacedropEntry::Type;

namespace {
constexpr qint64 kMtimeMs = 1'600'000'000'123;

void makeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(content), content.size());
    f.close();
    if (executable)
        QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(
        f.setFileTime(QDateTime::fromMSecsSinceEpoch(kMtimeMs), QFileDevice::FileModificationTime));
}

QStringList wirePaths(const ScanResult &r)
{
    QStringList out;
    for (const SpacedropEntry &e : r.entries)
        out << e.path;
    return out;
}
} // namespace

class TestSourceScanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void foldersDepthFirstInNameOrder();
    void fileEntriesCarrySizeTimeAndMode();
    void severalSelectionsKeepTheirOrder();
    void linkInsideFolderIsSkippedAndListed();
    void selectedLinkIsFollowed_data();
    void selectedLinkIsFollowed();
    void specialFileInsideIsSkipped();
    void selectionErrors_data();
    void selectionErrors();
    void tooManyEntriesIsAnError();
    void controlCharactersBecomeUnderscores();
    void tooDeepIsAnErrorNamingThePath();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestSourceScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(QStringLiteral("Holiday"));
    QDir d(m_dir->path());
    QVERIFY(d.mkpath(QStringLiteral("Holiday/a/empty")));
    QVERIFY(d.mkpath(QStringLiteral("Holiday/c")));
    QVERIFY(d.mkpath(QStringLiteral("Holiday/B")));
    makeFile(m_root + QStringLiteral("/b.txt"), "hello");
    makeFile(m_root + QStringLiteral("/a/z.bin"), QByteArray(1000, 'z'), true);
    makeFile(m_root + QStringLiteral("/B/x"), "x");
}

void TestSourceScanner::foldersDepthFirstInNameOrder()
{
    const ScanResult r = scanSources({m_root});
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Byte order ('B' < 'a'); each folder right before what it holds; empty folders listed.
    const QStringList expected{"Holiday",         "Holiday/B",       "Holiday/B/x",   "Holiday/a",
                               "Holiday/a/empty", "Holiday/a/z.bin", "Holiday/b.txt", "Holiday/c"};
    QCOMPARE(wirePaths(r), expected);
    QCOMPARE(r.sourcePaths.size(), r.entries.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(r.sourcePaths.at(i), m_dir->filePath(expected.at(i)));
    QVERIFY(r.skipped.isEmpty());
    QCOMPARE(r.totalBytes, quint64(5 + 1000 + 1));
}

void TestSourceScanner::fileEntriesCarrySizeTimeAndMode()
{
    const ScanResult r = scanSources({m_root});
    QVERIFY(r.ok());
    const SpacedropEntry &folder = r.entries.at(3);
    QCOMPARE(folder.type, Type::Folder);
    QCOMPARE(folder.size, quint64(0));
    QVERIFY(!folder.executable);
    const SpacedropEntry &exe = r.entries.at(5);
    QCOMPARE(exe.type, Type::File);
    QCOMPARE(exe.size, quint64(1000));
    QCOMPARE(exe.mtimeMs, kMtimeMs);
    QVERIFY(exe.executable);
    const SpacedropEntry &text = r.entries.at(6);
    QCOMPARE(text.size, quint64(5));
    QVERIFY(!text.executable);
}

void TestSourceScanner::severalSelectionsKeepTheirOrder()
{
    const ScanResult r = scanSources({m_root + QStringLiteral("/b.txt"), m_root + "/a"});
    QVERIFY(r.ok());
    QCOMPARE(wirePaths(r), (QStringList{"b.txt", "a", "a/empty", "a/z.bin"}));
    QCOMPARE(r.totalBytes, quint64(1005));
}

void TestSourceScanner::linkInsideFolderIsSkippedAndListed()
{
    const QString link = m_root + QStringLiteral("/a/link");
    QVERIFY(QFile::link(m_root + QStringLiteral("/b.txt"), link));
    QVERIFY(QFile::link(m_root, m_root + QStringLiteral("/loop"))); // would loop if followed
    const ScanResult r = scanSources({m_root});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.entries.size(), 8);
    QCOMPARE(r.skipped, (QStringList{link + ": symbolic link", m_root + "/loop: symbolic link"}));
}

void TestSourceScanner::selectedLinkIsFollowed_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("to a folder") << QStringLiteral("Holiday/a")
                                 << QStringList{"pick", "pick/empty", "pick/z.bin"};
    QTest::newRow("to a file") << QStringLiteral("Holiday/b.txt") << QStringList{"pick"};
}

void TestSourceScanner::selectedLinkIsFollowed()
{
    QFETCH(QString, target);
    QFETCH(QStringList, expected);

    const QString link = m_dir->filePath(QStringLiteral("pick"));
    QVERIFY(QFile::link(m_dir->filePath(target), link));
    const ScanResult r = scanSources({link});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(wirePaths(r), expected);
    QCOMPARE(r.sourcePaths.first(), link);
    if (expected.size() == 1)
        QCOMPARE(r.entries.first().size, quint64(5)); // the target's size, not the link's
}

void TestSourceScanner::specialFileInsideIsSkipped()
{
    const QString fifo = m_root + QStringLiteral("/pipe");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ScanResult r = scanSources({m_root});
    QVERIFY(r.ok());
    QCOMPARE(r.entries.size(), 8);
    QCOMPARE(r.skipped, QStringList{fifo + ": special file"});
    // Selected itself, it is an error.
    const ScanResult selected = scanSources({fifo});
    QVERIFY(!selected.ok());
    QVERIFY(selected.error.contains(fifo));
}

void TestSourceScanner::selectionErrors_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("why");

    QTest::newRow("missing") << QStringLiteral("nothing here") << QStringLiteral("No such file");
    QTest::newRow("dangling link")
        << QStringLiteral("dangling") << QStringLiteral("link to nothing");
    QTest::newRow("root folder") << QString() << QStringLiteral("cannot be sent");
}

void TestSourceScanner::selectionErrors()
{
    QFETCH(QString, relative);
    QFETCH(QString, why);

    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone")),
                        m_dir->filePath(QStringLiteral("dangling"))));
    const QString path = relative.isEmpty() ? QStringLiteral("/") : m_dir->filePath(relative);
    // The error spoils the whole selection, even after a good item.
    const ScanResult r = scanSources({m_root, path});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(why), qPrintable(r.error));
    QVERIFY2(r.error.startsWith(path), qPrintable(r.error));
    QVERIFY(r.entries.isEmpty());
    QVERIFY(r.sourcePaths.isEmpty());
    QCOMPARE(r.totalBytes, quint64(0));
    QVERIFY(!scanSources({}).ok());
}

void TestSourceScanner::tooManyEntriesIsAnError()
{
    QVERIFY(scanSources({m_root}, 8).ok());
    const ScanResult r = scanSources({m_root}, 7);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("more than 7 entries")), qPrintable(r.error));
    QVERIFY(r.entries.isEmpty());
}

void TestSourceScanner::controlCharactersBecomeUnderscores()
{
    const QString name = QStringLiteral("tab\there\x7f") + QChar(0x85);
    makeFile(m_root + QStringLiteral("/c/") + name, "data");
    const ScanResult r = scanSources({m_root + QStringLiteral("/c")});
    QVERIFY(r.ok());
    QCOMPARE(wirePaths(r), (QStringList{"c", "c/tab_here__"}));
    QCOMPARE(r.sourcePaths.last(), m_root + QStringLiteral("/c/") + name); // the real name
}

void TestSourceScanner::tooDeepIsAnErrorNamingThePath()
{
    // 64 components are allowed on the wire; the 65th is not.
    QString deep = m_root + QStringLiteral("/c");
    for (int i = 0; i < 63; ++i)
        deep += QStringLiteral("/d");
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(scanSources({m_root + QStringLiteral("/c")}).ok());
    QVERIFY(QDir().mkdir(deep + QStringLiteral("/d")));
    const ScanResult r = scanSources({m_root + QStringLiteral("/c")});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(deep + QStringLiteral("/d: name cannot be sent")),
             qPrintable(r.error));
}

QTEST_APPLESS_MAIN(TestSourceScanner)
#include "tst_sourcescanner.moc"
