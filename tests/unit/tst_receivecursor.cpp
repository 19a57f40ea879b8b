// ReceiveCursor: the receiver accepts exactly the data of docs/PROTOCOL.md §13.2, in order, and
// says when a file must be opened and where.
#include "net/operations/spacedrop/receivecursor.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {
SpacedropEntry entry(const QString &path, quint64 size, bool folder = false)
{
    SpacedropEntry e;
    e.path = path;
    e.size = size;
    e.type = folder ? SpacedropEntry::Type::Folder : SpacedropEntry::Type::File;
    return e;
}

// folder d, d/a (10 bytes), d/empty, d/b (5 bytes)
const SpacedropEntries kEntries{
    entry(QStringLiteral("d"), 0, true), entry(QStringLiteral("d/a"), 10),
    entry(QStringLiteral("d/empty"), 0), entry(QStringLiteral("d/b"), 5)};
} // namespace

class TestReceiveCursor : public QObject
{
    Q_OBJECT
private slots:
    void wholeTransferInOrder();
    void refusals_data();
    void refusals();
    void resumeAtHeldPrefix();
    void resumeRestartedBySender();
    void resumeOfWholeHeldFile();
};

void TestReceiveCursor::wholeTransferInOrder()
{
    ReceiveCursor c;
    c.start(kEntries, 0, 0);
    QCOMPARE(c.fileCount(), 3);
    auto step = c.chunk(1, 0, 4);
    QVERIFY(!step.error.isError());
    QVERIFY(step.open);
    QCOMPARE(step.openAt, quint64(0));
    QVERIFY(!c.chunk(1, 4, 6).open);
    QVERIFY(!c.fileEnd(1).error.isError());
    step = c.fileEnd(2); // the empty file: FILE_END alone opens it
    QVERIFY(!step.error.isError());
    QVERIFY(step.open);
    QVERIFY(!c.chunk(3, 0, 5).error.isError());
    QVERIFY(!c.allReceived());
    QVERIFY(!c.fileEnd(3).error.isError());
    QVERIFY(c.allReceived());
    QCOMPARE(c.heldBefore(), quint64(0));
}

void TestReceiveCursor::refusals_data()
{
    QTest::addColumn<int>("kind"); // 0 chunk, 1 fileEnd
    QTest::addColumn<quint32>("index");
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<int>("code");
    const int malformed = int(ErrorCode::MalformedMessage);
    QTest::newRow("chunk for a folder") << 0 << 0u << quint64(0) << quint64(1) << malformed;
    QTest::newRow("chunk for a later file") << 0 << 3u << quint64(0) << quint64(1) << malformed;
    QTest::newRow("chunk past the entries") << 0 << 9u << quint64(0) << quint64(1) << malformed;
    QTest::newRow("first chunk not at 0") << 0 << 1u << quint64(2) << quint64(1) << malformed;
    QTest::newRow("more than declared")
        << 0 << 1u << quint64(0) << quint64(11) << int(ErrorCode::SizeMismatch);
    QTest::newRow("file end before its bytes")
        << 1 << 1u << quint64(0) << quint64(0) << int(ErrorCode::SizeMismatch);
    QTest::newRow("file end for another file") << 1 << 3u << quint64(0) << quint64(0) << malformed;
}

void TestReceiveCursor::refusals()
{
    QFETCH(int, kind);
    QFETCH(quint32, index);
    QFETCH(quint64, offset);
    QFETCH(quint64, size);
    QFETCH(int, code);
    ReceiveCursor c;
    c.start(kEntries, 0, 0);
    const auto step = kind == 0 ? c.chunk(index, offset, size) : c.fileEnd(index);
    QCOMPARE(int(step.error.code), code);
    QVERIFY(!step.error.detail.isEmpty());
}

void TestReceiveCursor::resumeAtHeldPrefix()
{
    ReceiveCursor c;
    c.start(kEntries, 1, 6); // a held 6 of its 10 bytes
    QCOMPARE(c.heldBefore(), quint64(6));
    QVERIFY(c.chunk(1, 0, 1).error.isError() == false); // 0 is allowed: see the next test
    ReceiveCursor d;
    d.start(kEntries, 1, 6);
    QCOMPARE(int(d.chunk(1, 3, 1).error.code), int(ErrorCode::MalformedMessage));
    ReceiveCursor e;
    e.start(kEntries, 1, 6);
    const auto step = e.chunk(1, 6, 4);
    QVERIFY(step.open && step.resumeFile);
    QCOMPARE(step.openAt, quint64(6));
    QVERIFY(!e.fileEnd(1).error.isError());
    QCOMPARE(e.heldBefore(), quint64(6));
}

void TestReceiveCursor::resumeRestartedBySender()
{
    ReceiveCursor c;
    c.start(kEntries, 1, 6);
    const auto step = c.chunk(1, 0, 10); // the sender's prefix differed
    QVERIFY(step.open && step.resumeFile);
    QCOMPARE(step.openAt, quint64(0));
    QCOMPARE(c.heldBefore(), quint64(0));
    QVERIFY(!c.fileEnd(1).error.isError());
}

void TestReceiveCursor::resumeOfWholeHeldFile()
{
    ReceiveCursor c;
    c.start(kEntries, 3, 5); // b held whole, only its FILE_END is missing
    QCOMPARE(c.fileCount(), 1);
    QCOMPARE(c.heldBefore(), quint64(15));
    const auto step = c.fileEnd(3);
    QVERIFY(!step.error.isError());
    QCOMPARE(step.openAt, quint64(5));
    QVERIFY(c.allReceived());
}

QTEST_GUILESS_MAIN(TestReceiveCursor)
#include "tst_receivecursor.moc"
