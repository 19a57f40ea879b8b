// net/hostport: the HOST:PORT text of `ferry ping` and `--peer`, and how addresses are shown.
#include "net/hostport.h"

#include <QtTest>

using namespace Ferry::Net;

class TestHostPort : public QObject
{
    Q_OBJECT
private slots:
    void parseHostPort_data();
    void parseHostPort();
    void optionalPort_data();
    void optionalPort();
    void format_data();
    void format();
};

void TestHostPort::parseHostPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("v4") << "10.77.0.1:47474" << true << "10.77.0.1" << 47474;
    QTest::newRow("name") << "laptop.local:5" << true << "laptop.local" << 5;
    QTest::newRow("v6") << "[fd77::1]:47474" << true << "fd77::1" << 47474;
    QTest::newRow("v6 loopback") << "[::1]:1" << true << "::1" << 1;
    QTest::newRow("v6 scoped") << "[fe80::1%eth0]:65535" << true << "fe80::1%eth0" << 65535;
    QTest::newRow("highest port") << "h:65535" << true << "h" << 65535;

    QTest::newRow("bare v6") << "::1:5" << false << "" << 0;
    QTest::newRow("bare v6 full") << "fd77::1:47474" << false << "" << 0;
    QTest::newRow("v6 without port") << "[::1]" << false << "" << 0;
    QTest::newRow("v6 empty port") << "[::1]:" << false << "" << 0;
    QTest::newRow("v6 junk after bracket") << "[::1]x5" << false << "" << 0;
    QTest::newRow("v6 unclosed") << "[::1:5" << false << "" << 0;
    QTest::newRow("v4 in brackets") << "[10.0.0.1]:5" << false << "" << 0;
    QTest::newRow("no port") << "host" << false << "" << 0;
    QTest::newRow("empty port") << "host:" << false << "" << 0;
    QTest::newRow("empty host") << ":5" << false << "" << 0;
    QTest::newRow("port 0") << "host:0" << false << "" << 0;
    QTest::newRow("port 65536") << "host:65536" << false << "" << 0;
    QTest::newRow("port huge") << "host:999999999999" << false << "" << 0;
    QTest::newRow("port signed") << "host:+5" << false << "" << 0;
    QTest::newRow("port negative") << "host:-5" << false << "" << 0;
    QTest::newRow("port spaced") << "host: 5" << false << "" << 0;
    QTest::newRow("port hex") << "host:0x10" << false << "" << 0;
    QTest::newRow("space in host") << "my host:5" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
}

void TestHostPort::parseHostPort()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString h = QStringLiteral("untouched");
    quint16 p = 7;
    QCOMPARE(Ferry::Net::parseHostPort(text, h, p), ok);
    QCOMPARE(h, ok ? host : QStringLiteral("untouched")); // failure leaves the outputs alone
    QCOMPARE(int(p), ok ? port : 7);
}

void TestHostPort::optionalPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("name") << "laptop" << true << "laptop" << 47474;
    QTest::newRow("v4") << "10.77.0.2" << true << "10.77.0.2" << 47474;
    QTest::newRow("v4 with port") << "10.77.0.2:9" << true << "10.77.0.2" << 9;
    QTest::newRow("v6 bracketed") << "[fd77::2]" << true << "fd77::2" << 47474;
    QTest::newRow("v6 with port") << "[fd77::2]:9" << true << "fd77::2" << 9;
    QTest::newRow("bare v6") << "fd77::2" << false << "" << 0;
    QTest::newRow("port 0") << "laptop:0" << false << "" << 0;
    QTest::newRow("port 65536") << "laptop:65536" << false << "" << 0;
    QTest::newRow("empty port") << "laptop:" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
    QTest::newRow("brackets empty") << "[]" << false << "" << 0;
    QTest::newRow("control character") << "lap\ttop" << false << "" << 0;
}

void TestHostPort::optionalPort()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString h;
    quint16 p = 0;
    QCOMPARE(parseHostOptionalPort(text, 47474, h, p), ok);
    if (ok) {
        QCOMPARE(h, host);
        QCOMPARE(int(p), port);
    }
}

void TestHostPort::format_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("v4") << "10.77.0.1" << 47474 << "10.77.0.1:47474";
    QTest::newRow("v6") << "fd77::1" << 47474 << "[fd77::1]:47474";
    QTest::newRow("v6 scoped") << "fe80::1%eth0" << 5 << "[fe80::1%eth0]:5";
    QTest::newRow("v4-mapped") << "::ffff:10.77.0.2" << 5 << "10.77.0.2:5";
}

void TestHostPort::format()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, shown);
    QCOMPARE(formatHostPort(QHostAddress(address), quint16(port)), shown);
    // What is shown parses back to the same address and port.
    QString host;
    quint16 p = 0;
    QVERIFY(Ferry::Net::parseHostPort(shown, host, p));
    QCOMPARE(int(p), port);
    QVERIFY(QHostAddress(host).isEqual(QHostAddress(address), QHostAddress::TolerantConversion));
}

QTEST_GUILESS_MAIN(TestHostPort)
#include "tst_hostport.moc"
