#pragma once

#include "net/secretstore.h"

#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace Ferry::Test {

// In-memory SecretStore for unit tests. Answers asynchronously, like the real stores, and has
// knobs to fail every call with a given status, to fail only writes, or to never answer (for the
// callers' timeouts). Counts the calls it receives.
class MemorySecretStore : public Net::SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QString description = QStringLiteral("memory store"),
                               QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override { return m_description; }

    // Knobs. A failure answers every call (or every write) with status and detail, without
    // touching the entries; silent calls are kept unanswered until answerSilentCalls().
    void failCalls(Status status, const QString &detail = QStringLiteral("injected failure"));
    void failWrites(Status status, const QString &detail = QStringLiteral("injected failure"));
    void setSilent(bool silent) { m_silent = silent; }
    void reset(); // clears the knobs (not the entries or counters)
    // Runs the silenced calls now (asynchronously), as a backend that finally answers would.
    void answerSilentCalls();

    // Direct access to the contents, bypassing the knobs and the counters.
    QHash<QString, QByteArray> entries() const { return m_entries; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QByteArray value(const QString &key) const { return m_entries.value(key); }
    void setValue(const QString &key, const QByteArray &secret) { m_entries.insert(key, secret); }

    int readCount() const { return m_reads; }
    int writeCount() const { return m_writes; }
    int removeCount() const { return m_removes; }
    int callCount() const { return m_reads + m_writes + m_removes; }
    int answeredCount() const { return m_answered; }
    int silentCount() const { return int(m_silentCalls.size()); }

private:
    struct Failure
    {
        Status status;
        QString detail;
    };
    void handle(std::function<Result()> operation, bool isWrite, Callback done);
    void answerLater(std::function<Result()> operation, Callback done);

    QString m_description;
    QHash<QString, QByteArray> m_entries;
    std::optional<Failure> m_failAll;
    std::optional<Failure> m_failWrites;
    bool m_silent = false;
    std::vector<std::function<void()>> m_silentCalls;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
    int m_answered = 0;
};

} // namespace Ferry::Test
