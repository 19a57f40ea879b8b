// KeychainSecretStore against the real Secret Service (gnome-keyring through libsecret).
// Needs a D-Bus session with an unlocked keyring, e.g.
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets
//                              >/dev/null; ./tst_keychain'
#include "app/keychainsecretstore.h"

#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

using Ferry::App::KeychainSecretStore;
using Ferry::Net::SecretStore;
using Status = SecretStore::Status;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Ferry::Net::SecretStore::Status)

namespace {

// Generous: a healthy keyring answers in about 20 ms; a locked one never does, and then the
// store's own timeout turns the hang into a failure instead of a stuck test.
constexpr auto kTimeout = 10s;

struct Answers
{
    QList<SecretStore::Result> results;
    bool synchronous = false;
};

template<typename Start> SecretStore::Result run(Start start)
{
    auto answers = std::make_shared<Answers>();
    auto returned = std::make_shared<bool>(false);
    start([answers, returned](const SecretStore::Result &r) {
        answers->synchronous = answers->synchronous || !*returned;
        answers->results.append(r);
    });
    *returned = true;
    if (!QTest::qWaitFor([&] { return !answers->results.isEmpty(); }, 20'000))
        return {Status::Failed, {}, QStringLiteral("test: no answer at all")};
    QCoreApplication::processEvents();
    if (answers->synchronous || answers->results.size() != 1)
        return {Status::Failed, {}, QStringLiteral("test: answered synchronously or twice")};
    return answers->results.constFirst();
}

QByteArray binarySecret()
{
    QByteArray secret("\x00\xff\x00\x01\xfe\x7f\x80 key \x00\xff", 14);
    for (int i = 0; i < 18; ++i)
        secret.append(char(255 - i * 13));
    return secret;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void errorMapping_data();
    void errorMapping();
    void init();
    void cleanup();
    void cleanupTestCase();
    void writeReadRemoveBinary();
    void readMissingIsNotFound();
    void overwriteReplaces();
    void removeMissingIsNotAnError();
    void tinyTimeoutAnswersExactlyOnce();
    void noAnswerAfterStoreIsDestroyed();

private:
    SecretStore::Result read(const QString &key)
    {
        return run([&](auto done) { m_store->read(key, done); });
    }
    SecretStore::Result write(const QString &key, const QByteArray &data)
    {
        return run([&](auto done) { m_store->write(key, data, done); });
    }
    SecretStore::Result remove(const QString &key)
    {
        return run([&](auto done) { m_store->remove(key, done); });
    }

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_key;
};

void TestKeychain::errorMapping_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Status>("expected");
    const QString none;
    QTest::newRow("ok") << int(QKeychain::NoError) << none << Status::Ok;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << none << Status::NotFound;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << none
                                << Status::Unavailable;
    QTest::newRow("not implemented")
        << int(QKeychain::NotImplemented) << none << Status::Unavailable;
    QTest::newRow("access denied (locked)")
        << int(QKeychain::AccessDenied) << none << Status::Unavailable;
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << none << Status::Unavailable;
    // Measured: no bus and no DISPLAY (toolchain.md §4), and a bus address that leads nowhere.
    QTest::newRow("no D-Bus, no X11")
        << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Status::Unavailable;
    QTest::newRow("KWallet without D-Bus")
        << int(QKeychain::OtherError)
        << QStringLiteral("Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus "
                          "is not running")
        << Status::Unavailable;
    QTest::newRow("bus socket missing")
        << int(QKeychain::OtherError)
        << QStringLiteral("Could not connect: No such file or directory") << Status::Unavailable;
    QTest::newRow("other error") << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
                                 << Status::Failed;
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << none << Status::Failed;
}

void TestKeychain::errorMapping()
{
    QFETCH(int, error);
    QFETCH(QString, message);
    QFETCH(Status, expected);
    QCOMPARE(KeychainSecretStore::statusFor(QKeychain::Error(error), message), expected);
}

void TestKeychain::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "errorMapping")
        return;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: there is no D-Bus session, hence no Secret "
              "Service to test against. Run under dbus-run-session with an unlocked "
              "gnome-keyring (toolchain.md §4).");
    }
    m_store = std::make_unique<KeychainSecretStore>(kTimeout);
    // A fresh entry per test: never touches a real "device-key".
    m_key = QStringLiteral("ferry-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychain::cleanup()
{
    if (m_store)
        run([&](auto done) { m_store->remove(m_key, done); });
    m_store.reset();
}

void TestKeychain::cleanupTestCase()
{
    // Jobs delete themselves with deleteLater(); run those deletions before the process ends.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestKeychain::writeReadRemoveBinary()
{
    const QByteArray secret = binarySecret();
    QVERIFY(secret.contains('\0'));
    QVERIFY(secret.contains('\xff'));

    const auto written = write(m_key, secret);
    QVERIFY2(written.status == Status::Ok, qPrintable(written.detail));
    const auto got = read(m_key);
    QVERIFY2(got.status == Status::Ok, qPrintable(got.detail));
    QCOMPARE(got.data, secret);

    const auto removed = remove(m_key);
    QVERIFY2(removed.status == Status::Ok, qPrintable(removed.detail));
    const auto gone = read(m_key);
    QVERIFY2(gone.status == Status::NotFound, qPrintable(gone.detail));
    QVERIFY(gone.data.isEmpty());
}

void TestKeychain::readMissingIsNotFound()
{
    const auto r = read(m_key);
    QVERIFY2(r.status == Status::NotFound, qPrintable(r.detail));
}

void TestKeychain::overwriteReplaces()
{
    QCOMPARE(write(m_key, QByteArray(32, '\x01')).status, Status::Ok);
    QCOMPARE(write(m_key, QByteArray(32, '\x02')).status, Status::Ok);
    const auto r = read(m_key);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.data, QByteArray(32, '\x02'));
}

void TestKeychain::removeMissingIsNotAnError()
{
    // libsecret reports clearing a missing item as success; either answer is acceptable.
    const auto r = remove(m_key);
    QVERIFY2(r.status == Status::Ok || r.status == Status::NotFound, qPrintable(r.detail));
}

void TestKeychain::tinyTimeoutAnswersExactlyOnce()
{
    // Whichever comes first, the timeout or the keychain, the caller hears exactly once, and the
    // job is cleaned up when it finishes later (LeakSanitizer checks that).
    KeychainSecretStore hasty(1ms);
    int answers = 0;
    std::optional<Status> status;
    hasty.read(m_key, [&](const SecretStore::Result &r) {
        ++answers;
        status = r.status;
    });
    QTRY_COMPARE(answers, 1);
    QVERIFY(*status == Status::TimedOut || *status == Status::NotFound);
    // QtKeychain runs one job at a time: once this one is answered, the hasty one has finished.
    QCOMPARE(read(m_key).status, Status::NotFound);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 1);
}

void TestKeychain::noAnswerAfterStoreIsDestroyed()
{
    int answers = 0;
    {
        KeychainSecretStore doomed(kTimeout);
        doomed.read(m_key, [&answers](const SecretStore::Result &) { ++answers; });
    }
    QCOMPARE(read(m_key).status, Status::NotFound); // the doomed job has finished by now
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
