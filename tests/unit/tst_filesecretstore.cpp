// FileSecretStore: the fallback store for the device key when no keychain answers.
#include "net/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Ferry::Net;
using Status = SecretStore::Status;

Q_DECLARE_METATYPE(Ferry::Net::SecretStore::Status)

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// Runs one store call and waits for its answer, checking that it did not come synchronously.
struct Answer
{
    std::optional<SecretStore::Result> result;
    bool synchronous = false;
    int calls = 0;
};

template<typename Start> SecretStore::Result run(Start start)
{
    auto answer = std::make_shared<Answer>();
    bool returned = false;
    start([answer, &returned](const SecretStore::Result &r) {
        ++answer->calls;
        answer->synchronous = !returned;
        answer->result = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return answer->result.has_value(); }, 5000))
        return {Status::Failed, {}, QStringLiteral("test: no answer")};
    QCoreApplication::processEvents(); // a second answer would show up here
    if (answer->synchronous || answer->calls != 1)
        return {Status::Failed, {}, QStringLiteral("test: answered synchronously or twice")};
    return *answer->result;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void roundTripBinary();
    void missingKeyIsNotFound();
    void createsDirectoryOwnerOnly();
    void writesFileOwnerOnly();
    void overwriteRestoresOwnerOnly();
    void refusesFileOthersCanAccess_data();
    void refusesFileOthersCanAccess();
    void refusesOversizedFile();
    void refusesOversizedWrite();
    void refusesSymlink();
    void refusesDirectory();
    void keysCannotEscapeTheDirectory();
    void removeDeletesTheFile();
    void answersAfterStoreIsGoneAreDropped();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    std::unique_ptr<FileSecretStore> m_store;

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
};

void TestFileSecretStore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(QStringLiteral("nested/keys"));
    m_store = std::make_unique<FileSecretStore>(m_dir);
}

void TestFileSecretStore::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

void TestFileSecretStore::roundTripBinary()
{
    const QByteArray secret("\x00\x01\xff\xfe key\0with\0nuls\xff", 20);
    QCOMPARE(write(QStringLiteral("device-key"), secret).status, Status::Ok);
    const auto r = read(QStringLiteral("device-key"));
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.data, secret);
    // Exactly one file, no temporary left behind by QSaveFile.
    QCOMPARE(filesIn(m_dir).size(), 1);
    QVERIFY(filesIn(m_dir).constFirst().endsWith(QLatin1String(".secret")));
}

void TestFileSecretStore::missingKeyIsNotFound()
{
    const auto r = read(QStringLiteral("nothing-here"));
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(!QFileInfo::exists(m_dir)); // reading creates nothing
    QCOMPARE(remove(QStringLiteral("nothing-here")).status, Status::NotFound);
}

void TestFileSecretStore::createsDirectoryOwnerOnly()
{
    QCOMPARE(write(QStringLiteral("k"), "v").status, Status::Ok);
    const QFileInfo dir(m_dir);
    QVERIFY(dir.isDir());
    QCOMPARE(dir.permissions() & kGroupOrOther, QFileDevice::Permissions());
    QVERIFY(dir.permissions().testFlags(kOwnerOnly | QFileDevice::ExeOwner));
}

void TestFileSecretStore::writesFileOwnerOnly()
{
    QCOMPARE(write(QStringLiteral("k"), "secret").status, Status::Ok);
    const QFileDevice::Permissions permissions = QFile::permissions(m_store->filePath("k"));
    const QFileDevice::Permissions ownerBits
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | kGroupOrOther;
    QCOMPARE(permissions & ownerBits, kOwnerOnly);
}

void TestFileSecretStore::overwriteRestoresOwnerOnly()
{
    // QSaveFile copies an existing file's permissions; ours must win.
    QCOMPARE(write(QStringLiteral("k"), "old").status, Status::Ok);
    const QString path = m_store->filePath(QStringLiteral("k"));
    QVERIFY(
        QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(write(QStringLiteral("k"), "new").status, Status::Ok);
    QCOMPARE(QFile::permissions(path) & kGroupOrOther, QFileDevice::Permissions());
    QCOMPARE(read(QStringLiteral("k")).data, QByteArray("new"));
}

void TestFileSecretStore::refusesFileOthersCanAccess_data()
{
    QTest::addColumn<int>("extra");
    QTest::newRow("world-readable") << int(QFileDevice::ReadOther);
    QTest::newRow("group-readable") << int(QFileDevice::ReadGroup);
    QTest::newRow("world-writable") << int(QFileDevice::WriteOther);
    QTest::newRow("group-writable") << int(QFileDevice::WriteGroup);
}

void TestFileSecretStore::refusesFileOthersCanAccess()
{
    QFETCH(int, extra);
    QCOMPARE(write(QStringLiteral("k"), "secret").status, Status::Ok);
    const QString path = m_store->filePath(QStringLiteral("k"));
    QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::Permissions::fromInt(extra)));
    const auto r = read(QStringLiteral("k"));
    QCOMPARE(r.status, Status::Failed);
    QVERIFY(r.data.isEmpty());
    QVERIFY2(r.detail.contains(QLatin1String("other users")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QLatin1String("chmod 600")), qPrintable(r.detail));
    QVERIFY(QFileInfo::exists(path)); // refused, not deleted
}

void TestFileSecretStore::refusesOversizedFile()
{
    QCOMPARE(write(QStringLiteral("k"), "small").status, Status::Ok);
    const QString path = m_store->filePath(QStringLiteral("k"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(QByteArray(FileSecretStore::kMaxSecretSize + 1, 'x')),
             FileSecretStore::kMaxSecretSize + 1);
    file.close();
    const auto r = read(QStringLiteral("k"));
    QCOMPARE(r.status, Status::Failed);
    QVERIFY(r.data.isEmpty());
    QVERIFY2(r.detail.contains(QString::number(FileSecretStore::kMaxSecretSize)),
             qPrintable(r.detail));

    // Exactly at the limit is fine.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(FileSecretStore::kMaxSecretSize, 'y'));
    file.close();
    QCOMPARE(read(QStringLiteral("k")).status, Status::Ok);
}

void TestFileSecretStore::refusesOversizedWrite()
{
    const auto r = write(QStringLiteral("k"), QByteArray(FileSecretStore::kMaxSecretSize + 1, 'x'));
    QCOMPARE(r.status, Status::Failed);
    QVERIFY(!QFileInfo::exists(m_store->filePath(QStringLiteral("k"))));
}

void TestFileSecretStore::refusesSymlink()
{
    QCOMPARE(write(QStringLiteral("other"), "elsewhere").status, Status::Ok);
    const QString target = m_store->filePath(QStringLiteral("other"));
    QVERIFY(QFile::link(target, m_store->filePath(QStringLiteral("k"))));
    const auto r = read(QStringLiteral("k"));
    QCOMPARE(r.status, Status::Failed);
    QVERIFY2(r.detail.contains(QLatin1String("symbolic link")), qPrintable(r.detail));
}

void TestFileSecretStore::refusesDirectory()
{
    QVERIFY(QDir().mkpath(m_store->filePath(QStringLiteral("k"))));
    const auto r = read(QStringLiteral("k"));
    QCOMPARE(r.status, Status::Failed);
    QVERIFY2(r.detail.contains(QLatin1String("regular file")), qPrintable(r.detail));
}

void TestFileSecretStore::keysCannotEscapeTheDirectory()
{
    const QStringList keys = {QStringLiteral("../../escape"), QStringLiteral("/etc/passwd"),
                              QStringLiteral("a/b"), QStringLiteral(".."), QString()};
    for (const QString &key : keys) {
        const QFileInfo file(m_store->filePath(key));
        QCOMPARE(file.absolutePath(), m_dir);
        QVERIFY(file.fileName().endsWith(QLatin1String(".secret")));
        QCOMPARE(write(key, key.toUtf8()).status, Status::Ok);
        QCOMPARE(read(key).data, key.toUtf8());
    }
    QCOMPARE(filesIn(m_dir).size(), keys.size());
    QCOMPARE(filesIn(m_tmp->path()), QStringList{QStringLiteral("nested")});
}

void TestFileSecretStore::removeDeletesTheFile()
{
    QCOMPARE(write(QStringLiteral("k"), "v").status, Status::Ok);
    QCOMPARE(remove(QStringLiteral("k")).status, Status::Ok);
    QVERIFY(!QFileInfo::exists(m_store->filePath(QStringLiteral("k"))));
    QCOMPARE(read(QStringLiteral("k")).status, Status::NotFound);
    QVERIFY(filesIn(m_dir).isEmpty());
}

void TestFileSecretStore::answersAfterStoreIsGoneAreDropped()
{
    int answers = 0;
    m_store->read(QStringLiteral("k"), [&answers](const SecretStore::Result &) { ++answers; });
    m_store.reset();
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
