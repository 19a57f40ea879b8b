// The foundation's window: shows this device, warns visibly when the key is not in the keychain,
// and follows peers connecting and leaving.
#include "net/node.h"
#include "tests/support/testnode.h"
#include "ui/statuswindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Ferry;

class TestStatusWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsThisDevice();
    void warnsWhenKeyIsInFallbackFile();
    void listsConnectedPeers();
};

namespace {
QStringList labelTexts(const QWidget &w)
{
    QStringList texts;
    for (const QLabel *label : w.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}
} // namespace

void TestStatusWindow::showsThisDevice()
{
    // A name that looks like markup is shown as typed, not rendered.
    auto node = Test::startNode(QStringLiteral("<b>desk</b> & co"));
    Ui::StatusWindow window(node.get(), Net::KeyStorage{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList texts = labelTexts(window);
    QVERIFY(texts.contains(QStringLiteral("<b>desk</b> & co")));
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("desk")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(texts.contains(node->identity().shortText()));
    QVERIFY(texts.contains(node->identity().fingerprint()));
    QVERIFY(texts.contains(QString::number(node->port())));
    QVERIFY(window.findChild<QLabel *>(QString(), Qt::FindChildrenRecursively));
    for (const QLabel *label : window.findChildren<QLabel *>())
        QVERIFY(label->accessibleName() != QStringLiteral("Keychain warning"));
}

void TestStatusWindow::warnsWhenKeyIsInFallbackFile()
{
    auto node = Test::startNode(QStringLiteral("desk"));
    Net::KeyStorage storage;
    storage.where = Net::KeyStorage::Where::FallbackFile;
    storage.location = QStringLiteral("file in /tmp/keys");
    storage.warning = QStringLiteral("the keychain did not answer in 5 s");
    Ui::StatusWindow window(node.get(), storage);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QLabel *warning = nullptr;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Keychain warning"))
            warning = label;
    }
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("did not answer")));
}

void TestStatusWindow::listsConnectedPeers()
{
    auto node = Test::startNode(QStringLiteral("desk"));
    Ui::StatusWindow window(node.get(), Net::KeyStorage{});
    window.show();
    auto *peers = window.findChild<QListWidget *>();
    QVERIFY(peers);
    QCOMPARE(peers->count(), 0);
    auto other = Test::startNode(QStringLiteral("laptop"));
    QVERIFY(Test::connectNodes(*other, *node));
    QTRY_COMPARE(peers->count(), 1);
    QVERIFY(peers->item(0)->text().contains(QStringLiteral("laptop")));
    QCOMPARE(peers->item(0)->toolTip(), other->identity().toText());
    other->stop();
    QTRY_COMPARE(peers->count(), 0);
}

QTEST_MAIN(TestStatusWindow)
#include "tst_statuswindow.moc"
