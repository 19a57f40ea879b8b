#include "tests/support/memorysecretstore.h"

#include <QTimer>

namespace Ferry::Test {

MemorySecretStore::MemorySecretStore(QString description, QObject *parent)
    : SecretStore(parent), m_description(std::move(description))
{ }

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, Callback done)
{
    ++m_reads;
    handle(
        [this, key]() -> Result {
            const auto it = m_entries.constFind(key);
            if (it == m_entries.cend())
                return {Status::NotFound, {}, QStringLiteral("no entry %1").arg(key)};
            return {Status::Ok, *it, {}};
        },
        false, std::move(done));
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    ++m_writes;
    handle(
        [this, key, secret]() -> Result {
            m_entries.insert(key, secret);
            return {Status::Ok, {}, {}};
        },
        true, std::move(done));
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    ++m_removes;
    handle(
        [this, key]() -> Result {
            if (m_entries.remove(key) == 0)
                return {Status::NotFound, {}, QStringLiteral("no entry %1").arg(key)};
            return {Status::Ok, {}, {}};
        },
        false, std::move(done));
}

void MemorySecretStore::failCalls(Status status, const QString &detail)
{
    m_failAll = Failure{status, detail};
}

void MemorySecretStore::failWrites(Status status, const QString &detail)
{
    m_failWrites = Failure{status, detail};
}

void MemorySecretStore::reset()
{
    m_failAll.reset();
    m_failWrites.reset();
    m_silent = false;
}

void MemorySecretStore::answerSilentCalls()
{
    const auto calls = std::exchange(m_silentCalls, {});
    for (const auto &call : calls)
        call();
}

void MemorySecretStore::handle(std::function<Result()> operation, bool isWrite, Callback done)
{
    // The knobs are read when the call arrives, like a backend's state at that moment.
    std::optional<Failure> failure = m_failAll;
    if (!failure && isWrite)
        failure = m_failWrites;
    if (failure) {
        operation = [failure] { return Result{failure->status, {}, failure->detail}; };
    }
    if (m_silent) {
        m_silentCalls.push_back([this, operation, done] { answerLater(operation, done); });
        return;
    }
    answerLater(std::move(operation), std::move(done));
}

void MemorySecretStore::answerLater(std::function<Result()> operation, Callback done)
{
    QTimer::singleShot(0, this, [this, operation = std::move(operation), done = std::move(done)] {
        ++m_answered;
        done(operation());
    });
}

} // namespace Ferry::Test
