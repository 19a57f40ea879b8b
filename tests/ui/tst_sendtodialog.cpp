// "Send to device" (SendToDialog, MainWindow::offerToSend): files handed over from the desktop
// (`ferry --send-files`) are sent to the nearby devices the user picks, over real connections.
// The dialog lists the devices and follows them live (one found later shows up), sends to every
// device chosen, sends nothing when cancelled, names files that do not exist and leaves them out,
// and works from the keyboard alone.
#include "net/peerregistry.h"
#include "tests/support/accessiblecheck.h"
#include "tests/support/registryfeed.h"
#include "tests/support/spacedroppeer.h"
#include "ui/mainwindow.h"
#include "ui/models/peerlistmodel.h"
#include "ui/models/transferlistmodel.h"
#include "ui/sendtodialog.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Test::SpacedropPeer;

namespace {
constexpr int kWaitMs = 10'000;
using Devices = QList<Net::RemoteIdentity>;
} // namespace

class TestSendToDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsNearbyDevicesAndSummarisesTheFiles();
    void sendGoesToEveryChosenDevice();
    void cancelSendsNothing();
    void deviceFoundLaterShowsUp();
    void keyboardAloneChoosesAndSends();
    void missingFilesAreNamedAndLeftOut();

private:
    void linkAll();
    QModelIndex rowOf(const SpacedropPeer &peer) const;
    // Toggles the device's row with a click, as a user would.
    void clickRow(QListView *list, const SpacedropPeer &peer);
    QStringList writeSources(); // report.pdf and Holiday/a.jpg: the two paths to send
    Ui::SendToDialog *openedDialog(Ui::MainWindow &window) const;

    std::unique_ptr<SpacedropPeer> m_desk;
    std::unique_ptr<SpacedropPeer> m_laptop;
    std::unique_ptr<SpacedropPeer> m_phone;
    std::unique_ptr<Net::PeerRegistry> m_registry;
    std::unique_ptr<Ui::PeerListModel> m_peers;
    std::unique_ptr<Ui::TransferListModel> m_transfers;
    std::unique_ptr<QTemporaryDir> m_sources;
};

void TestSendToDialog::init()
{
    m_desk = std::make_unique<SpacedropPeer>(QStringLiteral("desk"));
    m_laptop = std::make_unique<SpacedropPeer>(QStringLiteral("laptop"));
    m_phone = std::make_unique<SpacedropPeer>(QStringLiteral("phone"));
    m_registry = std::make_unique<Net::PeerRegistry>(m_desk->id());
    Test::feedRegistry(*m_registry, *m_desk->node);
    m_peers = std::make_unique<Ui::PeerListModel>();
    m_peers->setRegistry(m_registry.get());
    m_transfers = std::make_unique<Ui::TransferListModel>();
    m_transfers->setService(m_desk->service.get());
    m_sources = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sources->isValid());
}

void TestSendToDialog::cleanup()
{
    m_transfers.reset();
    m_peers.reset();
    m_registry.reset();
    m_desk.reset();
    m_laptop.reset();
    m_phone.reset();
    m_sources.reset();
}

void TestSendToDialog::linkAll()
{
    QVERIFY(Test::linkPeers(*m_desk, *m_laptop));
    QVERIFY(Test::linkPeers(*m_desk, *m_phone));
    QTRY_COMPARE_WITH_TIMEOUT(m_peers->rowCount(), 2, kWaitMs);
}

QModelIndex TestSendToDialog::rowOf(const SpacedropPeer &peer) const
{
    return m_peers->index(m_peers->rowOf(peer.id()), 0);
}

void TestSendToDialog::clickRow(QListView *list, const SpacedropPeer &peer)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rowOf(peer)).center());
}

QStringList TestSendToDialog::writeSources()
{
    const QString report = m_sources->filePath(QStringLiteral("report.pdf"));
    const QString holiday = m_sources->filePath(QStringLiteral("Holiday"));
    if (!Test::writeFile(report, 100'000, 1)
        || !Test::writeFile(holiday + QStringLiteral("/a.jpg"), 300'000, 2))
        return {};
    return {report, holiday};
}

Ui::SendToDialog *TestSendToDialog::openedDialog(Ui::MainWindow &window) const
{
    const QList<Ui::SendToDialog *> dialogs = window.findChildren<Ui::SendToDialog *>();
    return dialogs.size() == 1 ? dialogs.first() : nullptr;
}

void TestSendToDialog::listsNearbyDevicesAndSummarisesTheFiles()
{
    linkAll();
    const QStringList paths = writeSources();
    QCOMPARE(paths.size(), 2);
    Ui::SendToDialog dialog(m_peers.get(), paths);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QListView *list = dialog.deviceList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names << list->model()->index(row, 0).data(Ui::PeerListModel::NameRole).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("laptop"), QStringLiteral("phone")}));
    QCOMPARE(dialog.summary(), QStringLiteral("report.pdf + 1 more"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sendToTitle"))
                ->text()
                .contains(QStringLiteral("report.pdf + 1 more")));
    QCOMPARE(dialog.paths(), paths);
    QVERIFY(dialog.missingPaths().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("missingNote")));
    // Two devices: none is chosen for the user, so Send waits for a choice.
    QVERIFY(dialog.selectedDevices().isEmpty());
    QVERIFY(!dialog.sendButton()->isEnabled());
    QCOMPARE(list->selectionMode(), QAbstractItemView::MultiSelection);
    // The button says how many devices get the files.
    clickRow(list, *m_laptop);
    clickRow(list, *m_phone);
    QCOMPARE(dialog.sendButton()->text(), QStringLiteral("&Send to 2 Device(s)"));
    clickRow(list, *m_phone); // a second click deselects
    QCOMPARE(dialog.selectedDevices(), Devices{m_laptop->id()});
    QVERIFY(dialog.sendButton()->isEnabled());
    QCOMPARE(Test::unnamedFocusableWidgets(&dialog), QStringList());
    QVERIFY(!list->accessibleDescription().isEmpty());
}

void TestSendToDialog::sendGoesToEveryChosenDevice()
{
    linkAll();
    const QStringList paths = writeSources();
    QCOMPARE(paths.size(), 2);
    Ui::MainWindow window(m_peers.get(), m_transfers.get());
    window.setSpacedrop(m_desk->service.get());
    QSignalSpy laptopAsked(m_laptop->service.get(), &Net::SpacedropService::requestReceived);
    QSignalSpy phoneAsked(m_phone->service.get(), &Net::SpacedropService::requestReceived);

    window.offerToSend(paths);
    QVERIFY(window.isVisible());
    Ui::SendToDialog *dialog = openedDialog(window);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickRow(dialog->deviceList(), *m_laptop);
    clickRow(dialog->deviceList(), *m_phone);
    QCOMPARE(dialog->selectedDevices().size(), 2);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(laptopAsked.size(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(phoneAsked.size(), 1, kWaitMs);
    for (QSignalSpy *asked : {&laptopAsked, &phoneAsked}) {
        const auto request = asked->first().first().value<Net::IncomingRequest>();
        QCOMPARE(request.sender, m_desk->id());
        QCOMPARE(request.fileCount, 2);
        QCOMPARE(request.totalBytes, quint64(400'000));
    }
    // One transfer per device, and the dialog is gone.
    QCOMPARE(m_desk->service->transfers().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!openedDialog(window), kWaitMs);

    // What arrives is what was sent.
    const auto request = laptopAsked.first().first().value<Net::IncomingRequest>();
    QVERIFY(m_laptop->service->acceptRequest(request.id));
    QVERIFY(Test::waitForState(*m_laptop, request.id, Net::TransferState::Completed));
    QVERIFY(Test::sameTree(m_sources->path(), m_laptop->downloadsPath()));
}

void TestSendToDialog::cancelSendsNothing()
{
    linkAll();
    const QStringList paths = writeSources();
    QCOMPARE(paths.size(), 2);
    Ui::MainWindow window(m_peers.get(), m_transfers.get());
    window.setSpacedrop(m_desk->service.get());
    QSignalSpy laptopAsked(m_laptop->service.get(), &Net::SpacedropService::requestReceived);
    QSignalSpy phoneAsked(m_phone->service.get(), &Net::SpacedropService::requestReceived);

    window.offerToSend(paths);
    Ui::SendToDialog *dialog = openedDialog(window);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickRow(dialog->deviceList(), *m_laptop);
    clickRow(dialog->deviceList(), *m_phone);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!openedDialog(window), kWaitMs);
    QCOMPARE(m_desk->service->transfers().size(), 0);

    // Had the cancelled dialog sent anything, it would reach the laptop before this later send.
    window.offerToSend({paths.first()});
    dialog = openedDialog(window);
    QVERIFY(dialog);
    clickRow(dialog->deviceList(), *m_laptop);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(laptopAsked.size(), 1, kWaitMs);
    QCOMPARE(laptopAsked.first().first().value<Net::IncomingRequest>().fileCount, 1);
    QCOMPARE(phoneAsked.size(), 0);
    QCOMPARE(m_desk->service->transfers().size(), 1);
}

void TestSendToDialog::deviceFoundLaterShowsUp()
{
    QCOMPARE(m_peers->rowCount(), 0);
    const QStringList paths = writeSources();
    QCOMPARE(paths.size(), 2);
    Ui::SendToDialog dialog(m_peers.get(), paths);
    Devices sent;
    connect(&dialog, &Ui::SendToDialog::sendRequested, this,
            [&sent](const Devices &devices) { sent = devices; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *empty = dialog.findChild<QLabel *>(QStringLiteral("noDevicesLabel"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No device found yet")));
    QVERIFY(!dialog.deviceList()->isVisible());
    QVERIFY(!dialog.sendButton()->isEnabled());

    // The laptop is found while the dialog is open: listed, and, being the only one, chosen.
    QVERIFY(Test::linkPeers(*m_desk, *m_laptop));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.deviceList()->isVisible(), kWaitMs);
    QVERIFY(!empty->isVisible());
    QCOMPARE(dialog.selectedDevices(), Devices{m_laptop->id()});
    QVERIFY(dialog.sendButton()->isEnabled());

    // A second one joins the list without being chosen for the user.
    QVERIFY(Test::linkPeers(*m_desk, *m_phone));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.deviceList()->model()->rowCount(), 2, kWaitMs);
    QCOMPARE(dialog.selectedDevices(), Devices{m_laptop->id()});
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QCOMPARE(sent, Devices{m_laptop->id()});
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSendToDialog::keyboardAloneChoosesAndSends()
{
    linkAll();
    const QStringList paths = writeSources();
    QCOMPARE(paths.size(), 2);
    Ui::SendToDialog dialog(m_peers.get(), paths);
    Devices sent;
    QStringList sentPaths;
    connect(&dialog, &Ui::SendToDialog::sendRequested, this,
            [&](const Devices &devices, const QStringList &what) {
                sent = devices;
                sentPaths = what;
            });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListView *list = dialog.deviceList();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    // Tab reaches the list and the buttons.
    const QStringList chain = Test::tabChain(list, 4);
    QVERIFY2(chain.contains(QStringLiteral("sendToDeviceList"))
                 && chain.contains(QStringLiteral("cancelButton")),
             qPrintable(chain.join(QLatin1Char(' '))));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    // The current device is the first; Space chooses it, Down moves on without choosing, Space
    // chooses the second, Enter sends.
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(dialog.selectedDevices().size(), 1);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog.selectedDevices().size(), 1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(dialog.selectedDevices().size(), 2);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QSet<Net::RemoteIdentity>(sent.cbegin(), sent.cend()),
             (QSet<Net::RemoteIdentity>{m_laptop->id(), m_phone->id()}));
    QCOMPARE(sentPaths, paths);

    // Escape cancels, and sends nothing.
    Ui::SendToDialog other(m_peers.get(), paths);
    bool sentAgain = false;
    connect(&other, &Ui::SendToDialog::sendRequested, this, [&sentAgain] { sentAgain = true; });
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.deviceList()->setFocus();
    QTest::keyClick(other.deviceList(), Qt::Key_Space);
    QTest::keyClick(other.deviceList(), Qt::Key_Escape);
    QCOMPARE(other.result(), int(QDialog::Rejected));
    QVERIFY(!other.isVisible());
    QVERIFY(!sentAgain);
}

void TestSendToDialog::missingFilesAreNamedAndLeftOut()
{
    linkAll();
    const QStringList paths = writeSources();
    QCOMPARE(paths.size(), 2);
    const QString gone = m_sources->filePath(QStringLiteral("gone.txt"));
    Ui::SendToDialog dialog(m_peers.get(), {gone, paths.first()});
    QCOMPARE(dialog.paths(), QStringList{paths.first()});
    QCOMPARE(dialog.missingPaths(), QStringList{gone});
    QCOMPARE(dialog.summary(), QStringLiteral("report.pdf"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("missingNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("gone.txt")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("will not be sent")), qPrintable(note->text()));
    Devices sent;
    QStringList sentPaths;
    connect(&dialog, &Ui::SendToDialog::sendRequested, this,
            [&](const Devices &devices, const QStringList &what) {
                sent = devices;
                sentPaths = what;
            });
    clickRow(dialog.deviceList(), *m_laptop);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QCOMPARE(sent, Devices{m_laptop->id()});
    QCOMPARE(sentPaths, QStringList{paths.first()});

    // Nothing that exists: nothing can be sent, whatever is chosen.
    QStringList missing;
    for (int i = 0; i < 5; ++i)
        missing << m_sources->filePath(QStringLiteral("gone %1.txt").arg(i));
    Ui::SendToDialog none(m_peers.get(), missing);
    none.show();
    QVERIFY(QTest::qWaitForWindowExposed(&none));
    const QString text = none.findChild<QLabel *>(QStringLiteral("missingNote"))->text();
    QVERIFY2(text.contains(QStringLiteral("gone 0.txt")) && text.contains(QStringLiteral("2 more")),
             qPrintable(text));
    clickRow(none.deviceList(), *m_laptop);
    QCOMPARE(none.selectedDevices().size(), 1);
    QVERIFY(!none.sendButton()->isEnabled());
    QVERIFY(none.paths().isEmpty());
}

QTEST_MAIN(TestSendToDialog)
#include "tst_sendtodialog.moc"
