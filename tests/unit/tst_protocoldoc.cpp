// docs/PROTOCOL.md must stay true: every byte example marked <!-- example: NAME --> in it is
// compared with what the encoders produce for the values the document states.
#include "net/announcement.h"
#include "net/bytewriter.h"
#include "net/deviceidentity.h"
#include "net/errorpayload.h"
#include "net/frame.h"
#include "net/header.h"
#include "net/hello.h"
#include "net/operations/pingmessage.h"
#include "net/operations/spacedrop/sha256.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Ferry::Net;

namespace {
RemoteIdentity exampleIdentity()
{
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(char(i));
    return RemoteIdentity::fromRawKey(key);
}

// The hex bytes of the fenced block that follows the marker, with spaces, newlines and comments
// (after '#') removed.
QByteArray exampleFromDoc(const QString &name)
{
    QFile file(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/docs/PROTOCOL.md"));
    if (!file.open(QIODevice::ReadOnly))
        return "missing docs/PROTOCOL.md";
    const QString text = QString::fromUtf8(file.readAll());
    const QString marker = QStringLiteral("<!-- example: %1 -->").arg(name);
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return "missing example " + name.toUtf8();
    const qsizetype open = text.indexOf(QStringLiteral("```"), at);
    const qsizetype start = text.indexOf(QLatin1Char('\n'), open) + 1;
    const qsizetype end = text.indexOf(QStringLiteral("```"), start);
    QByteArray hex;
    for (QString line : text.mid(start, end - start).split(QLatin1Char('\n'))) {
        line = line.section(QLatin1Char('#'), 0, 0);
        line.remove(QRegularExpression(QStringLiteral("\\s")));
        hex += line.toLatin1();
    }
    return QByteArray::fromHex(hex);
}
} // namespace

class TestProtocolDoc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesMatchEncoders_data();
    void examplesMatchEncoders();
    void identityTextExample();
};

void TestProtocolDoc::examplesMatchEncoders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");

    Hello hello;
    hello.identity = exampleIdentity();
    hello.metadata.deviceName = QStringLiteral("Ana's laptop");
    hello.metadata.os = QStringLiteral("Linux");
    hello.metadata.appVersion = QStringLiteral("0.1.0");
    hello.metadata.capabilities = {0x0001};
    QTest::newRow("hello") << "hello" << encodeFrame(FrameType::Hello, 0, hello.encode());

    QByteArray welcome;
    ByteWriter(welcome).u16(1);
    QTest::newRow("welcome") << "welcome" << encodeFrame(FrameType::Welcome, 0, welcome);
    QTest::newRow("open") << "open-ping"
                          << encodeFrame(FrameType::Open, 1,
                                         Header::of(OperationTag::Ping).encode());
    QTest::newRow("ping") << "data-ping"
                          << encodeFrame(
                                 FrameType::Data, 1,
                                 PingMessage{PingMessage::Kind::Ping, 0x1122334455667788}.encode());
    QTest::newRow("pong") << "data-pong"
                          << encodeFrame(
                                 FrameType::Data, 1,
                                 PingMessage{PingMessage::Kind::Pong, 0x1122334455667788}.encode());
    QTest::newRow("fin") << "fin" << encodeFrame(FrameType::Fin, 1, {});
    QByteArray increment;
    ByteWriter(increment).u32(1048576);
    QTest::newRow("window") << "window" << encodeFrame(FrameType::Window, 1, increment);
    QTest::newRow("reset") << "reset"
                           << encodeFrame(
                                  FrameType::Reset, 3,
                                  ErrorPayload::encode(ErrorCode::UnknownOperation,
                                                       QStringLiteral("no such operation")));
    QTest::newRow("goaway") << "goaway"
                            << encodeFrame(FrameType::GoAway, 0,
                                           ErrorPayload::encode(ErrorCode::IncompatibleVersion,
                                                                QStringLiteral("we speak 1-1")));

    QByteArray seed;
    for (int i = 1; i <= DeviceIdentity::kSeedSize; ++i)
        seed.append(char(i));
    const auto signer = DeviceIdentity::fromPrivateSeed(seed);
    QVERIFY(signer.has_value());
    Announcement announce;
    announce.kind = Announcement::Kind::Announce;
    announce.instance = 0x0102030405060708;
    announce.sequence = 1;
    announce.tcpPort = 47474;
    announce.metadata.deviceName = QStringLiteral("Ana's laptop");
    announce.metadata.os = QStringLiteral("Linux");
    announce.metadata.appVersion = QStringLiteral("0.1.0");
    QTest::newRow("announce") << "announce" << announce.encode(*signer);

    // §13.6: a Spacedrop transfer of Holiday/a.txt on stream 1.
    using namespace Spacedrop;
    const auto data
        = [](const QByteArray &message) { return encodeFrame(FrameType::Data, 1, message); };
    QTest::newRow("spacedrop open")
        << "spacedrop-open"
        << encodeFrame(FrameType::Open, 1, Header::of(OperationTag::Spacedrop).encode());
    const QUuid id = QUuid::fromString(QStringLiteral("00112233-4455-6677-8899-aabbccddeeff"));
    QTest::newRow("spacedrop offer")
        << "spacedrop-offer" << data(Offer{id, false, 2, 5, QStringLiteral("hi")}.encode());
    const QList<QByteArray> entries = EntryBatch::encodeAll({
        {SpacedropEntry::Type::Folder, false, 0, 0, QStringLiteral("Holiday")},
        {SpacedropEntry::Type::File, false, 5, 1700000000000, QStringLiteral("Holiday/a.txt")},
    });
    QCOMPARE(entries.size(), 1);
    QTest::newRow("spacedrop entries") << "spacedrop-entries" << data(entries[0]);
    QTest::newRow("spacedrop accept") << "spacedrop-accept" << data(Accept{}.encode());
    QTest::newRow("spacedrop chunk") << "spacedrop-chunk" << data(Chunk::encode(1, 0, "hello"));
    QTest::newRow("spacedrop file end")
        << "spacedrop-file-end" << data(FileEnd{1, Sha256::hash("hello")}.encode());
    QTest::newRow("spacedrop done") << "spacedrop-done" << data(encodeSignal(Kind::Done));
}

void TestProtocolDoc::examplesMatchEncoders()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QByteArray documented = exampleFromDoc(name);
    QVERIFY2(
        documented == bytes,
        qPrintable(QStringLiteral("docs/PROTOCOL.md example '%1' is\n%2\nthe encoder gives\n%3")
                       .arg(name, QString::fromLatin1(documented.toHex(' ')),
                            QString::fromLatin1(bytes.toHex(' ')))));
}

void TestProtocolDoc::identityTextExample()
{
    const RemoteIdentity id = exampleIdentity();
    QFile file(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/docs/PROTOCOL.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(id.toText()), qPrintable(id.toText()));
    QVERIFY2(text.contains(id.shortText()), qPrintable(id.shortText()));
    QVERIFY2(text.contains(id.fingerprint()), qPrintable(id.fingerprint()));
}

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocoldoc.moc"
