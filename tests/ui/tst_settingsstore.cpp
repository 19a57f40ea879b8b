// SettingsStore: AppSettings in an INI file. What save() writes loads back unchanged; a value a
// person (or a broken editor) got wrong falls back to its default, alone.
#include "ui/models/settingsstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Ui::AppSettings;
using Ui::SettingsStore;

Q_DECLARE_METATYPE(Ferry::Ui::AppSettings)

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

char *describe(const AppSettings &s)
{
    return qstrdup(qPrintable(QStringLiteral("{name=%1 folder=%2 net=%3 ifs=[%4] port=%5 "
                                             "timeout=%6 min=%7 lang=%8}")
                                  .arg(s.deviceName, s.downloadFolder)
                                  .arg(s.networkingEnabled)
                                  .arg(s.discoveryInterfaces.join(QLatin1Char(',')))
                                  .arg(s.listenPort)
                                  .arg(s.requestTimeoutSeconds)
                                  .arg(s.startMinimised)
                                  .arg(s.language)));
}

void compareSettings(const AppSettings &got, const AppSettings &want)
{
    if (got == want)
        return;
    char *g = describe(got);
    char *w = describe(want);
    QTest::qFail(qPrintable(QStringLiteral("settings differ:\n   got  %1\n   want %2")
                                .arg(QString::fromUtf8(g), QString::fromUtf8(w))),
                 __FILE__, __LINE__);
    delete[] g;
    delete[] w;
}

AppSettings custom()
{
    AppSettings s;
    s.deviceName = QStringLiteral("Anna's laptop, kitchen = \"main\"; #1");
    s.downloadFolder = QStringLiteral("/home/anna/Téléchargements/ferry");
    s.networkingEnabled = false;
    s.discoveryInterfaces = {QStringLiteral("eth0"), QStringLiteral("wlp2s0")};
    s.listenPort = 50505;
    s.requestTimeoutSeconds = 120;
    s.startMinimised = true;
    s.language = QStringLiteral("pt_BR");
    return s;
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingFileGivesDefaults();
    void savedSettingsLoadBack_data();
    void savedSettingsLoadBack();
    void handEditedValuesAreChecked_data();
    void handEditedValuesAreChecked();
    void garbageFileGivesDefaults_data();
    void garbageFileGivesDefaults();
    void saveWritesOnlyCheckedValues();
    void saveFailsWhereNothingCanBeWritten();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsStore::missingFileGivesDefaults()
{
    const SettingsStore store(path());
    QCOMPARE(store.filePath(), path());
    compareSettings(store.load(), AppSettings{});
}

void TestSettingsStore::savedSettingsLoadBack_data()
{
    QTest::addColumn<AppSettings>("settings");
    QTest::newRow("defaults") << AppSettings{};
    QTest::newRow("everything set") << custom();
    AppSettings s = custom();
    s.discoveryInterfaces = {QStringLiteral("en0")}; // one item: INI has no list syntax for it
    s.deviceName = QStringLiteral("@desk"); // QSettings' own escape character
    s.language = QStringLiteral("fil");
    s.listenPort = 65535;
    s.requestTimeoutSeconds = AppSettings::kMaxRequestTimeout;
    QTest::newRow("edges") << s;
    s.discoveryInterfaces = {QStringLiteral("{4D36E972-E325-11CE-BFC1-08002BE10318}"),
                             QStringLiteral("vlan@1"), QStringLiteral("br-lan.5")};
    s.deviceName = QStringLiteral("桌面 🖥");
    s.requestTimeoutSeconds = AppSettings::kMinRequestTimeout;
    s.listenPort = 0;
    s.language = QStringLiteral("de");
    QTest::newRow("unusual but valid") << s;
}

void TestSettingsStore::savedSettingsLoadBack()
{
    QFETCH(AppSettings, settings);
    const SettingsStore store(path());
    QVERIFY(store.save(settings));
    compareSettings(store.load(), settings);
    QVERIFY(store.save(settings)); // again, over the existing file
    compareSettings(SettingsStore(path()).load(), settings);
}

void TestSettingsStore::handEditedValuesAreChecked_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<AppSettings>("expected");
    const AppSettings d;
    const auto with = [&d](auto change) {
        AppSettings s = d;
        change(s);
        return s;
    };
    QTest::newRow("port too large") << QByteArray("[network]\nlistenPort=70000\n") << d;
    QTest::newRow("port negative") << QByteArray("[network]\nlistenPort=-1\n") << d;
    QTest::newRow("port text") << QByteArray("[network]\nlistenPort=http\n") << d;
    QTest::newRow("port list") << QByteArray("[network]\nlistenPort=1, 2\n") << d;
    QTest::newRow("port ok") << QByteArray("[network]\nlistenPort= 8080 \n")
                             << with([](AppSettings &s) { s.listenPort = 8080; });
    QTest::newRow("timeout below")
        << QByteArray("[transfers]\nrequestTimeoutSeconds=1\n")
        << with([](AppSettings &s) { s.requestTimeoutSeconds = AppSettings::kMinRequestTimeout; });
    QTest::newRow("timeout above")
        << QByteArray("[transfers]\nrequestTimeoutSeconds=99999999999\n")
        << with([](AppSettings &s) { s.requestTimeoutSeconds = AppSettings::kMaxRequestTimeout; });
    QTest::newRow("timeout text") << QByteArray("[transfers]\nrequestTimeoutSeconds=soon\n") << d;
    QTest::newRow("enabled garbage") << QByteArray("[network]\nenabled=maybe\n") << d;
    QTest::newRow("enabled 0") << QByteArray("[network]\nenabled=0\n")
                               << with([](AppSettings &s) { s.networkingEnabled = false; });
    QTest::newRow("minimised TRUE") << QByteArray("[ui]\nstartMinimised=TRUE\n")
                                    << with([](AppSettings &s) { s.startMinimised = true; });
    QTest::newRow("language path") << QByteArray("[ui]\nlanguage=../../etc/passwd\n") << d;
    QTest::newRow("language upper") << QByteArray("[ui]\nlanguage=DE\n") << d;
    QTest::newRow("language long") << QByteArray("[ui]\nlanguage=deutsch\n") << d;
    QTest::newRow("language region lower") << QByteArray("[ui]\nlanguage=pt_br\n") << d;
    QTest::newRow("language ok") << QByteArray("[ui]\nlanguage=pt_BR\n")
                                 << with([](AppSettings &s) {
                                        s.language = QStringLiteral("pt_BR");
                                    });
    QTest::newRow("folder relative") << QByteArray("[transfers]\ndownloadFolder=Downloads\n") << d;
    QTest::newRow("folder cleaned")
        << QByteArray("[transfers]\ndownloadFolder=/tmp//a/../b/\n")
        << with([](AppSettings &s) { s.downloadFolder = QStringLiteral("/tmp/b"); });
    QTest::newRow("folder control")
        << QByteArray("[transfers]\ndownloadFolder=\"/tmp/a\\tb\"\n") << d;
    QTest::newRow("name blank") << QByteArray("[device]\nname=\"   \"\n") << d;
    QTest::newRow("name control") << QByteArray("[device]\nname=\"a\\nb\"\n") << d;
    QTest::newRow("name too long") << "[device]\nname=" + QByteArray(200, 'n') + "\n" << d;
    QTest::newRow("name list") << QByteArray("[device]\nname=a, b\n") << d;
    QTest::newRow("name trimmed") << QByteArray("[device]\nname=\"  desk  \"\n")
                                  << with([](AppSettings &s) {
                                         s.deviceName = QStringLiteral("desk");
                                     });
    QTest::newRow("interfaces mixed")
        << QByteArray("[network]\ndiscoveryInterfaces=eth0, bad name, ../x, eth0, wlan0\n")
        << with([](AppSettings &s) {
               s.discoveryInterfaces = {QStringLiteral("eth0"), QStringLiteral("wlan0")};
           });
    QTest::newRow("interface too long") << "[network]\ndiscoveryInterfaces=" + QByteArray(65, 'e')
            + "\n" << d;
    QTest::newRow("interfaces all bad")
        << QByteArray("[network]\ndiscoveryInterfaces=\"a b\", \"c;d\"\n") << d;
    QTest::newRow("unknown keys ignored") << QByteArray("[evil]\nrm=-rf\n[network]\nlistenPort=9\n")
                                          << with([](AppSettings &s) { s.listenPort = 9; });
    // One bad value does not take the others with it.
    QTest::newRow("bad next to good")
        << QByteArray("[network]\nlistenPort=99999\nenabled=false\n[ui]\nlanguage=fr\n")
        << with([](AppSettings &s) {
               s.networkingEnabled = false;
               s.language = QStringLiteral("fr");
           });
}

void TestSettingsStore::handEditedValuesAreChecked()
{
    QFETCH(QByteArray, ini);
    QFETCH(AppSettings, expected);
    QVERIFY(writeBytes(path(), ini));
    compareSettings(SettingsStore(path()).load(), expected);
}

void TestSettingsStore::garbageFileGivesDefaults_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe[\x00]=\n\x80", 10);
    QTest::newRow("no sections") << QByteArray("=====\n[[[\n]]]\n");
    QTest::newRow("huge line") << QByteArray(1 << 20, 'x');
    QTest::newRow("json") << QByteArray(R"({"network": {"listenPort": 70000}})");
    QTest::newRow("unterminated quote") << QByteArray("[device]\nname=\"desk\n[ui]\nlanguage=de");
}

void TestSettingsStore::garbageFileGivesDefaults()
{
    QFETCH(QByteArray, content);
    QVERIFY(writeBytes(path(), content));
    const AppSettings loaded = SettingsStore(path()).load();
    // Whatever QSettings made of it, every value is one the app accepts.
    QVERIFY(loaded.listenPort >= 0 && loaded.listenPort <= 65535);
    QVERIFY(loaded.requestTimeoutSeconds >= AppSettings::kMinRequestTimeout
            && loaded.requestTimeoutSeconds <= AppSettings::kMaxRequestTimeout);
    if (content.startsWith('\0') || content.startsWith('=') || content.startsWith('x')
        || content.startsWith('{'))
        compareSettings(loaded, AppSettings{});
}

void TestSettingsStore::saveWritesOnlyCheckedValues()
{
    AppSettings bad;
    bad.deviceName = QStringLiteral("tab\there");
    bad.downloadFolder = QStringLiteral("relative/folder");
    bad.discoveryInterfaces = {QStringLiteral("eth0"), QStringLiteral("no spaces please")};
    bad.listenPort = 70000;
    bad.requestTimeoutSeconds = 1;
    bad.language = QStringLiteral("en-US");
    const SettingsStore store(path());
    QVERIFY(store.save(bad));
    AppSettings expected;
    expected.discoveryInterfaces = {QStringLiteral("eth0")};
    expected.requestTimeoutSeconds = AppSettings::kMinRequestTimeout;
    compareSettings(store.load(), expected);
}

void TestSettingsStore::saveFailsWhereNothingCanBeWritten()
{
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(writeBytes(blocker, "x"));
    const SettingsStore store(blocker + QStringLiteral("/settings.ini"));
    QVERIFY(!store.save(custom()));
    compareSettings(store.load(), AppSettings{});
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
