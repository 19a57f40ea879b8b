// PeerListModel: the device list follows a PeerRegistry fed by real nodes (discovery on lo,
// connections over TLS), keeps the registry's order through renames, and shows what peers say
// about themselves only after making it safe. Discovery runs on lo only, on a random port per
// test; run it in the sandbox (scripts/in-sandbox.sh).
#include "net/networkservice.h"
#include "net/node.h"
#include "net/peerregistry.h"
#include "tests/support/testnode.h"
#include "ui/models/peerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ferry;
using Net::NetworkService;
using Net::PeerRecord;
using Ui::PeerListModel;
using Kind = PeerListModel::DeviceKind;

namespace {

constexpr int kWaitMs = 5000;

std::unique_ptr<NetworkService> makeService(const QString &name, quint16 discoveryPort,
                                            const Net::DeviceIdentity &identity
                                            = Test::freshIdentity())
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.discoveryPort = discoveryPort;
    return std::make_unique<NetworkService>(identity, Net::PeerMetadata::forThisDevice(name),
                                            config);
}

quint16 randomPort()
{
    return quint16(QRandomGenerator::global()->bounded(20000, 60000));
}

QStringList modelIdentities(const PeerListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row), PeerListModel::IdentityRole).toString());
    return ids;
}

QStringList registryIdentities(const Net::PeerRegistry &registry)
{
    QStringList ids;
    for (const PeerRecord &peer : registry.peers())
        ids.append(peer.identity.toText());
    return ids;
}

QVariant roleOf(const PeerListModel &model, const Net::RemoteIdentity &peer, int role)
{
    const int row = model.rowOf(peer);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
}

Net::PeerInfo infoOf(const Net::RemoteIdentity &identity, const QString &name)
{
    Net::PeerInfo info;
    info.identity = identity;
    info.metadata.deviceName = name;
    info.metadata.os = QStringLiteral("Linux");
    info.address = QHostAddress::LocalHost;
    info.port = 47474;
    return info;
}

bool hasUnsafeCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
    });
}

} // namespace

class TestPeerListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kindOfGuessesFromOsAndModel_data();
    void kindOfGuessesFromOsAndModel();
    void followsDiscoveredConnectedAndLostNodes();
    void restartedNodeWithNewNameMovesItsRow();
    void showsRegistryContentsWhenAttached();
    void keepsRegistryOrderThroughRandomChanges();
    void peerControlledTextIsMadeSafe_data();
    void peerControlledTextIsMadeSafe();
    void registryGoingAwayEmptiesTheModel();
};

void TestPeerListModel::initTestCase()
{
    qRegisterMetaType<Net::RemoteIdentity>();
    if (qEnvironmentVariableIsEmpty("FERRY_SANDBOX"))
        qWarning("not in scripts/in-sandbox.sh: discovery stays on lo, but run it there");
}

void TestPeerListModel::kindOfGuessesFromOsAndModel_data()
{
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("model");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("android phone") << "Android"
                                   << "Pixel 8" << Kind::Phone;
    QTest::newRow("android tablet") << "Android"
                                    << "Galaxy Tab Tablet" << Kind::Tablet;
    QTest::newRow("ios") << "iOS 17.2"
                         << "" << Kind::Phone;
    QTest::newRow("iphone model") << ""
                                  << "iPhone15,2" << Kind::Phone;
    QTest::newRow("ipad") << "iPadOS"
                          << "iPad Pro" << Kind::Tablet;
    QTest::newRow("ipados alone") << "iPadOS 17"
                                  << "" << Kind::Tablet;
    QTest::newRow("macbook") << "macOS"
                             << "MacBookPro18,1" << Kind::Laptop;
    QTest::newRow("thinkpad") << "Linux"
                              << "ThinkPad X1 Carbon" << Kind::Laptop;
    QTest::newRow("laptop") << "Windows"
                            << "Generic Laptop" << Kind::Laptop;
    QTest::newRow("linux") << "Linux"
                           << "" << Kind::Computer;
    QTest::newRow("windows") << "Windows"
                             << "" << Kind::Computer;
    QTest::newRow("macos is not ios") << "macOS"
                                      << "" << Kind::Computer;
    QTest::newRow("imac") << ""
                          << "iMac21,1" << Kind::Computer;
    QTest::newRow("server os") << "Windows Server 2022"
                               << "" << Kind::Server;
    QTest::newRow("server model") << "Linux"
                                  << "PowerEdge server" << Kind::Server;
    QTest::newRow("nothing") << ""
                             << "" << Kind::Unknown;
    QTest::newRow("unknown os") << "Plan 9"
                                << "" << Kind::Unknown;
    QTest::newRow("control characters")
        << "\x01\x02" << QString(64, QChar(0x202E)) << Kind::Unknown;
    QTest::newRow("huge strings") << QString(100'000, u'x') << QString(100'000, u'y')
                                  << Kind::Unknown;
}

void TestPeerListModel::kindOfGuessesFromOsAndModel()
{
    QFETCH(QString, os);
    QFETCH(QString, model);
    QFETCH(Kind, kind);
    QCOMPARE(PeerListModel::kindOf(os, model), kind);
}

// Nodes on lo find each other; a connection shows as connected and verified; a node that stops
// (GOODBYE, then the connection closes) leaves the list.
void TestPeerListModel::followsDiscoveredConnectedAndLostNodes()
{
    const quint16 port = randomPort();
    auto a = makeService(QStringLiteral("Home"), port);
    auto b = makeService(QStringLiteral("charlie"), port);
    auto c = makeService(QStringLiteral("Beta"), port);
    QVERIFY2(a->start(), qPrintable(a->errorString()));
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistry(a->registry());
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(b->start());
    QVERIFY(c->start());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kWaitMs);
    QCOMPARE(inserted.size(), 2);
    const Net::RemoteIdentity beta = c->node()->identity();
    const Net::RemoteIdentity charlie = b->node()->identity();
    QCOMPARE(model.rowOf(beta), 0); // "Beta" < "charlie" case-insensitively
    QCOMPARE(model.rowOf(charlie), 1);
    QCOMPARE(modelIdentities(model), registryIdentities(*a->registry()));

    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Beta"));
    QCOMPARE(first.data(PeerListModel::NameRole).toString(), QStringLiteral("Beta"));
    QCOMPARE(first.data(PeerListModel::IdentityRole).toString(), beta.toText());
    QCOMPARE(first.data(PeerListModel::ShortIdRole).toString(), beta.shortText());
    QCOMPARE(first.data(PeerListModel::OsRole).toString(), c->node()->metadata().os);
    QCOMPARE(first.data(PeerListModel::AppVersionRole).toString(),
             c->node()->metadata().appVersion);
    QCOMPARE(first.data(PeerListModel::ConnectedRole).toBool(), false);
    QCOMPARE(first.data(PeerListModel::VerifiedRole).toBool(), false);
    QCOMPARE(first.data(PeerListModel::SourcesRole).toInt(), int(Net::PeerSource::Multicast));
    // Announced over IPv4 and IPv6: the copy that came last is first.
    const QString address = first.data(PeerListModel::AddressRole).toString();
    QVERIFY2(address == QStringLiteral("127.0.0.1:%1").arg(c->node()->port())
                 || address == QStringLiteral("[::1]:%1").arg(c->node()->port()),
             qPrintable(address));
    QCOMPARE(first.data(PeerListModel::DeviceKindRole).toInt(),
             int(PeerListModel::kindOf(c->node()->metadata().os, {})));
    QCOMPARE(model.peerAt(0)->identity, beta);
    QVERIFY(!model.peerAt(2));
    QVERIFY(!model.peerAt(-1));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    a->connectToPeer(charlie);
    QTRY_VERIFY_WITH_TIMEOUT(roleOf(model, charlie, PeerListModel::ConnectedRole).toBool(),
                             kWaitMs);
    QVERIFY(roleOf(model, charlie, PeerListModel::VerifiedRole).toBool());
    QVERIFY(!roleOf(model, beta, PeerListModel::ConnectedRole).toBool());
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) // only the row that changed
        QCOMPARE(signal.at(0).toModelIndex().row(), model.rowOf(charlie));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    b->stop();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, kWaitMs);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOf(charlie), -1);
    QCOMPARE(model.rowOf(beta), 0);
    QCOMPARE(modelIdentities(model), registryIdentities(*a->registry()));
}

// A device renamed and restarted (same identity, same port) tells its new name: the registry
// keeps the peer (the user added its address) and updates it, and the row moves to where the
// new name sorts, without leaving the list.
void TestPeerListModel::restartedNodeWithNewNameMovesItsRow()
{
    const quint16 port = randomPort();
    auto a = makeService(QStringLiteral("Home"), port);
    auto b = makeService(QStringLiteral("alpha"), port);
    auto c = makeService(QStringLiteral("Mike"), port);
    const Net::DeviceIdentity renamedIdentity = Test::freshIdentity();
    auto d = makeService(QStringLiteral("Bravo"), port, renamedIdentity);
    QVERIFY(a->start());
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistry(a->registry());
    QVERIFY(b->start());
    QVERIFY(c->start());
    QVERIFY(d->start());
    const quint16 dPort = d->node()->port();
    QVERIFY(a->addManualPeer(QStringLiteral("127.0.0.1:%1").arg(dPort)));
    const Net::RemoteIdentity renamed = renamedIdentity.remoteIdentity();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(roleOf(model, renamed, PeerListModel::ConnectedRole).toBool(),
                             kWaitMs);
    QCOMPARE(model.rowOf(renamed), 1); // alpha, Bravo, Mike

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    d.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!roleOf(model, renamed, PeerListModel::ConnectedRole).toBool(),
                             kWaitMs);
    QCOMPARE(model.rowOf(renamed), 1); // a manual peer stays known while it is away

    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.discoveryPort = port;
    config.listenPort = dPort;
    d = std::make_unique<NetworkService>(
        renamedIdentity, Net::PeerMetadata::forThisDevice(QStringLiteral("Zulu")), config);
    QVERIFY2(d->start(false), qPrintable(d->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(roleOf(model, renamed, PeerListModel::NameRole).toString(),
                              QStringLiteral("Zulu"), kWaitMs);
    QCOMPARE(model.rowOf(renamed), 2);
    QCOMPARE(modelIdentities(model), registryIdentities(*a->registry()));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 1); // from row 1 …
    QCOMPARE(moved.first().at(4).toInt(), 3); // … to before old row 3: last
    QCOMPARE(removed.size(), 0);
}

void TestPeerListModel::showsRegistryContentsWhenAttached()
{
    Net::PeerRegistry registry(Test::freshIdentity().remoteIdentity());
    const auto x = Test::freshIdentity().remoteIdentity();
    const auto y = Test::freshIdentity().remoteIdentity();
    registry.observeConnected(infoOf(x, QStringLiteral("zed")), 1000);
    registry.observeConnected(infoOf(y, QStringLiteral("Ann")), 1000);
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRegistry(&registry);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(modelIdentities(model), (QStringList{y.toText(), x.toText()}));
    QVERIFY(roleOf(model, x, PeerListModel::ConnectedRole).toBool());
    registry.observeDisconnected(x, 2000); // no source left: lost
    QCOMPARE(model.rowCount(), 1);
    model.setRegistry(nullptr);
    QCOMPARE(model.rowCount(), 0);
    registry.observeConnected(infoOf(x, QStringLiteral("zed")), 3000);
    QCOMPARE(model.rowCount(), 0); // no longer followed
}

// The registry's own operations, in a random order, with a few names that collide: after each,
// the model lists exactly the registry's peers in the registry's order (PeerRegistry::peers()),
// and the tester saw consistent signals throughout.
void TestPeerListModel::keepsRegistryOrderThroughRandomChanges()
{
    Net::PeerRegistry registry(Test::freshIdentity().remoteIdentity());
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistry(&registry);
    QList<Net::RemoteIdentity> ids;
    for (int i = 0; i < 8; ++i)
        ids.append(Test::freshIdentity().remoteIdentity());
    const QStringList names{QStringLiteral("alpha"), QStringLiteral("Alpha"),
                            QStringLiteral("beta"),  QStringLiteral("Ωmega"),
                            QStringLiteral(""),      QStringLiteral("zulu")};
    QRandomGenerator random(20240501);
    qint64 now = 1000;
    for (int step = 0; step < 2000; ++step) {
        const Net::RemoteIdentity &id = ids.at(random.bounded(int(ids.size())));
        const QString &name = names.at(random.bounded(int(names.size())));
        now += random.bounded(200);
        switch (random.bounded(5)) {
        case 0:
            registry.observeManual(infoOf(id, name), QStringLiteral("127.0.0.1"),
                                   quint16(1000 + random.bounded(5)), now);
            break;
        case 1:
            registry.observeConnected(infoOf(id, name), now);
            break;
        case 2:
            registry.observeDisconnected(id, now);
            break;
        case 3:
            registry.expire(now + 20'000);
            break;
        default:
            if (const auto peer = registry.peer(id); peer && random.bounded(4) == 0)
                registry.observeManual(infoOf(id, name), QStringLiteral("10.0.0.%1").arg(step % 9),
                                       1, now);
            break;
        }
        QCOMPARE(modelIdentities(model), registryIdentities(registry));
    }
}

void TestPeerListModel::peerControlledTextIsMadeSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown"); // empty: only checked to be safe and bounded
    QTest::newRow("plain") << "Desk"
                           << "Desk";
    QTest::newRow("markup stays text") << "<b>desk</b> & co"
                                       << "<b>desk</b> & co";
    QTest::newRow("newlines") << "line1\nline2\r\n"
                              << "line1 line2";
    QTest::newRow("bidi override")
        << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice fdp.exe");
    QTest::newRow("isolates") << QStringLiteral("\u2066a\u2069b") << "a b";
    QTest::newRow("lone surrogate")
        << QString(QString(QChar(0xD800)) + QStringLiteral("x")) << QStringLiteral("\uFFFDx");
    QTest::newRow("emoji pair kept")
        << QStringLiteral("cat \U0001F408") << QStringLiteral("cat \U0001F408");
    QTest::newRow("huge") << QString(100'000, u'w') << QString();
    QTest::newRow("nul and escapes")
        << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b\x1B[31m")) << "a b [31m";
}

void TestPeerListModel::peerControlledTextIsMadeSafe()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    Net::PeerRegistry registry(Test::freshIdentity().remoteIdentity());
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistry(&registry);
    const auto id = Test::freshIdentity().remoteIdentity();
    Net::PeerInfo info = infoOf(id, name);
    info.metadata.os = name;
    info.metadata.deviceModel = name;
    info.metadata.appVersion = name;
    registry.observeConnected(info, 1000);
    QCOMPARE(model.rowCount(), 1);
    for (const int role :
         {int(Qt::DisplayRole), int(PeerListModel::NameRole), int(PeerListModel::OsRole),
          int(PeerListModel::ModelRole), int(PeerListModel::AppVersionRole)}) {
        const QString text = model.index(0).data(role).toString();
        QVERIFY2(!hasUnsafeCharacter(text), qPrintable(QString::number(role)));
        QVERIFY(text.size() <= Net::PeerMetadata::kMaxName + 1);
    }
    if (!shown.isEmpty())
        QCOMPARE(model.index(0).data(PeerListModel::NameRole).toString(), shown);
    QCOMPARE(model.peerAt(0)->metadata.deviceName, name); // the record itself is untouched
}

void TestPeerListModel::registryGoingAwayEmptiesTheModel()
{
    auto registry = std::make_unique<Net::PeerRegistry>(Test::freshIdentity().remoteIdentity());
    registry->observeConnected(infoOf(Test::freshIdentity().remoteIdentity(), QStringLiteral("x")),
                               1000);
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistry(registry.get());
    QCOMPARE(model.rowCount(), 1);
    registry.reset();
    QCOMPARE(model.rowCount(), 0);
    model.setRegistry(nullptr); // nothing to disconnect from any more: no crash
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPeerListModel)
#include "tst_peerlistmodel.moc"
