// About Ferry: version, this device's identity in full, short and fingerprint forms, and where
// its key is kept, with a visible warning when the keychain was not usable.
#include "tests/support/accessiblecheck.h"
#include "tests/support/testnode.h"
#include "ui/aboutdialog.h"
#include "ui/nodestatus.h"

#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Ferry;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndIdentity();
    void warnsWhenTheKeyFellBackToAFile();
    void copiesTheIdentity();

private:
    static Ui::NodeStatus status();
    static QStringList texts(const QWidget &w);
};

Ui::NodeStatus TestAboutDialog::status()
{
    Ui::NodeStatus s;
    s.running = true;
    s.deviceName = QStringLiteral("<b>desk</b>");
    s.identity = Test::freshIdentity().remoteIdentity();
    s.port = 47474;
    s.keyStorage.location = QStringLiteral("Secret Service keychain");
    return s;
}

QStringList TestAboutDialog::texts(const QWidget &w)
{
    QStringList list;
    for (const QLabel *label : w.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&w))
            list << label->text();
    }
    return list;
}

void TestAboutDialog::showsVersionAndIdentity()
{
    const Ui::NodeStatus s = status();
    Ui::AboutDialog dialog(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList shown = texts(dialog);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("versionLabel"))
                ->text()
                .contains(QStringLiteral(FERRY_VERSION)));
    QVERIFY(shown.contains(s.identity.toText()));
    QVERIFY(shown.contains(s.identity.shortText()));
    QVERIFY(shown.contains(s.identity.fingerprint()));
    // A name that looks like markup is shown as typed.
    QVERIFY(shown.contains(QStringLiteral("<b>desk</b>")));
    QVERIFY(shown.contains(QStringLiteral("Secret Service keychain")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("keychainWarning"))->isVisible());
    QCOMPARE(Test::unnamedFocusableWidgets(&dialog), QStringList());
}

void TestAboutDialog::warnsWhenTheKeyFellBackToAFile()
{
    Ui::NodeStatus s = status();
    s.keyStorage.where = Net::KeyStorage::Where::FallbackFile;
    s.keyStorage.location = QStringLiteral("file in ~/.local/share/Ferry");
    s.keyStorage.warning = QStringLiteral("the keychain did not answer in 5 s");
    Ui::AboutDialog dialog(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("keychainWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("did not answer in 5 s")));
    QCOMPARE(warning->accessibleName(), QStringLiteral("Keychain warning"));
    QVERIFY(texts(dialog).contains(QStringLiteral("file in ~/.local/share/Ferry")));
    // And it goes away when the status changes back.
    dialog.setStatus(status());
    QVERIFY(!warning->isVisible());
}

void TestAboutDialog::copiesTheIdentity()
{
    const Ui::NodeStatus s = status();
    Ui::AboutDialog dialog(s);
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("copyIdentityButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), s.identity.toText());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
