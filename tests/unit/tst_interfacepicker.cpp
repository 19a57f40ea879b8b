// Which interfaces discovery uses (docs/PROTOCOL.md §12.1), from made-up interface descriptions.
#include "net/interfacepicker.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {

InterfaceInfo eth(const QString &name, int index = 2)
{
    InterfaceInfo info;
    info.name = name;
    info.index = index;
    info.up = true;
    info.running = true;
    info.canMulticast = true;
    info.hasIpv4 = true;
    info.hasIpv6 = true;
    return info;
}

// lo as Linux has it: no MULTICAST flag unless `ip link set lo multicast on`.
InterfaceInfo lo(bool multicastFlag = false)
{
    InterfaceInfo info = eth(QStringLiteral("lo"), 1);
    info.loopback = true;
    info.canMulticast = multicastFlag;
    return info;
}

template<typename F> InterfaceInfo with(InterfaceInfo info, F change)
{
    change(info);
    return info;
}

QStringList names(const QList<InterfaceInfo> &infos)
{
    QStringList result;
    for (const InterfaceInfo &info : infos)
        result.append(info.name);
    return result;
}

} // namespace

class TestInterfacePicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksSuitableInterfaces_data();
    void picksSuitableInterfaces();
    void keepsTheDescriptionOfEachPickedInterface();
};

void TestInterfacePicker::picksSuitableInterfaces_data()
{
    QTest::addColumn<QList<InterfaceInfo>>("all");
    QTest::addColumn<QStringList>("allowList");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<QStringList>("expected");

    const QString e0 = QStringLiteral("eth0");
    const QString w0 = QStringLiteral("wlan0");
    const QString l = QStringLiteral("lo");
    QTest::newRow("nothing") << QList<InterfaceInfo>{} << QStringList{} << false << QStringList{};
    QTest::newRow("one ethernet") << QList{eth(e0)} << QStringList{} << false << QStringList{e0};
    QTest::newRow("order kept") << QList{eth(w0, 3), eth(e0, 2)} << QStringList{} << false
                                << QStringList{w0, e0};
    QTest::newRow("down") << QList{with(eth(e0), [](auto &i) { i.up = false; })} << QStringList{}
                          << false << QStringList{};
    QTest::newRow("not running (cable out)")
        << QList{with(eth(e0), [](auto &i) { i.running = false; })} << QStringList{} << false
        << QStringList{};
    QTest::newRow("no multicast (tun)")
        << QList{with(eth(QStringLiteral("tun0")), [](auto &i) { i.canMulticast = false; })}
        << QStringList{} << false << QStringList{};
    QTest::newRow("no address") << QList{with(eth(e0),
                                              [](auto &i) {
                                                  i.hasIpv4 = false;
                                                  i.hasIpv6 = false;
                                              })}
                                << QStringList{} << false << QStringList{};
    QTest::newRow("IPv6 only is enough") << QList{with(eth(e0), [](auto &i) { i.hasIpv4 = false; })}
                                         << QStringList{} << false << QStringList{e0};
    QTest::newRow("IPv4 only is enough") << QList{with(eth(e0), [](auto &i) { i.hasIpv6 = false; })}
                                         << QStringList{} << false << QStringList{e0};
    QTest::newRow("loopback left out")
        << QList{lo(true), eth(e0)} << QStringList{} << false << QStringList{e0};
    QTest::newRow("loopback when asked")
        << QList{lo(true), eth(e0)} << QStringList{} << true << QStringList{l, e0};
    // Regression: the host's lo has no MULTICAST flag, yet IPv4 multicast on a named lo works.
    QTest::newRow("loopback without MULTICAST flag when asked")
        << QList{lo(false)} << QStringList{} << true << QStringList{l};
    QTest::newRow("loopback named but not allowed")
        << QList{lo(true)} << QStringList{l} << false << QStringList{};
    QTest::newRow("down loopback") << QList{with(lo(true), [](auto &i) { i.up = false; })}
                                   << QStringList{} << true << QStringList{};
    QTest::newRow("allow-list") << QList{lo(true), eth(e0, 2), eth(w0, 3)} << QStringList{w0, l}
                                << true << QStringList{l, w0};
    QTest::newRow("allow-list names nothing that exists")
        << QList{lo(true), eth(e0)} << QStringList{QStringLiteral("nope0")} << true
        << QStringList{};
    QTest::newRow("allow-list is case-sensitive")
        << QList{eth(e0)} << QStringList{QStringLiteral("ETH0")} << false << QStringList{};
    QTest::newRow("allowed but unsuitable")
        << QList{with(eth(e0), [](auto &i) { i.running = false; })} << QStringList{e0} << false
        << QStringList{};
    QTest::newRow("duplicate name used once")
        << QList{eth(e0, 2), eth(e0, 7)} << QStringList{} << false << QStringList{e0};
    QTest::newRow("nameless ignored")
        << QList{eth(QString())} << QStringList{} << false << QStringList{};
}

void TestInterfacePicker::picksSuitableInterfaces()
{
    QFETCH(QList<InterfaceInfo>, all);
    QFETCH(QStringList, allowList);
    QFETCH(bool, loopback);
    QFETCH(QStringList, expected);
    QCOMPARE(names(pickInterfaces(all, allowList, loopback)), expected);
}

void TestInterfacePicker::keepsTheDescriptionOfEachPickedInterface()
{
    const InterfaceInfo v6only
        = with(eth(QStringLiteral("eth1"), 9), [](auto &i) { i.hasIpv4 = false; });
    const QList<InterfaceInfo> picked
        = pickInterfaces({eth(QStringLiteral("eth0"), 2), v6only}, {}, false);
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked[1], v6only); // index and families: what Discovery joins with
    QVERIFY(!picked[1].hasIpv4);
    QCOMPARE(picked[1].index, 9);
}

QTEST_GUILESS_MAIN(TestInterfacePicker)
#include "tst_interfacepicker.moc"
