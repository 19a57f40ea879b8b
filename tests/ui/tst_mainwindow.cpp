// Ferry's window with real nodes: the empty state names what to check, the status line and the
// warning banner follow the node, incoming requests are prompted (or wait while the window is
// hidden), closing without a tray quits (saying nothing is lost), and everything is reachable
// from the keyboard with names for screen readers.
//
// With FERRY_SCREENSHOT_DIR set, screenshots() also writes PNGs of the window and dialogs there.
#include "app/gui/translations.h"
#include "net/peerregistry.h"
#include "tests/support/accessiblecheck.h"
#include "tests/support/registryfeed.h"
#include "tests/support/spacedroppeer.h"
#include "ui/devicelistview.h"
#include "ui/devicepanel.h"
#include "ui/mainwindow.h"
#include "ui/models/peerlistmodel.h"
#include "ui/models/transferlistmodel.h"
#include "ui/nodeviceshint.h"
#include "ui/requestdialog.h"
#include "ui/requestprompter.h"
#include "ui/settingsdialog.h"
#include "ui/transfersview.h"
#include "ui/traycontroller.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateNamesWhatToCheck();
    void networkingOffOffersToTurnItOn();
    void statusLineAndKeychainBanner();
    void closingWithoutTrayQuits();
    void closingWithUnfinishedTransfersSaysNothingIsLost();
    void requestIsPromptedOrWaitsWhileHidden();
    void transferEndIsAnnounced();
    void settingsGoOutAsARequest();
    void keyboardReachesEverythingWithNames();
    void trayKeepsFerryRunningAndNotifies();
    void bundledIconsRender();
    void screenshots();

private:
    Ui::NodeStatus statusOf(const SpacedropPeer &peer) const;
    void makeWindow(bool withRegistry);
    QUuid laptopSends(const QString &name, qint64 size);

    std::unique_ptr<SpacedropPeer> m_desk;
    std::unique_ptr<SpacedropPeer> m_laptop;
    std::unique_ptr<Net::PeerRegistry> m_registry;
    std::unique_ptr<Ui::PeerListModel> m_peers;
    std::unique_ptr<Ui::TransferListModel> m_transfers;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_sources;
};

void TestMainWindow::init()
{
    m_desk = std::make_unique<SpacedropPeer>(QStringLiteral("desk"));
    m_laptop = std::make_unique<SpacedropPeer>(QStringLiteral("laptop"));
    m_sources = std::make_unique<QTemporaryDir>();
    QVERIFY(Test::linkPeers(*m_desk, *m_laptop));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_transfers.reset();
    m_peers.reset();
    m_registry.reset();
    m_desk.reset();
    m_laptop.reset();
    m_sources.reset();
}

Ui::NodeStatus TestMainWindow::statusOf(const SpacedropPeer &peer) const
{
    Ui::NodeStatus status;
    status.running = true;
    status.deviceName = peer.name;
    status.identity = peer.id();
    status.port = peer.node->port();
    status.keyStorage.location = QStringLiteral("Secret Service keychain");
    return status;
}

void TestMainWindow::makeWindow(bool withRegistry)
{
    m_peers = std::make_unique<Ui::PeerListModel>();
    if (withRegistry) {
        m_registry = std::make_unique<Net::PeerRegistry>(m_desk->id());
        Test::feedRegistry(*m_registry, *m_desk->node);
        m_peers->setRegistry(m_registry.get());
    }
    m_transfers = std::make_unique<Ui::TransferListModel>();
    m_transfers->setService(m_desk->service.get());
    m_window = std::make_unique<Ui::MainWindow>(m_peers.get(), m_transfers.get());
    m_window->setSettings(Ui::AppSettings{});
    m_window->setNodeStatus(statusOf(*m_desk));
    m_window->setSpacedrop(m_desk->service.get());
}

QUuid TestMainWindow::laptopSends(const QString &name, qint64 size)
{
    const QString path = m_sources->filePath(name);
    if (!Test::writeFile(path, size, 5))
        return {};
    return m_laptop->service->sendFiles(m_desk->id(), QStringLiteral("desk"), {path});
}

void TestMainWindow::emptyStateNamesWhatToCheck()
{
    makeWindow(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *hint = m_window->findChild<Ui::NoDevicesHint *>();
    QVERIFY(hint->isVisible());
    QVERIFY(!m_window->deviceList()->isVisible());
    const QString port = QString::number(m_desk->node->port());
    QVERIFY(hint->body().contains(QStringLiteral("TCP port %1").arg(port)));
    QVERIFY(hint->body().contains(QStringLiteral("UDP port 47474")));
    QVERIFY(hint->body().contains(QStringLiteral("same network")));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("sendFilesAction"))->isEnabled());
}

void TestMainWindow::networkingOffOffersToTurnItOn()
{
    makeWindow(false);
    Ui::AppSettings off;
    off.networkingEnabled = false;
    off.deviceName = QStringLiteral("desk");
    m_window->setSettings(off);
    m_window->setSpacedrop(nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *hint = m_window->findChild<Ui::NoDevicesHint *>();
    QCOMPARE(hint->title(), QStringLiteral("Networking is off"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("networkLabel"))->text(),
             QStringLiteral("Networking off"));
    QSignalSpy wanted(m_window.get(), &Ui::MainWindow::settingsChangeRequested);
    QPushButton *turnOn = nullptr;
    for (QPushButton *b : hint->findChildren<QPushButton *>()) {
        if (b->isVisible())
            turnOn = b;
    }
    QVERIFY(turnOn);
    turnOn->click();
    QCOMPARE(wanted.size(), 1);
    const auto asked = wanted.first().first().value<Ui::AppSettings>();
    QVERIFY(asked.networkingEnabled);
    QCOMPARE(asked.deviceName, QStringLiteral("desk")); // the rest unchanged
}

void TestMainWindow::statusLineAndKeychainBanner()
{
    makeWindow(false);
    m_window->show();
    const auto label = [this](const char *name) {
        return m_window->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY(label("thisDeviceLabel").contains(QStringLiteral("desk")));
    QVERIFY(label("thisDeviceLabel").contains(m_desk->id().shortText()));
    QVERIFY(label("portLabel").contains(QString::number(m_desk->node->port())));
    QCOMPARE(label("networkLabel"), QStringLiteral("Networking on"));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("warningBanner"));
    QVERIFY(!banner->isVisible());

    Ui::NodeStatus fallback = statusOf(*m_desk);
    fallback.keyStorage.where = Net::KeyStorage::Where::FallbackFile;
    fallback.keyStorage.warning = QStringLiteral("no Secret Service on the session bus");
    m_window->setNodeStatus(fallback);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("no Secret Service")));

    Ui::NodeStatus failed = statusOf(*m_desk);
    failed.running = false;
    failed.error = QStringLiteral("port 47474 is taken");
    m_window->setNodeStatus(failed);
    QVERIFY(banner->text().contains(QStringLiteral("port 47474 is taken")));
    QCOMPARE(label("networkLabel"), QStringLiteral("Network error"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("portLabel"))->isHidden());
}

void TestMainWindow::closingWithoutTrayQuits()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("this display has a system tray");
    makeWindow(true);
    Ui::TrayController tray(m_window.get(), m_peers.get());
    QVERIFY(!tray.available()); // offscreen has no tray
    QVERIFY(!tray.keepsRunning());
    m_window->show();
    QSignalSpy quit(m_window.get(), &Ui::MainWindow::quitRequested);
    m_window->close();
    QCOMPARE(quit.size(), 1);
    // Once quitting, the window may close for real.
    QVERIFY(m_window->close());
}

void TestMainWindow::closingWithUnfinishedTransfersSaysNothingIsLost()
{
    makeWindow(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy asked(m_laptop->service.get(), &Net::SpacedropService::requestReceived);
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("a.bin")), 100));
    const QUuid id = m_desk->service->sendFiles(m_laptop->id(), QStringLiteral("laptop"),
                                                {m_sources->filePath(QStringLiteral("a.bin"))});
    QVERIFY(asked.wait());
    QSignalSpy quit(m_window.get(), &Ui::MainWindow::quitRequested);

    QVERIFY(!m_window->close());
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QTRY_VERIFY(box && box->isVisible());
    QVERIFY(box->informativeText().contains(QStringLiteral("Nothing is lost")));
    QCOMPARE(quit.size(), 0);
    // "Keep running": nothing happens, the window stays.
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::RejectRole)
            b->click();
    }
    QCOMPARE(quit.size(), 0);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_desk->info(id).state, TransferState::WaitingForAnswer);

    QVERIFY(!m_window->close());
    QPushButton *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QPushButton *>(QStringLiteral("confirmQuitButton")))
                && confirm->isVisible());
    confirm->click();
    QCOMPARE(quit.size(), 1);
}

void TestMainWindow::requestIsPromptedOrWaitsWhileHidden()
{
    makeWindow(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy arrived(m_window.get(), &Ui::MainWindow::requestArrived);

    const QUuid first = laptopSends(QStringLiteral("first.bin"), 1000);
    QVERIFY(arrived.wait());
    QCOMPARE(arrived.last().at(1).toBool(), true);
    Ui::RequestDialog *dialog = m_window->prompter()->dialogFor(first);
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QVERIFY(Test::waitForState(*m_laptop, first, TransferState::Completed));

    // Without a tray nothing would lead to a held prompt: it shows even while hidden.
    m_window->hide();
    const QUuid early = laptopSends(QStringLiteral("early.bin"), 2000);
    QVERIFY(arrived.wait());
    QCOMPARE(arrived.last().at(1).toBool(), true);
    dialog = m_window->prompter()->dialogFor(early);
    QVERIFY(dialog && dialog->isVisible());
    dialog->reject();

    // With a tray (what TrayController sets), it waits for the window.
    m_window->prompter()->setHoldWhileHidden(true);
    const QUuid second = laptopSends(QStringLiteral("second.bin"), 2000);
    QVERIFY(arrived.wait());
    QCOMPARE(arrived.last().at(1).toBool(), false);
    dialog = m_window->prompter()->dialogFor(second);
    QVERIFY(dialog && !dialog->isVisible());
    m_window->showAndRaise();
    QVERIFY(dialog->isVisible());
    dialog->findChild<QPushButton *>(QStringLiteral("rejectButton"))->click();
    QVERIFY(Test::waitForState(*m_laptop, second, TransferState::Declined));

    // A prompt nobody saw goes away with its request.
    m_window->hide();
    const QUuid third = laptopSends(QStringLiteral("third.bin"), 10);
    QVERIFY(arrived.wait());
    QPointer<Ui::RequestDialog> unseen = m_window->prompter()->dialogFor(third);
    QVERIFY(unseen);
    QVERIFY(m_desk->service->declineRequest(third));
    QTRY_VERIFY(!unseen);
}

void TestMainWindow::transferEndIsAnnounced()
{
    makeWindow(true);
    m_window->show();
    QSignalSpy ended(m_window.get(), &Ui::MainWindow::transferEnded);
    connect(m_desk->service.get(), &Net::SpacedropService::requestReceived, this,
            [this](const Net::IncomingRequest &r) { m_desk->service->acceptRequest(r.id); });
    const QUuid id = laptopSends(QStringLiteral("a.bin"), 5000);
    QVERIFY(Test::waitForState(*m_desk, id, TransferState::Completed));
    QTRY_COMPARE(ended.size(), 1);
    const auto info = ended.first().first().value<Net::TransferInfo>();
    QCOMPARE(info.id, id);
    QCOMPARE(info.state, TransferState::Completed);
}

void TestMainWindow::settingsGoOutAsARequest()
{
    makeWindow(false);
    m_window->show();
    QSignalSpy wanted(m_window.get(), &Ui::MainWindow::settingsChangeRequested);
    m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    Ui::SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<Ui::SettingsDialog *>()) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))
        ->setText(QStringLiteral("den"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.first().first().value<Ui::AppSettings>().deviceName, QStringLiteral("den"));
    // The window shows what it is told, not what it asked for.
    QCOMPARE(m_window->settings().deviceName, QString());
}

void TestMainWindow::keyboardReachesEverythingWithNames()
{
    makeWindow(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_peers->rowCount(), 1);
    // A transfer, so that the transfers list and its buttons are there to reach.
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("a.bin")), 100));
    QVERIFY(m_window->sendPaths({m_laptop->id()}, {m_sources->filePath(QStringLiteral("a.bin"))}));
    QTRY_VERIFY(m_window->transfersView()->list()->isVisible());
    const QStringList unnamed = Test::unnamedFocusableWidgets(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // Alt+D (the label of the device list) focuses the devices; Tab goes on to the transfers.
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->deviceList());
    const QStringList chain = Test::tabChain(m_window.get());
    QVERIFY2(chain.contains(QStringLiteral("transferList")), qPrintable(chain.join(", ")));
    QVERIFY2(chain.contains(QStringLiteral("deviceList")), qPrintable(chain.join(", ")));
    QVERIFY2(chain.contains(QStringLiteral("clearFinishedButton")), qPrintable(chain.join(", ")));

    // Ctrl+O asks for files to send to the selected device.
    m_window->deviceList()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QFileDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<QFileDialog *>(QStringLiteral("sendFileDialog")))
                && picker->isVisible());
    QVERIFY(picker->windowTitle().contains(QStringLiteral("laptop")));
    picker->reject();

    // The shortcuts of the menus.
    const auto shortcut = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name))->shortcut();
    };
    QCOMPARE(shortcut("sendFilesAction"), QKeySequence(QStringLiteral("Ctrl+O")));
    QCOMPARE(shortcut("sendFolderAction"), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QCOMPARE(shortcut("quitAction"), QKeySequence(QStringLiteral("Ctrl+Q")));
    QCOMPARE(shortcut("settingsAction"), QKeySequence(QStringLiteral("Ctrl+,")));
}

void TestMainWindow::trayKeepsFerryRunningAndNotifies()
{
    // Needs a tray host (e.g. Xvfb with trayer, QT_QPA_PLATFORM=xcb); offscreen has none.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("no system tray on this display");
    makeWindow(true);
    Ui::TrayController tray(m_window.get(), m_peers.get());
    QVERIFY(tray.available());
    QTRY_VERIFY(tray.keepsRunning());
    QSignalSpy notified(&tray, &Ui::TrayController::notified);
    QSignalSpy quit(m_window.get(), &Ui::MainWindow::quitRequested);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // "Send files to" lists the device.
    auto *sendTo = tray.menu()->findChild<QMenu *>(QStringLiteral("sendToMenu"));
    QVERIFY(sendTo);
    emit sendTo->aboutToShow();
    QCOMPARE(sendTo->actions().size(), 1);
    QCOMPARE(sendTo->actions().first()->text(), QStringLiteral("laptop"));

    // Closing hides to the tray and says so once.
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.size(), 0);
    QCOMPARE(notified.size(), 1);

    // A request while hidden: a notification, whose click shows the window and the prompt.
    const QUuid id = laptopSends(QStringLiteral("a.bin"), 4000);
    QTRY_COMPARE(notified.size(), 2);
    QVERIFY(notified.last().first().toString().contains(QStringLiteral("laptop")));
    Ui::RequestDialog *dialog = m_window->prompter()->dialogFor(id);
    QVERIFY(dialog && !dialog->isVisible());
    emit tray.icon()->messageClicked();
    QVERIFY(m_window->isVisible());
    QVERIFY(dialog->isVisible());

    // The finished transfer is announced while the window is away.
    m_window->hide();
    dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QVERIFY(Test::waitForState(*m_desk, id, TransferState::Completed));
    QTRY_COMPARE(notified.size(), 3);
    QCOMPARE(notified.last().first().toString(), QStringLiteral("Files received"));

    // Without its icon (quitting), closing no longer hides to the tray.
    tray.hide();
    QVERIFY(!tray.keepsRunning());
    tray.icon()->show();
    QTRY_VERIFY(tray.keepsRunning());

    // Quit from the tray menu.
    const QList<QAction *> actions = tray.menu()->actions();
    actions.last()->trigger();
    QCOMPARE(quit.size(), 1);
}

void TestMainWindow::bundledIconsRender()
{
    // Fails when the SVG icon engine (libqt6svg6) is missing: every icon would be blank.
    const QStringList names = QDir(QStringLiteral(":/icons")).entryList();
    QVERIFY(names.size() >= 17);
    for (const QString &name : names) {
        const QImage image
            = QIcon(QStringLiteral(":/icons/") + name).pixmap(QSize(48, 48), 2.0).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        QCOMPARE(image.size(), QSize(96, 96));
        int painted = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        QVERIFY2(painted > 20, qPrintable(name));
    }
}

void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("FERRY_SCREENSHOT_DIR is not set");
    // FERRY_SCREENSHOT_LANG=de: the same pictures in that language (long German words must not
    // be cut off).
    if (const QString language = qEnvironmentVariable("FERRY_SCREENSHOT_LANG"); !language.isEmpty())
        QCOMPARE(App::Translations::install(language), language);
    const auto save = [&dir](QWidget *w, const QString &name) {
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    };
    // Every bundled icon at 32 px on a light and a dark background.
    const QStringList names = QDir(QStringLiteral(":/icons")).entryList();
    QImage sheet(int(names.size()) * 40 + 8, 2 * 40 + 8, QImage::Format_ARGB32);
    sheet.fill(QColor(0xf5, 0xf5, 0xf5));
    QPainter painter(&sheet);
    painter.fillRect(0, 44, sheet.width(), 44, QColor(0x2b, 0x2b, 0x2b));
    for (int i = 0; i < names.size(); ++i) {
        const QIcon icon(QStringLiteral(":/icons/") + names.at(i));
        icon.paint(&painter, QRect(8 + i * 40, 8, 32, 32));
        icon.paint(&painter, QRect(8 + i * 40, 50, 32, 32));
    }
    painter.end();
    QVERIFY(sheet.save(QDir(dir).filePath(QStringLiteral("ferry-icons.png"))));

    makeWindow(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    save(m_window.get(), QStringLiteral("ferry-empty.png"));

    makeWindow(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    connect(m_laptop->service.get(), &Net::SpacedropService::requestReceived, this,
            [this](const Net::IncomingRequest &r) { m_laptop->service->acceptRequest(r.id); });
    QVERIFY(
        Test::writeFile(m_sources->filePath(QStringLiteral("Holiday/IMG_0001.jpg")), 3'400'000));
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("report.pdf")), 250'000));
    QVERIFY(m_window->sendPaths({m_laptop->id()},
                                {m_sources->filePath(QStringLiteral("Holiday")),
                                 m_sources->filePath(QStringLiteral("report.pdf"))}));
    QTRY_VERIFY(m_desk->service->transfers().size() == 1
                && m_desk->service->transfers().first().state == TransferState::Completed);
    const QUuid incoming = laptopSends(QStringLiteral("notes.txt"), 12'000);
    Ui::RequestDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->prompter()->dialogFor(incoming)) && dialog->isVisible());
    dialog->resize(dialog->sizeHint().expandedTo(QSize(460, 0)));
    save(m_window.get(), QStringLiteral("ferry-main.png"));
    save(dialog, QStringLiteral("ferry-request.png"));
    m_window->openSettings();
    Ui::SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = m_window->findChild<Ui::SettingsDialog *>()) && settings->isVisible());
    save(settings, QStringLiteral("ferry-settings.png"));
    settings->reject();
    Ui::NodeStatus fallback = statusOf(*m_desk);
    fallback.keyStorage.where = Net::KeyStorage::Where::FallbackFile;
    fallback.keyStorage.location = QStringLiteral("file in ~/.local/share/Ferry (mode 0600)");
    fallback.keyStorage.warning = QStringLiteral("no Secret Service on the session bus");
    m_window->setNodeStatus(fallback);
    m_window->openAbout();
    QDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog")))
                && about->isVisible());
    save(about, QStringLiteral("ferry-about.png"));
    save(m_window.get(), QStringLiteral("ferry-main-warning.png"));

    // The same under a dark palette: nothing may assume a light background.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    QApplication::setPalette(dark);
    QTRY_COMPARE(m_window->palette().color(QPalette::Base), dark.color(QPalette::Base));
    QTRY_COMPARE(dialog->palette().color(QPalette::Base), dark.color(QPalette::Base));
    save(m_window.get(), QStringLiteral("ferry-main-dark.png"));
    save(dialog, QStringLiteral("ferry-request-dark.png"));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
