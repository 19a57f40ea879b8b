// IdentityStore: load or create the device key, keychain first, fallback file when the keychain
// is not usable, never replacing a stored key that cannot be read.
#include "net/filesecretstore.h"
#include "net/identitystore.h"
#include "tests/support/memorysecretstore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry::Net;
using Ferry::Test::MemorySecretStore;
using Status = SecretStore::Status;
using namespace std::chrono_literals;

namespace {

const QString kKey = QStringLiteral("device-key");

// The outcome of one IdentityStore::load().
struct Outcome
{
    bool finished = false;
    bool ok = false;
    DeviceIdentity identity;
    KeyStorage storage;
    QString reason;
    int signalCount = 0;
    bool stillLoading = false;
};

Outcome loadOnce(SecretStore *keychain, SecretStore *fallback,
                 std::chrono::milliseconds timeout = 2000ms)
{
    IdentityStore store(keychain, fallback, kKey, timeout);
    QSignalSpy loaded(&store, &IdentityStore::loaded);
    QSignalSpy failed(&store, &IdentityStore::failed);
    store.load();
    Outcome out;
    if (loaded.count() + failed.count() != 0) // never from inside load()
        return out;
    if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 5000))
        return out;
    QCoreApplication::processEvents(); // a second signal would arrive here
    out.finished = true;
    out.signalCount = int(loaded.count() + failed.count());
    out.ok = loaded.count() == 1;
    if (out.ok) {
        out.identity = loaded.at(0).at(0).value<DeviceIdentity>();
        out.storage = loaded.at(0).at(1).value<KeyStorage>();
    } else {
        out.reason = failed.at(0).at(0).toString();
    }
    out.stillLoading = store.isLoading();
    return out;
}

} // namespace

#define VERIFY_LOADED(o)                                                                           \
    do {                                                                                           \
        QVERIFY2((o).finished, "no result");                                                       \
        QCOMPARE((o).signalCount, 1);                                                              \
        QVERIFY(!(o).stillLoading);                                                                \
        QVERIFY2((o).ok, qPrintable((o).reason));                                                  \
        QVERIFY(!(o).identity.isNull());                                                           \
    } while (false)

#define VERIFY_FAILED(o)                                                                           \
    do {                                                                                           \
        QVERIFY2((o).finished, "no result");                                                       \
        QCOMPARE((o).signalCount, 1);                                                              \
        QVERIFY(!(o).stillLoading);                                                                \
        QVERIFY2(!(o).ok, "loaded although it should have failed");                                \
        QVERIFY(!(o).reason.isEmpty());                                                            \
    } while (false)

class TestIdentityStore : public QObject
{
    Q_OBJECT
private slots:
    void firstStartCreatesInKeychain();
    void secondStartLoadsSameIdentity();
    void keychainUnavailableUsesFallbackWithWarning();
    void keychainSilentTimesOutToFallback();
    void keychainWriteFailureUsesFallback();
    void fallbackKeyMovesIntoKeychainOnceAvailable();
    void keychainKeyWinsOverLeftoverFile();
    void noKeychainUsesFallback();
    void fallbackFileIsOwnerOnly();
    void corruptKeychainKeyFails_data();
    void corruptKeychainKeyFails();
    void corruptFallbackKeyFails();
    void corruptFallbackKeyIsNotImported();
    void unreadableFallbackBlocksNewIdentity();
    void nothingUsableFails();
};

void TestIdentityStore::firstStartCreatesInKeychain()
{
    MemorySecretStore keychain(QStringLiteral("test keychain"));
    MemorySecretStore fallback(QStringLiteral("test file"));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(o);
    QCOMPARE(o.storage.where, KeyStorage::Where::Keychain);
    QVERIFY(o.storage.created);
    QVERIFY(o.storage.warning.isEmpty());
    QCOMPARE(o.storage.location, QStringLiteral("test keychain"));
    QCOMPARE(keychain.value(kKey), o.identity.privateSeed());
    QCOMPARE(keychain.writeCount(), 1);
    QVERIFY(fallback.entries().isEmpty());
}

void TestIdentityStore::secondStartLoadsSameIdentity()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    const Outcome first = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(first);
    const Outcome second = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(second);
    QCOMPARE(second.identity.remoteIdentity(), first.identity.remoteIdentity());
    QCOMPARE(second.storage.where, KeyStorage::Where::Keychain);
    QVERIFY(!second.storage.created);
    QCOMPARE(keychain.writeCount(), 1); // loading never rewrites the key
    QCOMPARE(fallback.callCount(), 1); // only the first start looked for a file to import
}

void TestIdentityStore::keychainUnavailableUsesFallbackWithWarning()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    keychain.failCalls(Status::Unavailable, QStringLiteral("no D-Bus session"));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(o);
    QCOMPARE(o.storage.where, KeyStorage::Where::FallbackFile);
    QVERIFY(o.storage.created);
    QVERIFY2(o.storage.warning.contains(QLatin1String("no D-Bus session")),
             qPrintable(o.storage.warning));
    QVERIFY2(o.storage.warning.contains(QLatin1String("only your user account")),
             qPrintable(o.storage.warning));
    QCOMPARE(fallback.value(kKey), o.identity.privateSeed());
    QVERIFY(keychain.entries().isEmpty());

    // Next start, still no keychain: same identity from the file, still with a warning.
    const Outcome again = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(again);
    QCOMPARE(again.identity.remoteIdentity(), o.identity.remoteIdentity());
    QCOMPARE(again.storage.where, KeyStorage::Where::FallbackFile);
    QVERIFY(!again.storage.created);
    QVERIFY(!again.storage.warning.isEmpty());
}

void TestIdentityStore::keychainSilentTimesOutToFallback()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    keychain.setSilent(true);
    QElapsedTimer clock;
    clock.start();
    const Outcome o = loadOnce(&keychain, &fallback, 100ms);
    VERIFY_LOADED(o);
    QVERIFY(clock.elapsed() >= 100);
    QCOMPARE(o.storage.where, KeyStorage::Where::FallbackFile);
    QVERIFY2(o.storage.warning.contains(QLatin1String("timed out")), qPrintable(o.storage.warning));
    QVERIFY2(o.storage.warning.contains(QLatin1String("0.1 s")), qPrintable(o.storage.warning));
    QCOMPARE(keychain.silentCount(), 1);

    // The keychain answering long after is harmless (the IdentityStore is even gone by now).
    keychain.answerSilentCalls();
    QTRY_COMPARE(keychain.answeredCount(), 1);
}

void TestIdentityStore::keychainWriteFailureUsesFallback()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    keychain.failWrites(Status::Failed, QStringLiteral("collection is read-only"));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(o);
    QCOMPARE(o.storage.where, KeyStorage::Where::FallbackFile);
    QVERIFY(o.storage.created);
    QVERIFY2(o.storage.warning.contains(QLatin1String("read-only")), qPrintable(o.storage.warning));
    QCOMPARE(fallback.value(kKey), o.identity.privateSeed());
    QVERIFY(keychain.entries().isEmpty());
}

void TestIdentityStore::fallbackKeyMovesIntoKeychainOnceAvailable()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    keychain.failCalls(Status::Unavailable);
    const Outcome before = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(before);
    QCOMPARE(before.storage.where, KeyStorage::Where::FallbackFile);

    keychain.reset(); // the keychain works now
    const Outcome after = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(after);
    QCOMPARE(after.identity.remoteIdentity(), before.identity.remoteIdentity());
    QCOMPARE(after.storage.where, KeyStorage::Where::Keychain);
    QVERIFY(!after.storage.created);
    QVERIFY(after.storage.warning.isEmpty());
    QCOMPARE(keychain.value(kKey), before.identity.privateSeed());
    QVERIFY2(!fallback.contains(kKey), "the file copy must be removed after the import");

    const Outcome third = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(third);
    QCOMPARE(third.identity.remoteIdentity(), before.identity.remoteIdentity());
    QCOMPARE(third.storage.where, KeyStorage::Where::Keychain);
}

void TestIdentityStore::keychainKeyWinsOverLeftoverFile()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    const DeviceIdentity inKeychain = DeviceIdentity::generate();
    const DeviceIdentity inFile = DeviceIdentity::generate();
    keychain.setValue(kKey, inKeychain.privateSeed());
    fallback.setValue(kKey, inFile.privateSeed());
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(o);
    QCOMPARE(o.identity.remoteIdentity(), inKeychain.remoteIdentity());
    QCOMPARE(fallback.value(kKey), inFile.privateSeed()); // left alone
    QCOMPARE(fallback.callCount(), 0);
}

void TestIdentityStore::noKeychainUsesFallback()
{
    MemorySecretStore fallback;
    const Outcome o = loadOnce(nullptr, &fallback);
    VERIFY_LOADED(o);
    QCOMPARE(o.storage.where, KeyStorage::Where::FallbackFile);
    QVERIFY(!o.storage.warning.isEmpty());
}

void TestIdentityStore::fallbackFileIsOwnerOnly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    MemorySecretStore keychain;
    keychain.failCalls(Status::Unavailable, QStringLiteral("no keychain"));
    FileSecretStore fallback(tmp.filePath(QStringLiteral("keys")));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(o);
    QCOMPARE(o.storage.where, KeyStorage::Where::FallbackFile);
    QVERIFY2(o.storage.location.contains(tmp.filePath(QStringLiteral("keys"))),
             qPrintable(o.storage.location));
    const QString path = fallback.filePath(kKey);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), o.identity.privateSeed());

    const Outcome again = loadOnce(&keychain, &fallback);
    VERIFY_LOADED(again);
    QCOMPARE(again.identity.remoteIdentity(), o.identity.remoteIdentity());
}

void TestIdentityStore::corruptKeychainKeyFails_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("31 bytes") << QByteArray(31, 'k');
    QTest::newRow("33 bytes") << QByteArray(33, 'k');
    QTest::newRow("64 bytes") << QByteArray(64, 'k');
}

void TestIdentityStore::corruptKeychainKeyFails()
{
    QFETCH(QByteArray, stored);
    MemorySecretStore keychain(QStringLiteral("test keychain"));
    MemorySecretStore fallback;
    keychain.setValue(kKey, stored);
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_FAILED(o);
    QVERIFY2(o.reason.contains(QLatin1String("corrupt")), qPrintable(o.reason));
    QVERIFY2(o.reason.contains(QLatin1String("test keychain")), qPrintable(o.reason));
    QCOMPARE(keychain.value(kKey), stored); // never overwritten
    QCOMPARE(keychain.writeCount() + keychain.removeCount(), 0);
    QCOMPARE(fallback.callCount(), 0);
}

void TestIdentityStore::corruptFallbackKeyFails()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback(QStringLiteral("test file"));
    keychain.failCalls(Status::Unavailable);
    fallback.setValue(kKey, QByteArray(10, 'x'));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_FAILED(o);
    QVERIFY2(o.reason.contains(QLatin1String("corrupt")), qPrintable(o.reason));
    QVERIFY2(o.reason.contains(QLatin1String("test file")), qPrintable(o.reason));
    QCOMPARE(fallback.value(kKey), QByteArray(10, 'x'));
    QCOMPARE(fallback.writeCount() + fallback.removeCount(), 0);
}

void TestIdentityStore::corruptFallbackKeyIsNotImported()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    fallback.setValue(kKey, QByteArray(40, 'x'));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_FAILED(o);
    QVERIFY2(o.reason.contains(QLatin1String("corrupt")), qPrintable(o.reason));
    QCOMPARE(keychain.writeCount(), 0);
    QCOMPARE(fallback.value(kKey), QByteArray(40, 'x'));
}

void TestIdentityStore::unreadableFallbackBlocksNewIdentity()
{
    // The keychain is empty but a key file exists that cannot be read (e.g. world-readable):
    // making a new identity now would silently abandon the old one.
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    fallback.failCalls(Status::Failed, QStringLiteral("readable by other users"));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_FAILED(o);
    QVERIFY2(o.reason.contains(QLatin1String("readable by other users")), qPrintable(o.reason));
    QCOMPARE(keychain.writeCount(), 0);
}

void TestIdentityStore::nothingUsableFails()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    keychain.failCalls(Status::Unavailable, QStringLiteral("no D-Bus session"));
    fallback.failWrites(Status::Failed, QStringLiteral("disk full"));
    const Outcome o = loadOnce(&keychain, &fallback);
    VERIFY_FAILED(o);
    QVERIFY2(o.reason.contains(QLatin1String("no D-Bus session")), qPrintable(o.reason));
    QVERIFY2(o.reason.contains(QLatin1String("disk full")), qPrintable(o.reason));

    const Outcome noFallback = loadOnce(&keychain, nullptr);
    VERIFY_FAILED(noFallback);
}

QTEST_GUILESS_MAIN(TestIdentityStore)
#include "tst_identitystore.moc"
