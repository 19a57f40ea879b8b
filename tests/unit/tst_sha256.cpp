// Sha256 (OpenSSL EVP): known vectors, incremental hashing, and result() not ending the
// computation (the sender hashes a resume prefix, then goes on with the rest of the file).
#include "net/operations/spacedrop/sha256.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry::Net;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void incrementalEqualsOneShot_data();
    void incrementalEqualsOneShot();
    void resultMidwayDoesNotEndComputation();
    void resetStartsOver();
    void emptyAddDataChangesNothing();
};

void TestSha256::knownVectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("digest");

    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
        "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits (FIPS 180-2)")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("one million 'a'")
        << QByteArray(1'000'000, 'a')
        << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // From coreutils sha256sum.
    QTest::newRow("1 MiB of 'a'") << QByteArray(
        1 << 20,
        'a') << QByteArray("9bc1b2a288b26af7257a36277ae3816a7d4f16e89c1e7e77d0a5c48bad62b360");
    QTest::newRow("1 MiB of zeros")
        << QByteArray(1 << 20, '\0')
        << QByteArray("30e14955ebf1352266dc2ff8067e68104607e750abb9d3b36582b8af909fcb58");
}

void TestSha256::knownVectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, digest);

    QCOMPARE(Sha256::hash(data).toHex(), digest);
    Sha256 sha;
    sha.addData(data);
    QCOMPARE(sha.result().toHex(), digest);
    QCOMPARE(sha.result().size(), 32);
}

void TestSha256::incrementalEqualsOneShot_data()
{
    QTest::addColumn<int>("pieceSize");

    for (int size : {1, 3, 63, 64, 65, 4096, 1'048'563, 3'000'000})
        QTest::addRow("pieces of %d", size) << size;
}

void TestSha256::incrementalEqualsOneShot()
{
    QFETCH(int, pieceSize);

    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : data)
        c = char(gen.bounded(256));
    Sha256 sha;
    for (qsizetype at = 0; at < data.size(); at += pieceSize)
        sha.addData(
            QByteArrayView(data).sliced(at, std::min<qsizetype>(pieceSize, data.size() - at)));
    QCOMPARE(sha.result(), Sha256::hash(data));
}

void TestSha256::resultMidwayDoesNotEndComputation()
{
    Sha256 sha;
    sha.addData("ab");
    QCOMPARE(sha.result(), Sha256::hash("ab"));
    QCOMPARE(sha.result(), Sha256::hash("ab")); // asking twice changes nothing
    sha.addData("c");
    QCOMPARE(sha.result().toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::resetStartsOver()
{
    Sha256 sha;
    sha.addData("something else");
    sha.reset();
    sha.addData("abc");
    QCOMPARE(sha.result(), Sha256::hash("abc"));
}

void TestSha256::emptyAddDataChangesNothing()
{
    Sha256 sha;
    sha.addData(QByteArrayView());
    sha.addData("abc");
    sha.addData(QByteArray());
    QCOMPARE(sha.result(), Sha256::hash("abc"));
}

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
