// The incoming-request prompt on real nodes: accepting into a folder the user picked puts the
// files there; rejecting tells the sender; a request answered elsewhere, timed out or withdrawn
// leaves a prompt that says so and can only be closed.
#include "net/operations/spacedrop/spacedropmessage.h"
#include "tests/support/spacedroppeer.h"
#include "ui/requestdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

class TestRequestDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsSenderEntriesSizesAndSpace();
    void acceptIntoChangedDestination();
    void changeButtonPicksTheFolder();
    void rejectTellsTheSender();
    void closingRejects();
    void answeredElsewhereShowsIt();
    void timeoutCountsDownAndShowsIt();
    void unusableDestinationKeepsThePromptOpen();
    void keyboardOnlyAnswers();

private:
    // a offers paths to b; returns b's request.
    Net::IncomingRequest offer(const QStringList &paths, QUuid *sent = nullptr);
    QString source(const QString &name) const { return m_sources->filePath(name); }

    std::unique_ptr<SpacedropPeer> m_a;
    std::unique_ptr<SpacedropPeer> m_b;
    std::unique_ptr<QTemporaryDir> m_sources;
};

void TestRequestDialog::init()
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.spacedropDecisionTimeout = Net::Milliseconds{20'000};
    m_a = std::make_unique<SpacedropPeer>(QStringLiteral("desk"), config);
    m_b = std::make_unique<SpacedropPeer>(QStringLiteral("laptop"), config);
    m_sources = std::make_unique<QTemporaryDir>();
    QVERIFY(Test::linkPeers(*m_a, *m_b));
}

void TestRequestDialog::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_sources.reset();
}

Net::IncomingRequest TestRequestDialog::offer(const QStringList &paths, QUuid *sent)
{
    QSignalSpy received(m_b->service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = m_a->service->sendFiles(m_b->id(), QStringLiteral("laptop"), paths);
    if (sent)
        *sent = id;
    if (!received.wait(10'000) && received.isEmpty())
        return {};
    return received.first().first().value<Net::IncomingRequest>();
}

void TestRequestDialog::showsSenderEntriesSizesAndSpace()
{
    QStringList paths;
    for (int i = 0; i < Ui::RequestDialog::kShownEntries + 3; ++i) {
        const QString path = source(QStringLiteral("photo %1.jpg").arg(i));
        QVERIFY(Test::writeFile(path, 1000 + i, i));
        paths << path;
    }
    QVERIFY(Test::writeFile(source(QStringLiteral("Album/inner/a.bin")), 2000));
    paths.prepend(source(QStringLiteral("Album")));
    const Net::IncomingRequest request = offer(paths);
    QVERIFY(!request.id.isNull());

    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto text = [&dialog](const char *name) {
        auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    };
    QVERIFY(text("titleLabel").contains(QStringLiteral("desk")));
    QVERIFY(text("identityLabel").contains(m_a->id().shortText()));
    auto *entries = dialog.findChild<QTreeWidget *>(QStringLiteral("entryList"));
    QVERIFY(entries);
    QCOMPARE(entries->topLevelItemCount(), Ui::RequestDialog::kShownEntries);
    // The folder is one row, with what it holds.
    QCOMPARE(entries->topLevelItem(0)->text(0), QStringLiteral("Album"));
    QVERIFY(entries->topLevelItem(0)->text(1).contains(QStringLiteral("2.0 kB")));
    QCOMPARE(text("moreLabel"), QStringLiteral("+ 4 more"));
    QVERIFY(text("totalLabel").contains(QStringLiteral("kB")));
    QVERIFY(text("totalLabel").contains(QStringLiteral("10 file")));
    QCOMPARE(dialog.destination(), QDir::cleanPath(m_b->downloadsPath()));
    QVERIFY(!text("freeSpaceLabel").isEmpty());
    QVERIFY(text("freeSpaceLabel") != QStringLiteral("unknown"));
    QVERIFY(text("countdownLabel").contains(QStringLiteral(" s")));
    QVERIFY(dialog.remainingSeconds() > 10);
    QVERIFY(dialog.isOpen());
    dialog.reject();
}

void TestRequestDialog::acceptIntoChangedDestination()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("Holiday/day 1/IMG_1.jpg")), 300'000, 3));
    QVERIFY(Test::writeFile(source(QStringLiteral("notes.txt")), 1234, 4));
    QUuid sent;
    const Net::IncomingRequest request
        = offer({source(QStringLiteral("Holiday")), source(QStringLiteral("notes.txt"))}, &sent);
    QVERIFY(!request.id.isNull());

    QTemporaryDir elsewhere;
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    dialog.setDestination(elsewhere.path());
    QSignalSpy answered(&dialog, &Ui::RequestDialog::answered);
    dialog.findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(1).toBool(), true);
    QVERIFY(!dialog.isVisible());
    QVERIFY(Test::waitForState(*m_b, request.id, TransferState::Completed));
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Completed));
    QVERIFY(Test::sameTree(m_sources->path(), elsewhere.path()));
    // Nothing went to the default folder.
    QVERIFY(Test::listTree(m_b->downloadsPath()).isEmpty());
}

void TestRequestDialog::changeButtonPicksTheFolder()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("one.bin")), 10, 1));
    const Net::IncomingRequest request = offer({source(QStringLiteral("one.bin"))});
    QVERIFY(!request.id.isNull());
    QTemporaryDir picked;
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QPushButton *>(QStringLiteral("changeDestinationButton"))->click();
    QFileDialog *picker = nullptr;
    QTRY_VERIFY((picker = dialog.findChild<QFileDialog *>()) && picker->isVisible());
    picker->setDirectory(picked.path());
    picker->selectFile(picked.path());
    // What the dialog's "Choose" button does.
    QMetaObject::invokeMethod(picker, "accept");
    QTRY_COMPARE(dialog.destination(), QDir::cleanPath(picked.path()));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->text(),
             QDir::toNativeSeparators(QDir::cleanPath(picked.path())));
    dialog.reject();
}

void TestRequestDialog::rejectTellsTheSender()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("secret.bin")), 5000, 2));
    QUuid sent;
    const Net::IncomingRequest request = offer({source(QStringLiteral("secret.bin"))}, &sent);
    QVERIFY(!request.id.isNull());
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("rejectButton"))->click();
    QVERIFY(!dialog.isVisible());
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Declined));
    QCOMPARE(m_a->info(sent).declineReason, int(Net::Spacedrop::DeclineReason::Declined));
    QVERIFY(m_b->service->pendingRequests().isEmpty());
    QVERIFY(Test::listTree(m_b->downloadsPath()).isEmpty());
}

void TestRequestDialog::closingRejects()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.bin")), 50, 2));
    QUuid sent;
    const Net::IncomingRequest request = offer({source(QStringLiteral("a.bin"))}, &sent);
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.close());
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Declined));
}

void TestRequestDialog::answeredElsewhereShowsIt()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.bin")), 50, 2));
    QUuid sent;
    const Net::IncomingRequest request = offer({source(QStringLiteral("a.bin"))}, &sent);
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    QSignalSpy closedElsewhere(&dialog, &Ui::RequestDialog::closedElsewhere);
    QVERIFY(m_b->service->acceptRequest(request.id));
    QCOMPARE(closedElsewhere.size(), 1);
    QVERIFY(!dialog.isOpen());
    QVERIFY(dialog.outcome().contains(QStringLiteral("accepted")));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("acceptButton"))->isHidden());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("rejectButton"))->isHidden());
    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close->isVisible());
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Completed));
    // Closing now must not decline what was accepted.
    close->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_b->info(request.id).state, TransferState::Completed);
}

void TestRequestDialog::timeoutCountsDownAndShowsIt()
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.spacedropDecisionTimeout = Net::Milliseconds{2'500};
    m_b = std::make_unique<SpacedropPeer>(QStringLiteral("laptop"), config);
    QVERIFY(Test::linkPeers(*m_a, *m_b));
    QVERIFY(Test::writeFile(source(QStringLiteral("a.bin")), 50, 2));
    QUuid sent;
    const Net::IncomingRequest request = offer({source(QStringLiteral("a.bin"))}, &sent);
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    auto *countdown = dialog.findChild<QLabel *>(QStringLiteral("countdownLabel"));
    QVERIFY(countdown->text().contains(QStringLiteral("3 s"))
            || countdown->text().contains(QStringLiteral("2 s")));
    QTRY_VERIFY(countdown->text().contains(QStringLiteral("1 s")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isOpen(), 5'000);
    QVERIFY(dialog.outcome().contains(QStringLiteral("in time")));
    QVERIFY(countdown->isHidden());
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Declined));
    QCOMPARE(m_a->info(sent).declineReason, int(Net::Spacedrop::DeclineReason::TimedOut));
}

void TestRequestDialog::unusableDestinationKeepsThePromptOpen()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.bin")), 50, 2));
    QUuid sent;
    const Net::IncomingRequest request = offer({source(QStringLiteral("a.bin"))}, &sent);
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    // A file where a folder should be: the service refuses, the prompt says why and stays.
    const QString notAFolder = source(QStringLiteral("a.bin"));
    dialog.setDestination(notAFolder);
    dialog.findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isOpen());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().startsWith(QStringLiteral("Could not accept")));
    QCOMPARE(m_b->service->pendingRequests().size(), 1);
    dialog.setDestination(m_b->downloadsPath());
    dialog.findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    QVERIFY(!dialog.isVisible());
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Completed));
}

void TestRequestDialog::keyboardOnlyAnswers()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.bin")), 50, 2));
    QUuid sent;
    const Net::IncomingRequest request = offer({source(QStringLiteral("a.bin"))}, &sent);
    Ui::RequestDialog dialog(m_b->service.get(), request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_VERIFY(dialog.isActiveWindow());
    // Enter alone must not take files from another device.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isOpen());
    QVERIFY(dialog.isVisible());
    // Every button is reachable with Tab and has a name a screen reader can say.
    QSet<QString> reached;
    for (int i = 0; i < 12; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (auto *button = qobject_cast<QPushButton *>(focus))
            reached.insert(button->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QVERIFY(reached.contains(QStringLiteral("acceptButton")));
    QVERIFY(reached.contains(QStringLiteral("rejectButton")));
    QVERIFY(reached.contains(QStringLiteral("changeDestinationButton")));
    // Alt+A accepts (a mnemonic "animates" the click: it lands a moment later).
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(!dialog.isOpen());
    QVERIFY(Test::waitForState(*m_a, sent, TransferState::Completed));
}

QTEST_MAIN(TestRequestDialog)
#include "tst_requestdialog.moc"
