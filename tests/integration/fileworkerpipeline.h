#pragma once
// A sender's FileReadWorker wired straight to a receiver's FileWriteWorker, each on its own
// QThread, with the test's thread standing in for the two protocol state machines: it opens each
// file on the writer when its first message arrives, forwards CHUNKs and FILE_ENDs, and gives the
// reader credit back as the writer confirms. No network. Not a QObject: no moc needed.
#include "net/operations/spacedrop/filereadworker.h"
#include "net/operations/spacedrop/filewriteworker.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <QEventLoop>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Ferry::Test {

struct PipelineOptions
{
    qint64 initialGrant = 8 << 20;
    bool refill = true; // grant back what the writer confirms
    bool corruptDigest = false; // flip a bit of every FILE_END digest
    bool dropLastChunk = false; // keep each file's last CHUNK from the writer
    qint64 resumeIndex = -1; // the entry opened with resume = true
    quint64 resumeOffset = 0; // its held bytes (a FILE_END-only resume starts there)
};

class WorkerPipeline
{
public:
    using Options = PipelineOptions;

    explicit WorkerPipeline(Options options = {}) : m_options(options)
    {
        m_reader->moveToThread(&m_readThread);
        m_writer->moveToThread(&m_writeThread);
        wire();
        m_readThread.start();
        m_writeThread.start();
    }

    ~WorkerPipeline()
    {
        QMetaObject::invokeMethod(m_reader.get(), [r = m_reader.get()] { r->stop(); });
        m_readThread.quit();
        m_writeThread.quit();
        m_readThread.wait();
        m_writeThread.wait();
    }

    void setTargets(const QList<Net::TargetFile> &targets)
    {
        for (const Net::TargetFile &t : targets)
            m_targets.insert(t.index, t);
    }

    void start(const QList<Net::SourceFile> &files, quint64 prefixOffset = 0,
               const QByteArray &prefixDigest = {})
    {
        const qint64 grant = m_options.initialGrant;
        onReader([=](Net::FileReadWorker &r) {
            r.grant(grant);
            r.start(files, prefixOffset, prefixDigest);
        });
    }

    template<typename F> void onReader(F f)
    {
        QMetaObject::invokeMethod(m_reader.get(), [r = m_reader.get(), f] { f(*r); });
    }
    template<typename F> void onWriter(F f)
    {
        QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), f] { f(*w); });
    }

    // Runs an event loop until done() holds, checking after every event from the workers.
    // (QTest::qWaitFor sleeps 10 ms between rounds of events: far too slow to measure speed.)
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120'000)
    {
        if (done())
            return true;
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_changed = [&] {
            if (done())
                loop.quit();
        };
        loop.exec();
        m_changed = nullptr;
        return done();
    }

    // What happened, as seen from the test's thread.
    QList<QPair<quint32, QString>> completed;
    std::optional<Net::Error> readError;
    std::optional<Net::Error> writeError;
    int readErrors = 0;
    int writeErrors = 0;
    bool readerFinished = false;
    std::optional<bool> prefixMatched;
    QHash<quint32, quint64> firstOffset; // per file index: where its data started
    qint64 maxOutstanding = 0; // message bytes produced and not yet given back
    qint64 dataBytes = 0; // as the reader counted them
    qint64 chunkDataBytes = 0; // as the CHUNKs carry them
    int batches = 0;
    int foldersCreated = 0;
    std::optional<std::tuple<quint32, quint64, QByteArray>> inspected;

private:
    void wire()
    {
        using R = Net::FileReadWorker;
        using W = Net::FileWriteWorker;
        QObject *c = &m_context;
        QObject::connect(m_reader.get(), &R::messagesReady, c,
                         [this](const QList<QByteArray> &m, qint64 data) { forward(m, data); });
        QObject::connect(m_reader.get(), &R::finished, c, [this] { readerFinished = true; });
        QObject::connect(m_reader.get(), &R::prefixChecked, c,
                         [this](bool m) { prefixMatched = m; });
        QObject::connect(m_reader.get(), &R::failed, c, [this](Net::ErrorCode code, QString d) {
            readError = Net::Error{code, d};
            ++readErrors;
        });
        QObject::connect(m_writer.get(), &W::written, c,
                         [this](qint64 n) { giveBack(n + Net::Spacedrop::Chunk::kHeaderSize); });
        QObject::connect(m_writer.get(), &W::fileCompleted, c, [this](quint32 i, QString path) {
            completed.append({i, path});
            giveBack(kFileEndSize);
        });
        QObject::connect(m_writer.get(), &W::failed, c, [this](Net::ErrorCode code, QString d) {
            writeError = Net::Error{code, d};
            ++writeErrors;
        });
        QObject::connect(m_writer.get(), &W::foldersCreated, c, [this] { ++foldersCreated; });
        QObject::connect(m_writer.get(), &W::inspected, c,
                         [this](quint32 i, quint64 held, QByteArray sha) {
                             inspected = std::make_tuple(i, held, sha);
                         });
        // After the handlers above (connected first, so called first).
        QObject::connect(m_reader.get(), &R::finished, c, [this] { notify(); });
        QObject::connect(m_reader.get(), &R::failed, c, [this] { notify(); });
        QObject::connect(m_writer.get(), &W::fileCompleted, c, [this] { notify(); });
        QObject::connect(m_writer.get(), &W::failed, c, [this] { notify(); });
    }

    void forward(const QList<QByteArray> &messages, qint64 data)
    {
        ++batches;
        dataBytes += data;
        for (const QByteArray &message : messages) {
            m_outstanding += message.size();
            maxOutstanding = std::max(maxOutstanding, m_outstanding);
            if (Net::Spacedrop::kindOf(message) == Net::Spacedrop::Kind::Chunk) {
                const auto chunk = *Net::Spacedrop::Chunk::decode(message).value;
                chunkDataBytes += chunk.dataSize;
                ensureOpen(chunk.index, chunk.offset);
                const bool last
                    = chunk.offset + quint64(chunk.dataSize) == m_targets.value(chunk.index).size;
                if (!(m_options.dropLastChunk && last))
                    onWriter([message](Net::FileWriteWorker &w) { w.write(message); });
            } else {
                const auto end = *Net::Spacedrop::FileEnd::decode(message).value;
                const bool resumed
                    = qint64(end.index) == m_options.resumeIndex && prefixMatched.value_or(false);
                ensureOpen(end.index, resumed ? m_options.resumeOffset : 0);
                QByteArray digest = end.sha256;
                if (m_options.corruptDigest)
                    digest[0] = char(digest[0] ^ 1);
                onWriter([digest](Net::FileWriteWorker &w) { w.finishFile(digest); });
            }
        }
    }

    void ensureOpen(quint32 index, quint64 startOffset)
    {
        if (m_openIndex == qint64(index))
            return;
        m_openIndex = index;
        firstOffset.insert(index, startOffset);
        const Net::TargetFile target = m_targets.value(index);
        const bool resume = qint64(index) == m_options.resumeIndex;
        onWriter([=](Net::FileWriteWorker &w) { w.openFile(target, startOffset, resume); });
    }

    // Like a sender refilling between water marks: credit goes back in pieces of a quarter of
    // the window, not per message (which would make the reader hand over one message at a time).
    void giveBack(qint64 bytes)
    {
        m_outstanding -= bytes;
        m_returned += bytes;
        if (!m_options.refill || m_returned < std::max<qint64>(1, m_options.initialGrant / 4))
            return;
        const qint64 grant = std::exchange(m_returned, 0);
        onReader([grant](Net::FileReadWorker &r) { r.grant(grant); });
    }

    void notify()
    {
        if (m_changed)
            m_changed();
    }

    static constexpr qint64 kFileEndSize = 1 + 4 + Net::Spacedrop::kDigestSize;

    Options m_options;
    QObject m_context; // receives the workers' signals on the test's thread
    QThread m_readThread;
    QThread m_writeThread;
    std::unique_ptr<Net::FileReadWorker> m_reader = std::make_unique<Net::FileReadWorker>();
    std::unique_ptr<Net::FileWriteWorker> m_writer = std::make_unique<Net::FileWriteWorker>();
    QHash<quint32, Net::TargetFile> m_targets;
    qint64 m_openIndex = -1;
    qint64 m_outstanding = 0;
    qint64 m_returned = 0; // given back by the writer, not yet granted
    std::function<void()> m_changed;
};

} // namespace Ferry::Test
