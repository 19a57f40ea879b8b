#pragma once

#include "net/errorcode.h"
#include "net/node.h"
#include "net/operations/spacedrop/spacedropentry.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace Ferry::Net {
class Stream;
}

namespace Ferry::Test {

// A hand-driven Spacedrop sender on a bare Node (docs/PROTOCOL.md §13): it sends exactly the
// messages a test asks for (correct ones, wrong digests, too many bytes, out-of-order chunks,
// silence) and records what the receiver answers and how the stream ends.
class RawSpacedropSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawSpacedropSender)
public:
    explicit RawSpacedropSender(const QString &name = QStringLiteral("raw sender"),
                                QObject *parent = nullptr);
    ~RawSpacedropSender() override;

    Net::RemoteIdentity id() const { return node->identity(); }
    // Opens a Spacedrop stream to peer (connected already) and sends OFFER (a new transfer id
    // unless given; total_bytes the sum of the sizes) and ENTRIES. The stream never times out
    // on our side.
    QUuid offer(const Net::RemoteIdentity &peer, const Net::SpacedropEntries &entries,
                const QUuid &id = {}, bool retry = false);

    void send(const QByteArray &message);
    // CHUNK messages for data from offset, split at Chunk::kMaxData.
    void sendChunks(quint32 index, quint64 offset, const QByteArray &data);
    void sendFileEnd(quint32 index, const QByteArray &sha256);
    void finish();

    // Waits for the answer to the offer (an ASKING before it is skipped): the message, or
    // nothing on timeout or when the stream closed first.
    QByteArray waitForAnswer(int timeoutMs = 5000);
    // The answer, which must be ACCEPT; nullopt otherwise.
    std::optional<Net::Spacedrop::Accept> waitForAccept(int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    // How the stream ended; nullopt while it is open.
    std::optional<Net::Error> closeError() const { return m_closed; }
    const QList<QByteArray> &received() const { return m_received; }

    std::unique_ptr<Net::Node> node;

private:
    QPointer<Net::Stream> m_stream;
    QList<QByteArray> m_received;
    qsizetype m_read = 0; // messages of m_received looked at by waitForAnswer()
    std::optional<Net::Error> m_closed;
};

// A file entry for an offer.
Net::SpacedropEntry fileEntry(const QString &path, quint64 size);
QByteArray sha256(QByteArrayView data);
// Deterministic pseudo-random bytes.
QByteArray randomBytes(qsizetype size, quint32 seed = 1);
// True when a ".part" file is anywhere below root.
bool hasPartFiles(const QString &root);

// Runs the event loop (without the 10 ms naps of QTest::qWaitFor, which would throttle a
// transfer between two in-process nodes) until done() holds; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// A tmpfs of the given size mounted on a fresh temporary folder (root in a private mount
// namespace: scripts/in-sandbox.sh), unmounted on destruction.
class ScopedTmpfs
{
public:
    explicit ScopedTmpfs(qint64 bytes);
    ~ScopedTmpfs();
    Q_DISABLE_COPY_MOVE(ScopedTmpfs)

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

} // namespace Ferry::Test
