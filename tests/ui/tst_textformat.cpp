// The window's words for sizes, speeds, durations and transfer states: human units, locale-aware
// numbers, and the network's codes turned into sentences.
#include "net/operations/spacedrop/spacedropmessage.h"
#include "net/operations/spacedrop/transferinfo.h"
#include "ui/textformat.h"
#include "ui/transfertext.h"

#include <QTest>

using namespace Ferry;
using Ui::TextFormat;
using Ui::TransferText;

class TestTextFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void bytes_data();
    void bytes();
    void bytesFollowLocale();
    void speed();
    void duration_data();
    void duration();
    void timeLeftIsEmptyWhenUnknown();
    void contentsAndFirstAndMore();
    void printableDefusesControlCharacters();
    void stateWords_data();
    void stateWords();
    void errorsBecomeSentencesWithTheirDetail();
};

void TestTextFormat::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTextFormat::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestTextFormat::bytes_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kilo") << quint64(1000) << QStringLiteral("1.0 kB");
    QTest::newRow("kilo and a half") << quint64(1500) << QStringLiteral("1.5 kB");
    QTest::newRow("tens of kilo") << quint64(23'400) << QStringLiteral("23 kB");
    QTest::newRow("mega") << quint64(1'250'000) << QStringLiteral("1.3 MB");
    QTest::newRow("giga") << quint64(42'000'000'000) << QStringLiteral("42 GB");
    QTest::newRow("tera") << quint64(3'300'000'000'000) << QStringLiteral("3.3 TB");
    // Rounding carries into the next unit instead of printing "1000 kB".
    QTest::newRow("carry") << quint64(999'960) << QStringLiteral("1.0 MB");
    QTest::newRow("just below carry") << quint64(999'400) << QStringLiteral("999 kB");
    QTest::newRow("huge") << quint64(18'000'000'000'000'000'000ULL) << QStringLiteral("18000 PB");
}

void TestTextFormat::bytes()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TextFormat::bytes(bytes), expected);
}

void TestTextFormat::bytesFollowLocale()
{
    // Bytes below a kilobyte are counted, with the plural form the translation gives.
    QVERIFY(TextFormat::bytes(0).startsWith(QStringLiteral("0 byte")));
    QVERIFY(TextFormat::bytes(512).startsWith(QStringLiteral("512 byte")));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(TextFormat::bytes(1500), QStringLiteral("1,5 kB"));
}

void TestTextFormat::speed()
{
    QCOMPARE(TextFormat::speed(2'400'000), QStringLiteral("2.4 MB/s"));
    QVERIFY(TextFormat::speed(0).startsWith(QStringLiteral("0 byte")));
    QVERIFY(TextFormat::speed(-5).startsWith(QStringLiteral("0 byte")));
}

void TestTextFormat::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("negative is zero") << qint64(-4) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(185) << QStringLiteral("3 min 05 s");
    QTest::newRow("hours") << qint64(2 * 3600 + 10 * 60 + 59) << QStringLiteral("2 h 10 min");
    QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3 d 4 h");
}

void TestTextFormat::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TextFormat::duration(seconds), expected);
}

void TestTextFormat::timeLeftIsEmptyWhenUnknown()
{
    QCOMPARE(TextFormat::timeLeft(-1), QString());
    QCOMPARE(TextFormat::timeLeft(65), QStringLiteral("1 min 05 s left"));
}

void TestTextFormat::contentsAndFirstAndMore()
{
    QVERIFY(TextFormat::contents(3, 0).startsWith(QStringLiteral("3 file")));
    QVERIFY(!TextFormat::contents(3, 0).contains(QStringLiteral("folder")));
    QVERIFY(TextFormat::contents(3, 2).contains(QStringLiteral("2 folder")));
    QCOMPARE(TextFormat::firstAndMore(QStringLiteral("report.pdf"), 1),
             QStringLiteral("report.pdf"));
    QCOMPARE(TextFormat::firstAndMore(QStringLiteral("report.pdf"), 3),
             QStringLiteral("report.pdf + 2 more"));
    // A name that looks like a placeholder stays as it is.
    QCOMPARE(TextFormat::firstAndMore(QStringLiteral("%1 %n.txt"), 2),
             QStringLiteral("%1 %n.txt + 1 more"));
}

void TestTextFormat::printableDefusesControlCharacters()
{
    const QString shown = TextFormat::printable(QStringLiteral("evil\nname\u202Etxt.exe"));
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(!shown.contains(QChar(0x202E)));
    QVERIFY(shown.startsWith(QStringLiteral("evil")));
}

void TestTextFormat::stateWords_data()
{
    using Net::TransferState;
    using Reason = Net::Spacedrop::DeclineReason;
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("outgoing");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("waiting") << int(TransferState::WaitingForAnswer) << true << 0
                             << QStringLiteral("Waiting for an answer");
    QTest::newRow("running out") << int(TransferState::Running) << true << 0
                                 << QStringLiteral("Sending");
    QTest::newRow("running in") << int(TransferState::Running) << false << 0
                                << QStringLiteral("Receiving");
    QTest::newRow("paused") << int(TransferState::Paused) << true << 0 << QStringLiteral("Paused");
    QTest::newRow("done") << int(TransferState::Completed) << false << 0 << QStringLiteral("Done");
    QTest::newRow("cancelled") << int(TransferState::Cancelled) << true << 0
                               << QStringLiteral("Cancelled");
    QTest::newRow("rejected") << int(TransferState::Declined) << true << int(Reason::Declined)
                              << QStringLiteral("Rejected by Laptop");
    QTest::newRow("timed out") << int(TransferState::Declined) << true << int(Reason::TimedOut)
                               << QStringLiteral("Rejected: nobody answered on the device in time");
    QTest::newRow("no space") << int(TransferState::Declined) << true
                              << int(Reason::InsufficientSpace)
                              << QStringLiteral("Rejected: not enough free space on the device");
}

void TestTextFormat::stateWords()
{
    QFETCH(int, state);
    QFETCH(bool, outgoing);
    QFETCH(int, reason);
    QFETCH(QString, expected);
    Net::TransferInfo info;
    info.state = Net::TransferState(state);
    info.direction = outgoing ? Net::TransferDirection::Outgoing : Net::TransferDirection::Incoming;
    info.peerName = QStringLiteral("Laptop");
    info.declineReason = reason;
    QCOMPARE(TransferText::state(info), expected);
}

void TestTextFormat::errorsBecomeSentencesWithTheirDetail()
{
    Net::TransferInfo info;
    info.state = Net::TransferState::Failed;
    info.error = Net::Error{Net::ErrorCode::DiskFull, QStringLiteral("/data: 0 bytes left")};
    QCOMPARE(TransferText::state(info),
             QStringLiteral("Failed: the disk is full (/data: 0 bytes left)"));
    info.state = Net::TransferState::Interrupted;
    info.error = Net::Error{Net::ErrorCode::ConnectionLost, {}};
    QVERIFY(TransferText::state(info).startsWith(
        QStringLiteral("Interrupted (the connection was lost)")));
    QCOMPARE(TransferText::peer(info), QStringLiteral("to %1").arg(info.peerName));
    QVERIFY(TransferText::error(Net::Error{Net::ErrorCode::FrameTooLarge, {}})
                .contains(QStringLiteral("FrameTooLarge")));
}

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
