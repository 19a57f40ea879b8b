#include "bench/support/sequence.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace Ferry::Bench {

namespace {
QString g_phase;
}

Sequence &Sequence::then(const QString &phase, Step step)
{
    m_steps.push_back({phase, std::move(step)});
    return *this;
}

Sequence &Sequence::repeat(const QString &phase, int times, std::function<void(int, Done)> body)
{
    for (int i = 0; i < times; ++i)
        m_steps.push_back({phase, [body, i](Done done) { body(i, std::move(done)); }});
    return *this;
}

void Sequence::run(Done finished)
{
    m_finished = std::move(finished);
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [this] { next(); }, Qt::QueuedConnection);
}

QString Sequence::currentPhase()
{
    return g_phase;
}

void Sequence::next()
{
    if (m_steps.empty()) {
        g_phase = QStringLiteral("done");
        if (m_finished)
            m_finished();
        return;
    }
    Entry entry = std::move(m_steps.front());
    m_steps.pop_front();
    g_phase = entry.phase;
    entry.step([this] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [this] { next(); }, Qt::QueuedConnection);
    });
}

void fatal(const QString &why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::fflush(stdout);
    std::exit(1);
}

qint64 processCpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ns
        = [](const timeval &t) { return qint64(t.tv_sec) * 1'000'000'000 + t.tv_usec * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() < 3 ? QStringLiteral("?")
                             : QString::fromLatin1(fields[0] + ' ' + fields[1] + ' ' + fields[2]);
}

} // namespace Ferry::Bench
