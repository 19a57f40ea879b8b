// The settings dialog edits every AppSettings value, keeps what it does not show, and refuses
// (saying why) a download folder that cannot be used.
#include "tests/support/accessiblecheck.h"
#include "ui/models/languages.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Ui::AppSettings;
using Ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheCurrentValues();
    void roundTripsEveryValue();
    void unknownLanguageShowsAsSystemDefault();
    void defaultsStayDefaults();
    void refusesAnUnusableDownloadFolder();
    void keepsInterfacesThatAreAbsentNow();
    void startMinimisedNeedsATray();
    void keyboardAndNames();

private:
    template<typename T> static T *child(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
};

void TestSettingsDialog::showsTheCurrentValues()
{
    QTemporaryDir folder;
    AppSettings current;
    current.deviceName = QStringLiteral("Studio");
    current.downloadFolder = folder.path();
    current.networkingEnabled = false;
    current.listenPort = 50000;
    current.requestTimeoutSeconds = 120;
    current.startMinimised = true;
    SettingsDialog dialog(current);
    dialog.setTrayAvailable(true);
    QCOMPARE(child<QLineEdit>(dialog, "deviceNameEdit")->text(), QStringLiteral("Studio"));
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "downloadFolderEdit")->text()),
             folder.path());
    QVERIFY(!child<QCheckBox>(dialog, "networkingCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "defaultPortCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 50000);
    QVERIFY(child<QSpinBox>(dialog, "portSpin")->isEnabled());
    QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), 120);
    QVERIFY(child<QCheckBox>(dialog, "startMinimisedCheck")->isChecked());
    QVERIFY(child<QRadioButton>(dialog, "allInterfacesRadio")->isChecked());
    QCOMPARE(dialog.settings(), current);
}

void TestSettingsDialog::roundTripsEveryValue()
{
    QTemporaryDir folder;
    AppSettings current;
    current.language = QStringLiteral("pt_BR");
    SettingsDialog dialog(current);
    auto *language = child<QComboBox>(dialog, "languageCombo");
    QCOMPARE(language->currentData().toString(), QStringLiteral("pt_BR"));
    QCOMPARE(language->currentText(), QStringLiteral("Português (Brasil)"));
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    dialog.setTrayAvailable(true);
    child<QLineEdit>(dialog, "deviceNameEdit")->setText(QStringLiteral("  Kitchen PC  "));
    child<QLineEdit>(dialog, "downloadFolderEdit")
        ->setText(QDir::toNativeSeparators(folder.path()));
    child<QCheckBox>(dialog, "networkingCheck")->setChecked(false);
    child<QCheckBox>(dialog, "defaultPortCheck")->setChecked(false);
    child<QSpinBox>(dialog, "portSpin")->setValue(40404);
    child<QSpinBox>(dialog, "timeoutSpin")->setValue(AppSettings::kMaxRequestTimeout + 100);
    child<QCheckBox>(dialog, "startMinimisedCheck")->setChecked(true);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(accepted.size(), 1);
    const AppSettings s = dialog.settings();
    QCOMPARE(s.deviceName, QStringLiteral("Kitchen PC"));
    QCOMPARE(s.downloadFolder, folder.path());
    QVERIFY(!s.networkingEnabled);
    QCOMPARE(s.listenPort, 40404);
    QCOMPARE(s.requestTimeoutSeconds, AppSettings::kMaxRequestTimeout); // clamped by the spin box
    QVERIFY(s.startMinimised);
    QCOMPARE(s.language, QStringLiteral("ja"));
    QVERIFY(s.discoveryInterfaces.isEmpty());
}

void TestSettingsDialog::unknownLanguageShowsAsSystemDefault()
{
    AppSettings current;
    current.language = QStringLiteral("xx");
    SettingsDialog dialog(current);
    auto *language = child<QComboBox>(dialog, "languageCombo");
    QCOMPARE(language->currentIndex(), 0);
    QCOMPARE(dialog.settings().language, QString());
    // Every shipped language is offered, by its own name.
    QCOMPARE(language->count(), 1 + int(Ferry::Ui::Languages::shipped().size()));
    QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
    QVERIFY(language->findText(QStringLiteral("日本語")) > 0);
}

void TestSettingsDialog::defaultsStayDefaults()
{
    SettingsDialog dialog(AppSettings{});
    // Empty and 0 mean "the default": the dialog does not turn them into today's values.
    QCOMPARE(dialog.settings(), AppSettings{});
    QVERIFY(child<QCheckBox>(dialog, "defaultPortCheck")->isChecked());
    QVERIFY(!child<QSpinBox>(dialog, "portSpin")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "deviceNameEdit")->placeholderText().isEmpty());
    QVERIFY(!child<QLineEdit>(dialog, "downloadFolderEdit")->placeholderText().isEmpty());
    QVERIFY(dialog.validationError().isEmpty());
}

void TestSettingsDialog::refusesAnUnusableDownloadFolder()
{
    QTemporaryDir base;
    SettingsDialog dialog(AppSettings{});
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *folder = child<QLineEdit>(dialog, "downloadFolderEdit");
    auto *error = child<QLabel>(dialog, "errorLabel");
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    folder->setText(base.filePath(QStringLiteral("missing")));
    ok->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("does not exist")));

    folder->setText(QStringLiteral("relative/path"));
    ok->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(error->text().contains(QStringLiteral("full path")));

    folder->setText(base.path());
    ok->click();
    QCOMPARE(accepted.size(), 1);
}

void TestSettingsDialog::keepsInterfacesThatAreAbsentNow()
{
    AppSettings current;
    current.discoveryInterfaces = {QStringLiteral("dock0")};
    SettingsDialog dialog(current);
    QVERIFY(child<QRadioButton>(dialog, "someInterfacesRadio")->isChecked());
    auto *list = child<QListWidget>(dialog, "interfaceList");
    QVERIFY(list->isEnabled());
    const QList<QListWidgetItem *> found
        = list->findItems(QStringLiteral("dock0"), Qt::MatchStartsWith);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->checkState(), Qt::Checked);
    QCOMPARE(dialog.settings().discoveryInterfaces, QStringList{QStringLiteral("dock0")});
    // Choosing "only these" with none ticked is refused.
    found.first()->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.validationError().isEmpty());
    child<QRadioButton>(dialog, "allInterfacesRadio")->setChecked(true);
    QVERIFY(!list->isEnabled());
    QVERIFY(dialog.validationError().isEmpty());
    QVERIFY(dialog.settings().discoveryInterfaces.isEmpty());
}

void TestSettingsDialog::startMinimisedNeedsATray()
{
    SettingsDialog dialog(AppSettings{});
    dialog.setTrayAvailable(false);
    QVERIFY(!child<QCheckBox>(dialog, "startMinimisedCheck")->isEnabled());
    dialog.setTrayAvailable(true);
    QVERIFY(child<QCheckBox>(dialog, "startMinimisedCheck")->isEnabled());
}

void TestSettingsDialog::keyboardAndNames()
{
    SettingsDialog dialog(AppSettings{});
    dialog.setTrayAvailable(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_VERIFY(dialog.isActiveWindow());
    const QStringList unnamed = Test::unnamedFocusableWidgets(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    const QStringList chain = Test::tabChain(&dialog);
    for (const char *name : {"deviceNameEdit", "downloadFolderEdit", "browseButton", "timeoutSpin",
                             "startMinimisedCheck", "networkingCheck", "defaultPortCheck"})
        QVERIFY2(chain.contains(QLatin1String(name)), name);
    // Alt+N (the "Device name" label's mnemonic) goes to the name field.
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "deviceNameEdit"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
