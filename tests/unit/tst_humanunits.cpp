// app/humanunits: the sizes, speeds and durations the terminal front-end prints.
#include "app/humanunits.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace Ferry::App;

class TestHumanUnits : public QObject
{
    Q_OBJECT
private slots:
    void bytes_data();
    void bytes();
    void speed_data();
    void speed();
    void duration_data();
    void duration();
};

void TestHumanUnits::bytes_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("text");

    constexpr quint64 KiB = 1024;
    constexpr quint64 MiB = KiB * 1024;
    constexpr quint64 GiB = MiB * 1024;
    QTest::newRow("zero") << quint64(0) << "0 B";
    QTest::newRow("one") << quint64(1) << "1 B";
    QTest::newRow("largest in bytes") << quint64(1023) << "1023 B";
    QTest::newRow("one KiB") << KiB << "1.0 KiB";
    QTest::newRow("one and a half MiB") << MiB * 3 / 2 << "1.5 MiB";
    QTest::newRow("rounds to one decimal") << quint64(12.34 * MiB) << "12.3 MiB";
    QTest::newRow("rounds up") << quint64(12.36 * MiB) << "12.4 MiB";
    QTest::newRow("just under 100") << quint64(99.9 * MiB) << "99.9 MiB";
    QTest::newRow("100 has no decimal") << quint64(99.96 * MiB) << "100 MiB";
    QTest::newRow("300 MiB") << 300 * MiB << "300 MiB";
    QTest::newRow("1023 KiB") << 1023 * KiB << "1023 KiB";
    // Never "1024 KiB": a value that would read 1024 is shown in the next unit.
    QTest::newRow("almost a MiB") << MiB - 1 << "1.0 MiB";
    QTest::newRow("1023.6 KiB") << quint64(1023.6 * KiB) << "1.0 MiB";
    QTest::newRow("GiB") << 5 * GiB + GiB / 4 << "5.3 GiB";
    QTest::newRow("TiB") << 16 * GiB * 1024 << "16.0 TiB";
    QTest::newRow("largest") << std::numeric_limits<quint64>::max() << "16.0 EiB";
}

void TestHumanUnits::bytes()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(formatBytes(bytes), text);
}

void TestHumanUnits::speed_data()
{
    QTest::addColumn<double>("bytesPerSecond");
    QTest::addColumn<QString>("text");

    QTest::newRow("stopped") << 0.0 << "0 B/s";
    QTest::newRow("fractional bytes") << 0.4 << "0 B/s";
    QTest::newRow("bytes") << 512.0 << "512 B/s";
    QTest::newRow("MiB") << 12.3 * 1024 * 1024 << "12.3 MiB/s";
    QTest::newRow("GiB") << 1.25 * 1024 * 1024 * 1024 << "1.3 GiB/s";
    QTest::newRow("negative") << -5.0 << "0 B/s";
    QTest::newRow("not a number") << std::nan("") << "0 B/s";
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << "0 B/s";
}

void TestHumanUnits::speed()
{
    QFETCH(double, bytesPerSecond);
    QFETCH(QString, text);
    QCOMPARE(formatSpeed(bytesPerSecond), text);
}

void TestHumanUnits::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("unknown") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << "0 s";
    QTest::newRow("seconds") << qint64(45) << "45 s";
    QTest::newRow("one minute") << qint64(60) << "1 min 00 s";
    QTest::newRow("minute and seconds") << qint64(65) << "1 min 05 s";
    QTest::newRow("last minute of an hour") << qint64(3599) << "59 min 59 s";
    QTest::newRow("hours drop the seconds") << qint64(2 * 3600 + 3 * 60 + 59) << "2 h 03 min";
    QTest::newRow("days drop the minutes") << qint64(3 * 86400 + 4 * 3600 + 59 * 60) << "3 d 04 h";
}

void TestHumanUnits::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(seconds), text);
}

QTEST_GUILESS_MAIN(TestHumanUnits)
#include "tst_humanunits.moc"
