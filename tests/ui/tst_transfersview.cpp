// The transfers panel's row actions on real transfers between two nodes: pause, resume, cancel,
// retry, open folder, show file and remove change the service's state (and the other side's),
// and are enabled only when the row can do them.
#include "tests/support/spacedroppeer.h"
#include "ui/models/transferlistmodel.h"
#include "ui/transferrowmodel.h"
#include "ui/transfersview.h"

#include <QAction>
#include <QDBusConnection>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

namespace {

// Stands in for the desktop's file manager: records what it was asked to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

constexpr qint64 kBigFile = 48 << 20; // long enough on loopback to be caught running

} // namespace

// Stands in for the desktop's file manager on the session bus.
class FakeFileManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")
public:
    QStringList shown;
public Q_SLOTS:
    void ShowItems(const QStringList &uris, const QString &startupId)
    {
        Q_UNUSED(startupId)
        shown << uris;
    }
};

class TestTransfersView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyListDisablesEverything();
    void pauseAndResumeDriveTheService();
    void cancelWithTheKeyboardStopsBothSides();
    void retryAfterInterruptionCompletes();
    void openFolderShowFileAndRemove();
    void narrowViewShowsIconsOnly();

private:
    // Sends the big file and pauses it from the view as soon as it runs.
    QUuid sendAndPauseWhenRunning(Ui::TransfersView &view);
    QToolButton *button(Ui::TransfersView &view, const char *name);
    QAction *action(Ui::TransfersView &view, const char *name);

    std::unique_ptr<SpacedropPeer> m_a;
    std::unique_ptr<SpacedropPeer> m_b;
    std::unique_ptr<QTemporaryDir> m_sources;
    std::unique_ptr<Ui::TransferListModel> m_model;
};

void TestTransfersView::init()
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    // The retry under test is the user's, not the automatic one.
    config.spacedropRetryMin = Net::Milliseconds{60'000};
    config.spacedropRetryMax = Net::Milliseconds{60'000};
    m_a = std::make_unique<SpacedropPeer>(QStringLiteral("desk"), config);
    m_b = std::make_unique<SpacedropPeer>(QStringLiteral("laptop"), config);
    m_sources = std::make_unique<QTemporaryDir>();
    QVERIFY(Test::linkPeers(*m_a, *m_b));
    Net::SpacedropService *receiver = m_b->service.get();
    connect(
        receiver, &Net::SpacedropService::requestReceived, receiver,
        [receiver](const Net::IncomingRequest &request) { receiver->acceptRequest(request.id); });
    m_model = std::make_unique<Ui::TransferListModel>();
    m_model->setService(m_a->service.get());
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("big.bin")), kBigFile, 7));
}

void TestTransfersView::cleanup()
{
    m_model.reset();
    m_a.reset();
    m_b.reset();
    m_sources.reset();
}

QToolButton *TestTransfersView::button(Ui::TransfersView &view, const char *name)
{
    return view.findChild<QToolButton *>(QLatin1String(name));
}

QAction *TestTransfersView::action(Ui::TransfersView &view, const char *name)
{
    return view.findChild<QAction *>(QLatin1String(name));
}

QUuid TestTransfersView::sendAndPauseWhenRunning(Ui::TransfersView &view)
{
    auto id = std::make_shared<QUuid>();
    auto paused = std::make_shared<bool>(false);
    QToolButton *pause = button(view, "pauseButton");
    // Paused from the very signal that says it runs, so it cannot finish first.
    connect(m_a->service.get(), &Net::SpacedropService::transferChanged, &view,
            [&view, id, paused, pause](const Net::TransferInfo &info) {
                if (*paused || info.id != *id || info.state != TransferState::Running)
                    return;
                *paused = true;
                view.selectTransfer(info.id);
                QVERIFY(pause->isEnabled());
                QTest::mouseClick(pause, Qt::LeftButton);
            });
    *id = m_a->service->sendFiles(m_b->id(), QStringLiteral("laptop"),
                                  {m_sources->filePath(QStringLiteral("big.bin"))});
    if (!Test::waitForState(*m_a, *id, TransferState::Paused))
        return {};
    return *id;
}

void TestTransfersView::emptyListDisablesEverything()
{
    Ui::TransfersView view(m_model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.currentId().isNull());
    for (const char *name : {"pauseButton", "resumeButton", "cancelButton", "retryButton",
                             "openFolderButton", "showFileButton", "clearFinishedButton"}) {
        QToolButton *b = button(view, name);
        QVERIFY2(b, name);
        QVERIFY2(!b->isEnabled(), name);
        QVERIFY2(!b->accessibleName().isEmpty(), name);
        QCOMPARE(b->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    }
    auto *empty = view.findChild<QLabel *>();
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!view.list()->isVisible());
}

void TestTransfersView::pauseAndResumeDriveTheService()
{
    Ui::TransfersView view(m_model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUuid id = sendAndPauseWhenRunning(view);
    QVERIFY(!id.isNull());
    QCOMPARE(view.currentId(), id);
    QVERIFY(m_a->info(id).pausedHere);
    QTRY_VERIFY(m_b->info(id).pausedByPeer);
    // The row says so, and offers resume instead of pause.
    QTRY_VERIFY(Ui::TransferRowModel::status(view.list()->currentIndex())
                    .startsWith(QStringLiteral("Paused")));
    QTRY_VERIFY(button(view, "resumeButton")->isEnabled());
    QVERIFY(!button(view, "pauseButton")->isEnabled());
    QVERIFY(button(view, "cancelButton")->isEnabled());
    QVERIFY(view.list()
                ->currentIndex()
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("big.bin")));

    QTest::mouseClick(button(view, "resumeButton"), Qt::LeftButton);
    QVERIFY(!m_a->info(id).pausedHere);
    QVERIFY(Test::waitForState(*m_a, id, TransferState::Completed, 30'000));
    QVERIFY(Test::waitForState(*m_b, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_sources->path(), m_b->downloadsPath()));
    QTRY_VERIFY(!button(view, "cancelButton")->isEnabled());
    QTRY_VERIFY(Ui::TransferRowModel::status(view.list()->currentIndex())
                    .startsWith(QStringLiteral("Done")));
}

void TestTransfersView::cancelWithTheKeyboardStopsBothSides()
{
    Ui::TransfersView view(m_model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUuid id = sendAndPauseWhenRunning(view);
    QVERIFY(!id.isNull());
    view.activateWindow();
    view.list()->setFocus();
    QTRY_VERIFY(view.list()->hasFocus());
    QTRY_VERIFY(action(view, "cancelAction")->isEnabled());
    QTest::keyClick(view.list(), Qt::Key_Delete);
    QVERIFY(Test::waitForState(*m_a, id, TransferState::Cancelled));
    QVERIFY(Test::waitForState(*m_b, id, TransferState::Cancelled));
    // Nothing half-received is left behind.
    QVERIFY(Test::listTree(m_b->downloadsPath()).isEmpty());
    // Shift+Delete removes the finished row, from the list and the service.
    QTRY_VERIFY(action(view, "removeAction")->isEnabled());
    QTest::keyClick(view.list(), Qt::Key_Delete, Qt::ShiftModifier);
    QTRY_COMPARE(m_model->rowOf(id), -1);
    QVERIFY(!m_a->service->transfer(id));
}

void TestTransfersView::retryAfterInterruptionCompletes()
{
    Ui::TransfersView view(m_model.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUuid id = sendAndPauseWhenRunning(view);
    QVERIFY(!id.isNull());
    m_a->node->disconnectPeer(m_b->id());
    QVERIFY(Test::waitForState(*m_a, id, TransferState::Interrupted));
    QTRY_VERIFY(button(view, "retryButton")->isEnabled());
    QVERIFY(Ui::TransferRowModel::status(view.list()->currentIndex())
                .startsWith(QStringLiteral("Interrupted")));
    // The tooltip says until when it is kept: 7 days (the default) from the interruption.
    const qint64 giveUp = m_a->info(id).giveUpAtMs;
    QCOMPARE(giveUp, m_a->info(id).interruptedSinceMs + 7LL * 24 * 3600 * 1000);
    const QString date
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(giveUp), QLocale::ShortFormat);
    QTRY_VERIFY(view.list()
                    ->currentIndex()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral(
                                  "If the device cannot be reached by %1, the transfer is given up")
                                  .arg(date)));
    QTest::mouseClick(button(view, "retryButton"), Qt::LeftButton);
    // A retried send may still be paused here: resume it if so, as a person would.
    QTRY_VERIFY_WITH_TIMEOUT(m_a->info(id).state != TransferState::Interrupted, 10'000);
    if (m_a->info(id).pausedHere) {
        QTRY_VERIFY(button(view, "resumeButton")->isEnabled());
        QTest::mouseClick(button(view, "resumeButton"), Qt::LeftButton);
    }
    QVERIFY(Test::waitForState(*m_a, id, TransferState::Completed, 30'000));
    QVERIFY(Test::sameTree(m_sources->path(), m_b->downloadsPath()));
}

void TestTransfersView::openFolderShowFileAndRemove()
{
    QVERIFY(Test::writeFile(m_sources->filePath(QStringLiteral("small.txt")), 300, 3));
    Ui::TransferListModel received;
    received.setService(m_b->service.get());
    Ui::TransfersView view(&received);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUuid id = m_a->service->sendFiles(m_b->id(), QStringLiteral("laptop"),
                                             {m_sources->filePath(QStringLiteral("small.txt"))});
    QVERIFY(Test::waitForState(*m_b, id, TransferState::Completed));
    QVERIFY(view.selectTransfer(id));
    QTRY_VERIFY(button(view, "showFileButton")->isEnabled());
    QVERIFY(button(view, "openFolderButton")->isEnabled());

    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    QTest::mouseClick(button(view, "openFolderButton"), Qt::LeftButton);
    // No file manager on this test's bus: "show file" opens the folder, never the file.
    QTest::mouseClick(button(view, "showFileButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.opened.size(), 2, 10'000);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(QDir(recorder.opened.at(0).toLocalFile()), QDir(m_b->downloadsPath()));
    QCOMPARE(QDir(recorder.opened.at(1).toLocalFile()), QDir(m_b->downloadsPath()));

    // With a file manager (FileManager1 on the session bus), it is asked to select the file.
    FakeFileManager fileManager;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the tests run with a session bus (scripts/in-sandbox.sh)");
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/FileManager1"), &fileManager,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.FileManager1")));
    QTest::mouseClick(button(view, "showFileButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fileManager.shown.size(), 1, 10'000);
    QCOMPARE(fileManager.shown.first(),
             QUrl::fromLocalFile(QDir(m_b->downloadsPath()).filePath(QStringLiteral("small.txt")))
                 .toString());
    bus.unregisterService(QStringLiteral("org.freedesktop.FileManager1"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/FileManager1"));
    QCOMPARE(recorder.opened.size(), 2); // nothing opened besides

    QVERIFY(button(view, "clearFinishedButton")->isEnabled());
    QVERIFY(!button(view, "retryButton")->isEnabled());
    action(view, "removeAction")->trigger();
    QCOMPARE(received.rowOf(id), -1);
    QVERIFY(!m_b->service->transfer(id));
    // The received file itself stays.
    QVERIFY(QFile::exists(QDir(m_b->downloadsPath()).filePath(QStringLiteral("small.txt"))));
}

// A long language (German) must not make the button row widen the window: when the text does
// not fit, the buttons show icons only (their text stays in tooltips and accessible names).
void TestTransfersView::narrowViewShowsIconsOnly()
{
    Ui::TransfersView view(m_model.get());
    view.resize(1200, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QToolButton *pause = button(view, "pauseButton");
    QTRY_COMPARE(pause->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    view.resize(320, 300);
    QTRY_COMPARE(pause->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QCOMPARE(view.width(), 320); // the row did not hold the view wider
    QVERIFY(!pause->accessibleName().isEmpty());
    QVERIFY(!pause->toolTip().isEmpty());
    view.resize(1200, 300);
    QTRY_COMPARE(pause->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

QTEST_MAIN(TestTransfersView)
#include "tst_transfersview.moc"
