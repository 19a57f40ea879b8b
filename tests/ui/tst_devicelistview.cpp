// Dropping files on a device in the device list sends them to that device over a real
// connection: the receiver is asked, and what arrives is byte-identical. Drops that are not
// local files, or not on a device, send nothing.
#include "net/peerregistry.h"
#include "tests/support/registryfeed.h"
#include "tests/support/spacedroppeer.h"
#include "ui/devicedelegate.h"
#include "ui/devicelistview.h"
#include "ui/mainwindow.h"
#include "ui/models/peerlistmodel.h"
#include "ui/models/transferlistmodel.h"
#include "ui/transfersview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

class TestDeviceListView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rowShowsNameStateAndIdentity();
    void dropOnDeviceSendsToIt();
    void dropElsewhereOrOfWebLinksSendsNothing();
    void localPathsRefusesMixedDrops();

private:
    QModelIndex rowOf(const SpacedropPeer &peer) const;
    // Sends the drag-enter/move/drop sequence at pos; returns whether the drop was accepted.
    bool drop(QWidget *target, const QPoint &pos, const QList<QUrl> &urls, bool *entered = nullptr);

    std::unique_ptr<SpacedropPeer> m_desk;
    std::unique_ptr<SpacedropPeer> m_laptop;
    std::unique_ptr<SpacedropPeer> m_phone;
    std::unique_ptr<Net::PeerRegistry> m_registry;
    std::unique_ptr<Ui::PeerListModel> m_peers;
    std::unique_ptr<Ui::TransferListModel> m_transfers;
    std::unique_ptr<QTemporaryDir> m_sources;
};

void TestDeviceListView::init()
{
    m_desk = std::make_unique<SpacedropPeer>(QStringLiteral("desk"));
    m_laptop = std::make_unique<SpacedropPeer>(QStringLiteral("laptop"));
    m_phone = std::make_unique<SpacedropPeer>(QStringLiteral("phone"));
    QVERIFY(Test::linkPeers(*m_desk, *m_laptop));
    QVERIFY(Test::linkPeers(*m_desk, *m_phone));
    m_registry = std::make_unique<Net::PeerRegistry>(m_desk->id());
    Test::feedRegistry(*m_registry, *m_desk->node);
    m_peers = std::make_unique<Ui::PeerListModel>();
    m_peers->setRegistry(m_registry.get());
    m_transfers = std::make_unique<Ui::TransferListModel>();
    m_transfers->setService(m_desk->service.get());
    m_sources = std::make_unique<QTemporaryDir>();
    QCOMPARE(m_peers->rowCount(), 2);
}

void TestDeviceListView::cleanup()
{
    m_transfers.reset();
    m_peers.reset();
    m_registry.reset();
    m_desk.reset();
    m_laptop.reset();
    m_phone.reset();
    m_sources.reset();
}

QModelIndex TestDeviceListView::rowOf(const SpacedropPeer &peer) const
{
    return m_peers->index(m_peers->rowOf(peer.id()), 0);
}

bool TestDeviceListView::drop(QWidget *target, const QPoint &pos, const QList<QUrl> &urls,
                              bool *entered)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (entered)
        *entered = enter.isAccepted();
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                         Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    return dropEvent.isAccepted() && dropEvent.dropAction() == Qt::CopyAction;
}

void TestDeviceListView::rowShowsNameStateAndIdentity()
{
    const QModelIndex laptop = rowOf(*m_laptop);
    QVERIFY(laptop.isValid());
    QCOMPARE(laptop.data(Ui::PeerListModel::NameRole).toString(), QStringLiteral("laptop"));
    QVERIFY(Ui::DeviceDelegate::stateLine(laptop).startsWith(QStringLiteral("Connected")));
    // The short identity tells two devices of the same name apart.
    QVERIFY(Ui::DeviceDelegate::toolTip(laptop).contains(m_laptop->id().shortText()));
    Ui::DeviceListView view;
    view.setModel(m_peers.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(view.visualRect(laptop).height() >= Ui::DeviceDelegate::kIconSize);
}

void TestDeviceListView::dropOnDeviceSendsToIt()
{
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("report.pdf")), 200'000, 1));
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("Holiday/day 1/IMG_1.jpg")),
                            1'500'000, 2));
    QVERIFY(QDir(m_sources->path()).mkpath(QStringLiteral("Holiday/empty")));

    Ui::MainWindow window(m_peers.get(), m_transfers.get());
    window.setSpacedrop(m_desk->service.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::DeviceListView *list = window.deviceList();
    QVERIFY(list->isVisible());

    QSignalSpy laptopAsked(m_laptop->service.get(), &Net::SpacedropService::requestReceived);
    QSignalSpy phoneAsked(m_phone->service.get(), &Net::SpacedropService::requestReceived);
    const QPoint onLaptop = list->visualRect(rowOf(*m_laptop)).center();
    QVERIFY(drop(list->viewport(), onLaptop,
                 {QUrl::fromLocalFile(m_sources->filePath(QStringLiteral("report.pdf"))),
                  QUrl::fromLocalFile(m_sources->filePath(QStringLiteral("Holiday")))}));

    QVERIFY(laptopAsked.wait(10'000));
    const auto request = laptopAsked.first().first().value<Net::IncomingRequest>();
    QCOMPARE(request.sender, m_desk->id());
    QCOMPARE(request.fileCount, 2);
    // The transfers panel shows the new transfer, selected.
    QCOMPARE(m_transfers->rowCount(), 1);
    QCOMPARE(window.transfersView()->currentId(), request.id);
    QVERIFY(m_laptop->service->acceptRequest(request.id));
    QVERIFY(Test::waitForState(*m_laptop, request.id, TransferState::Completed));
    QVERIFY(Test::waitForState(*m_desk, request.id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_sources->path(), m_laptop->downloadsPath()));
    // Only the device it was dropped on was asked.
    QCOMPARE(phoneAsked.size(), 0);
    QCOMPARE(m_desk->service->transfers().size(), 1);
}

void TestDeviceListView::dropElsewhereOrOfWebLinksSendsNothing()
{
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("a.txt")), 10, 1));
    Ui::MainWindow window(m_peers.get(), m_transfers.get());
    window.setSpacedrop(m_desk->service.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::DeviceListView *list = window.deviceList();
    const QUrl file = QUrl::fromLocalFile(m_sources->filePath(QStringLiteral("a.txt")));

    bool entered = false;
    QVERIFY(!drop(list->viewport(), list->visualRect(rowOf(*m_laptop)).center(),
                  {QUrl(QStringLiteral("https://example.org/a.txt"))}, &entered));
    QVERIFY(!entered);
    // Below the last device: no device there.
    const QRect last = list->visualRect(m_peers->index(m_peers->rowCount() - 1, 0));
    const QPoint below(last.center().x(), last.bottom() + 20);
    QVERIFY(below.y() < list->viewport()->height());
    QVERIFY(!drop(list->viewport(), below, {file}, &entered));
    QVERIFY(entered);
    QCOMPARE(m_desk->service->transfers().size(), 0);

    // Without a service (networking off) a drop on a device says why and sends nothing.
    window.setSpacedrop(nullptr);
    drop(list->viewport(), list->visualRect(rowOf(*m_laptop)).center(), {file});
    QCOMPARE(m_desk->service->transfers().size(), 0);
}

void TestDeviceListView::localPathsRefusesMixedDrops()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a")),
                  QUrl(QStringLiteral("https://example.org/b"))});
    QVERIFY(Ui::DeviceListView::localPaths(&mime).isEmpty());
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a")),
                  QUrl::fromLocalFile(QStringLiteral("/tmp/b c"))});
    QCOMPARE(Ui::DeviceListView::localPaths(&mime),
             QStringList({QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b c")}));
    QVERIFY(Ui::DeviceListView::localPaths(nullptr).isEmpty());
}

QTEST_MAIN(TestDeviceListView)
#include "tst_devicelistview.moc"
