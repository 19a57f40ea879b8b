// FrameReader: frames read straight from a device as their bytes arrive (docs/PROTOCOL.md §4),
// and FrameBatch: frames handed to a socket in pieces, large payloads shared rather than copied.
#include "net/framebatch.h"
#include "net/framereader.h"
#include "tests/support/arrivingbytes.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

using namespace Ferry::Net;
using Ferry::TestSupport::ArrivingBytes;

namespace {

QByteArray patterned(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(i * 7 + 3);
    return out;
}

} // namespace

class TestFrameReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeFrameAtOnce();
    void byteByByte();
    void severalFramesInOneArrival();
    void emptyPayload();
    void oversizedHeaderIsRefusedBeforeItsPayload();
    void batchPacksSmallFramesTogether();
    void batchSharesLargePayloads();
    void batchDecodesToWhatWasAppended();
};

void TestFrameReader::wholeFrameAtOnce()
{
    ArrivingBytes device;
    const QByteArray payload = patterned(Frame::kMaxPayload);
    device.arrive(encodeFrame(FrameType::Data, 7, payload));
    FrameReader reader;
    auto result = reader.next(device);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.value->frameType(), FrameType::Data);
    QCOMPARE(result.value->stream, 7u);
    QCOMPARE(result.value->payload, payload);
    QCOMPARE(result.consumed, Frame::kHeaderSize + payload.size());
    QCOMPARE(reader.next(device).status, DecodeStatus::NeedMore);
}

void TestFrameReader::byteByByte()
{
    ArrivingBytes device;
    FrameReader reader;
    const QByteArray wire = encodeFrame(FrameType::Open, 3, "hello");
    for (qsizetype i = 0; i + 1 < wire.size(); ++i) {
        device.arrive(wire.sliced(i, 1));
        QCOMPARE(reader.next(device).status, DecodeStatus::NeedMore);
    }
    device.arrive(wire.last(1));
    const auto result = reader.next(device);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.value->stream, 3u);
    QCOMPARE(result.value->payload, QByteArray("hello"));
}

void TestFrameReader::severalFramesInOneArrival()
{
    ArrivingBytes device;
    FrameReader reader;
    device.arrive(encodeFrame(FrameType::Data, 1, "one") + encodeFrame(FrameType::Fin, 1, {})
                  + encodeFrame(FrameType::Data, 3, "thr"));
    QCOMPARE(reader.next(device).value->payload, QByteArray("one"));
    QCOMPARE(reader.next(device).value->frameType(), FrameType::Fin);
    const auto third = reader.next(device);
    QCOMPARE(third.value->stream, 3u);
    QCOMPARE(third.value->payload, QByteArray("thr"));
    QCOMPARE(reader.next(device).status, DecodeStatus::NeedMore);
}

void TestFrameReader::emptyPayload()
{
    ArrivingBytes device;
    FrameReader reader;
    device.arrive(encodeFrame(FrameType::Fin, 9, {}));
    const auto result = reader.next(device);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QVERIFY(result.value->payload.isEmpty());
    QCOMPARE(result.consumed, Frame::kHeaderSize);
}

void TestFrameReader::oversizedHeaderIsRefusedBeforeItsPayload()
{
    ArrivingBytes device;
    FrameReader reader;
    QByteArray header;
    appendFrameHeader(header, FrameType::Data, 1, 0);
    header[5] = char(0x00); // length 0x00100001: one byte over the cap
    header[6] = char(0x10);
    header[7] = char(0x00);
    header[8] = char(0x01);
    device.arrive(header + "x");
    const auto result = reader.next(device);
    QCOMPARE(result.status, DecodeStatus::TooLarge);
    QVERIFY2(result.why.contains(QString::number(Frame::kMaxPayload + 1)), qPrintable(result.why));
    QCOMPARE(device.bytesAvailable(), 1); // the payload was never read
}

void TestFrameReader::batchPacksSmallFramesTogether()
{
    FrameBatch batch;
    QVERIFY(batch.isEmpty());
    batch.appendEncoded(encodeFrame(FrameType::Window, 3, QByteArray(4, '\1')));
    batch.append(FrameType::Data, 1, "small");
    batch.append(FrameType::Fin, 1, {});
    QCOMPARE(batch.pieces().size(), 1);
    QCOMPARE(batch.size(),
             (Frame::kHeaderSize + 4) + (Frame::kHeaderSize + 5) + Frame::kHeaderSize);
}

void TestFrameReader::batchSharesLargePayloads()
{
    FrameBatch batch;
    const QByteArray large = patterned(FrameBatch::kSharedPayload);
    batch.append(FrameType::Data, 1, "a");
    batch.append(FrameType::Data, 1, large);
    batch.append(FrameType::Fin, 1, {});
    const QList<QByteArray> pieces = batch.pieces();
    QCOMPARE(pieces.size(), 3); // [DATA a + header], [large], [FIN]
    QCOMPARE(pieces[1].constData(), large.constData()); // shared, not copied
    QCOMPARE(pieces[0].size(), 2 * Frame::kHeaderSize + 1);
    QCOMPARE(pieces[2].size(), Frame::kHeaderSize);
}

void TestFrameReader::batchDecodesToWhatWasAppended()
{
    FrameBatch batch;
    const QByteArray large = patterned(FrameBatch::kSharedPayload + 5);
    const QByteArray below = patterned(FrameBatch::kSharedPayload - 1);
    batch.append(FrameType::Data, 5, large);
    batch.append(FrameType::Data, 7, below);
    batch.append(FrameType::Data, 5, large);
    ArrivingBytes device;
    device.arrive(batch.joined());
    FrameReader reader;
    const QList<QPair<quint32, QByteArray>> expected{{5, large}, {7, below}, {5, large}};
    for (const auto &[stream, payload] : expected) {
        const auto result = reader.next(device);
        QCOMPARE(result.status, DecodeStatus::Ok);
        QCOMPARE(result.value->stream, stream);
        QCOMPARE(result.value->payload, payload);
    }
    QCOMPARE(reader.next(device).status, DecodeStatus::NeedMore);
    QCOMPARE(batch.size(), batch.joined().size());
}

QTEST_GUILESS_MAIN(TestFrameReader)
#include "tst_framereader.moc"
