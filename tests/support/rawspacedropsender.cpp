#include "tests/support/rawspacedropsender.h"

#include "net/header.h"
#include "net/stream.h"
#include "tests/support/testnode.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>

namespace Ferry::Test {

using namespace Net::Spacedrop;

RawSpacedropSender::RawSpacedropSender(const QString &name, QObject *parent) : QObject(parent)
{
    node = startNode(name);
}

RawSpacedropSender::~RawSpacedropSender()
{
    if (m_stream && !m_stream->isClosed())
        m_stream->reset(Net::ErrorCode::Cancelled, QStringLiteral("test over"));
    node.reset();
}

QUuid RawSpacedropSender::offer(const Net::RemoteIdentity &peer,
                                const Net::SpacedropEntries &entries, const QUuid &id, bool retry)
{
    m_stream = node->openStream(peer, Net::Header::of(Net::OperationTag::Spacedrop));
    m_stream->setIdleTimeout(Net::Milliseconds{0});
    connect(m_stream, &Net::Stream::messageReceived, this, [this] {
        while (m_stream && m_stream->messagesAvailable() > 0)
            m_received.append(m_stream->takeMessage());
    });
    connect(m_stream, &Net::Stream::closed, this,
            [this](const Net::Error &error) { m_closed = error; });
    Offer offer;
    offer.id = id.isNull() ? QUuid::createUuid() : id;
    offer.retry = retry;
    offer.entryCount = quint32(entries.size());
    for (const Net::SpacedropEntry &entry : entries)
        offer.totalBytes += entry.size;
    send(offer.encode());
    for (const QByteArray &message : EntryBatch::encodeAll(entries))
        send(message);
    return offer.id;
}

void RawSpacedropSender::send(const QByteArray &message)
{
    if (m_stream)
        m_stream->send(message);
}

void RawSpacedropSender::sendChunks(quint32 index, quint64 offset, const QByteArray &data)
{
    for (qsizetype at = 0; at < data.size(); at += Chunk::kMaxData) {
        const QByteArrayView part = QByteArrayView(data).sliced(at).first(
            std::min<qsizetype>(Chunk::kMaxData, data.size() - at));
        send(Chunk::encode(index, offset + quint64(at), part));
    }
}

void RawSpacedropSender::sendFileEnd(quint32 index, const QByteArray &sha256)
{
    send(FileEnd{index, sha256}.encode());
}

void RawSpacedropSender::finish()
{
    if (m_stream)
        m_stream->finish();
}

QByteArray RawSpacedropSender::waitForAnswer(int timeoutMs)
{
    QByteArray answer;
    const bool done = QTest::qWaitFor(
        [&] {
            while (answer.isEmpty() && m_read < m_received.size()) {
                const QByteArray &message = m_received.at(m_read++);
                if (kindOf(message) != Kind::Asking)
                    answer = message;
            }
            return !answer.isEmpty() || m_closed;
        },
        timeoutMs);
    return done ? answer : QByteArray();
}

std::optional<Accept> RawSpacedropSender::waitForAccept(int timeoutMs)
{
    const QByteArray answer = waitForAnswer(timeoutMs);
    const auto accept = Accept::decode(answer);
    if (accept.isOk())
        return *accept.value;
    qWarning("expected ACCEPT, got %s (stream %s)", answer.toHex(' ').left(60).constData(),
             m_closed ? qPrintable(m_closed->toString()) : "open");
    return std::nullopt;
}

bool RawSpacedropSender::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_closed.has_value(); }, timeoutMs);
}

Net::SpacedropEntry fileEntry(const QString &path, quint64 size)
{
    Net::SpacedropEntry entry;
    entry.type = Net::SpacedropEntry::Type::File;
    entry.size = size;
    entry.mtimeMs = 1'700'000'000'000;
    entry.path = path;
    return entry;
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes((size + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    bytes.truncate(size);
    return bytes;
}

bool hasPartFiles(const QString &root)
{
    QDirIterator it(root, {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    return it.hasNext();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

ScopedTmpfs::ScopedTmpfs(qint64 bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("ferry-test", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                options.constData())
        == 0)
        m_mounted = true;
    else
        m_error = QString::fromLocal8Bit(std::strerror(errno));
}

ScopedTmpfs::~ScopedTmpfs()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

} // namespace Ferry::Test
