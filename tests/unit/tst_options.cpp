// The command line (app/options): `ferry --send-files PATH...`, the desktop's "send to". Every
// argument after it is a path, made absolute here; whether it exists is the window's to say.
// Bad command lines are usage errors (exit 2) that name the problem.
#include "app/control/controlmessage.h"
#include "app/options.h"

#include <QDir>
#include <QtTest>

using namespace Ferry::App;

namespace {

ParseOutcome parse(const QStringList &arguments)
{
    return parseOptions(QStringList{QStringLiteral("ferry")} + arguments);
}

QString inCurrentDir(const QString &relative)
{
    return QDir::cleanPath(QDir::currentPath() + QLatin1Char('/') + relative);
}

} // namespace

class TestOptions : public QObject
{
    Q_OBJECT
private slots:
    void sendFilesOpensTheWindowWithAbsolutePaths_data();
    void sendFilesOpensTheWindowWithAbsolutePaths();
    void badSendFilesIsAUsageError_data();
    void badSendFilesIsAUsageError();
    void tooManyPathsAreRefused();
    void helpNamesSendFiles();
};

void TestOptions::sendFilesOpensTheWindowWithAbsolutePaths_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("absolute") << QStringList{QStringLiteral("--send-files"),
                                             QStringLiteral("/home/a/report.pdf")}
                              << QStringList{QStringLiteral("/home/a/report.pdf")};
    QTest::newRow("relative, made absolute")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("notes.txt"),
                       QStringLiteral("sub/../pics/")}
        << QStringList{inCurrentDir(QStringLiteral("notes.txt")),
                       inCurrentDir(QStringLiteral("pics"))};
    // A file named like a command is a file here.
    QTest::newRow("named like a command")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("send"),
                       QStringLiteral("peers")}
        << QStringList{inCurrentDir(QStringLiteral("send")), inCurrentDir(QStringLiteral("peers"))};
    QTest::newRow("after --, a name starting with a dash")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("--"), QStringLiteral("-x")}
        << QStringList{inCurrentDir(QStringLiteral("-x"))};
    QTest::newRow("option after the paths")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("/a"),
                       QStringLiteral("--data-dir"), QStringLiteral("/tmp/d"), QStringLiteral("/b")}
        << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
    QTest::newRow("repeated once")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("/a"), QStringLiteral("/a/")}
        << QStringList{QStringLiteral("/a")};
    // Not checked to exist: the window names what is missing, where the user sees it.
    QTest::newRow("does not exist")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("/no/such/file")}
        << QStringList{QStringLiteral("/no/such/file")};
    QTest::newRow("without --send-files") << QStringList{} << QStringList{};
}

void TestOptions::sendFilesOpensTheWindowWithAbsolutePaths()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const ParseOutcome out = parse(arguments);
    QVERIFY2(!out.exit, qPrintable(out.error));
    QCOMPARE(out.options.command, Options::Command::Gui);
    QCOMPARE(out.options.sendFiles, expected);
    for (const QString &path : out.options.sendFiles)
        QVERIFY(QDir::isAbsolutePath(path));
}

void TestOptions::badSendFilesIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("why");
    QTest::newRow("no path") << QStringList{QStringLiteral("--send-files")}
                             << QStringLiteral("--send-files needs at least one PATH");
    QTest::newRow("empty path") << QStringList{QStringLiteral("--send-files"), QString()}
                                << QStringLiteral("a PATH is empty");
    QTest::newRow("with --headless")
        << QStringList{QStringLiteral("--send-files"), QStringLiteral("--headless"),
                       QStringLiteral("/a")}
        << QStringLiteral("--send-files is for the desktop app");
    QTest::newRow("with --to") << QStringList{QStringLiteral("--send-files"), QStringLiteral("/a"),
                                              QStringLiteral("--to"), QStringLiteral("laptop")}
                               << QStringLiteral("--to is only for send");
    QTest::newRow("path too long")
        << QStringList{QStringLiteral("--send-files"),
                       QLatin1Char('/') + QString(4096, QLatin1Char('a'))}
        << QStringLiteral("longer than 4096 bytes");
}

void TestOptions::badSendFilesIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, why);
    const ParseOutcome out = parse(arguments);
    QVERIFY(out.exit);
    QCOMPARE(out.exitCode, 2);
    QVERIFY2(out.error.contains(why), qPrintable(out.error));
    QVERIFY(out.output.isEmpty());
}

// The window may run already: the paths go to it in one control message, which takes kMaxPaths.
void TestOptions::tooManyPathsAreRefused()
{
    QStringList arguments{QStringLiteral("--send-files")};
    for (qsizetype i = 0; i < ControlMessage::kMaxPaths; ++i)
        arguments << QStringLiteral("/f%1").arg(i);
    ParseOutcome out = parse(arguments);
    QVERIFY2(!out.exit, qPrintable(out.error));
    QCOMPARE(out.options.sendFiles.size(), ControlMessage::kMaxPaths);
    arguments << QStringLiteral("/one-more");
    out = parse(arguments);
    QCOMPARE(out.exitCode, 2);
    QVERIFY2(out.error.contains(QStringLiteral("at most 4096 paths")), qPrintable(out.error));
}

void TestOptions::helpNamesSendFiles()
{
    const ParseOutcome out = parse({QStringLiteral("--help")});
    QVERIFY(out.exit);
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.output.contains(QStringLiteral("--send-files PATH...")));
    QVERIFY2(QRegularExpression(QStringLiteral("^ +--send-files +Open the window"),
                                QRegularExpression::MultilineOption)
                 .match(out.output)
                 .hasMatch(),
             qPrintable(out.output));
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
