// bench_connect: what a Ferry connection costs next to bare TLS, measured in one run.
//   (a) connection + handshake time, against a bare Qt TLS connect and `openssl s_time`;
//   (b) stream open + ping, against a 9-byte echo over bare Qt TLS;
//   (c) bulk throughput on one stream and ping RTT on others meanwhile, against a bare Qt TLS
//       pipe (and an echo on a second bare connection).
// Both ends of every connection live in this process and this thread. Run it only inside the
// sandbox: scripts/in-sandbox.sh build/bench/bench_connect (see bench/README.md).

#include "bench/support/baretls.h"
#include "bench/support/connectoptions.h"
#include "bench/support/ferrypair.h"
#include "bench/support/opensslhandshakes.h"
#include "bench/support/pingloop.h"
#include "bench/support/report.h"
#include "bench/support/samples.h"
#include "bench/support/sequence.h"
#include "net/tlspolicy.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <malloc.h>

using namespace Ferry::Bench;

namespace {

constexpr int kWarmDials = 5;
constexpr int kPingBlock = 50; // (b) alternates in blocks of this many
constexpr int kWatchdogSeconds = 300;

struct Totals
{
    qint64 bytes = 0;
    qint64 ns = 0;
    qint64 cpuNs = 0;
    double megabytesPerSecond() const { return ns > 0 ? double(bytes) * 1e3 / double(ns) : 0; }
    double cpuSecondsPerGb() const { return bytes > 0 ? double(cpuNs) / double(bytes) : 0; }
};

// Everything measured, shared by the steps.
struct Run
{
    Options options;
    Report report;
    FerryPair ferry;
    QSslConfiguration clientConfig = Ferry::Net::TlsPolicy::configuration(ferry.identityA());
    BareTlsServer bareServer{Ferry::Net::TlsPolicy::configuration(ferry.identityB())};
    BareTlsPair echoPair{&bareServer, clientConfig};
    BareTlsPair bulkPair{&bareServer, clientConfig};
    OpensslHandshakes openssl{options.opensslSeconds};
    OpensslHandshakes::Result opensslResult;

    Samples ferryDial, ferryBoth, bareConnect;
    Samples ferryPing, ferryPingReported, bareEcho;
    Samples ferryBusyPing, bareBusyPing;
    Totals ferryBulk, bareBulk;
    qint64 markCpuNs = 0;
    QElapsedTimer markWall;
    QDeadlineTimer pingDeadline;
    QString connectSummary;
    PingLoop ferryLoop{[this](PingLoop::Reply r) { ferry.ping([r](qint64 ns, qint64) { r(ns); }); },
                       options.pingGapMs, &ferryBusyPing};
    PingLoop bareLoop{[this](PingLoop::Reply r) { echoPair.echo(r); }, options.pingGapMs,
                      &bareBusyPing};

    explicit Run(const Options &o) : options(o) { }
};

void printHeader(const Run &run)
{
    const Options &o = run.options;
    std::printf("bench_connect: Ferry against bare TLS on 127.0.0.1, one process, one thread "
                "(both ends of every connection share this thread; the baselines too)\n");
    std::printf("Qt %s, %s, %d CPUs\n", qVersion(),
                qPrintable(QSslSocket::sslLibraryVersionString()), QThread::idealThreadCount());
    std::printf("glibc malloc: %s\n",
                o.mallocTuning ? "M_MMAP_THRESHOLD 32 MiB, M_TRIM_THRESHOLD 256 MiB "
                                 "(performance.md §3), for Ferry and baselines alike"
                               : "glibc defaults (--no-malloc-tuning)");
    std::printf("load average at start: %s (figures are only comparable on a quiet machine)\n",
                qPrintable(loadAverage()));
    std::printf("ratio = Ferry / baseline: above 1 is slower for times, faster for MB/s\n");
    std::fflush(stdout);
}

// Starts a phase's CPU accounting; phaseNote() reports it with the load average, since a
// single-threaded benchmark that gets much less than a whole core was competing for it.
void addMark(Sequence &seq, Run *run, const QString &phase)
{
    seq.then(phase, [run](Done done) {
        run->markCpuNs = processCpuNs();
        run->markWall.start();
        done();
    });
}

QString phaseSummary(const Run *run)
{
    const double cpu = double(processCpuNs() - run->markCpuNs);
    const double wall = double(run->markWall.nsecsElapsed());
    return QStringLiteral("this phase: %1 s, this process used %2% of one core; load average now "
                          "%3")
        .arg(wall / 1e9, 0, 'f', 1)
        .arg(wall > 0 ? 100.0 * cpu / wall : 0, 0, 'f', 0)
        .arg(loadAverage());
}

void phaseNote(const Run *run)
{
    run->report.note(phaseSummary(run));
}

template<typename F> double microsPerCall(int calls, F f)
{
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < calls; ++i)
        f();
    return double(clock.nsecsElapsed()) / 1e3 / calls;
}

// (a) --------------------------------------------------------------------------------------------

void ferryDialStep(Run *run, bool record, Done done)
{
    run->ferry.dial([run, record, done](qint64 dialNs, qint64 bothNs) {
        if (record) {
            run->ferryDial.add(double(dialNs) / 1000.0);
            run->ferryBoth.add(double(bothNs) / 1000.0);
        }
        run->ferry.disconnectPeers(done);
    });
}

void bareConnectStep(Run *run, bool record, Done done)
{
    auto *pair = new BareTlsPair(&run->bareServer, run->clientConfig);
    pair->open([run, pair, record, done](qint64 ns) {
        if (record)
            run->bareConnect.add(double(ns) / 1000.0);
        pair->close([pair, done] {
            pair->deleteLater();
            done();
        });
    });
}

void addConnectPhase(Sequence &seq, Run *run)
{
    // Interleaved, Ferry and baseline in turn (and in alternating order), so that drift on this
    // machine hits both alike.
    const auto alternate = [run](bool record) {
        return [run, record](int step, Done done) {
            const bool ferryFirst = (step / 2) % 2 == 0;
            if ((step % 2 == 0) == ferryFirst)
                ferryDialStep(run, record, std::move(done));
            else
                bareConnectStep(run, record, std::move(done));
        };
    };
    addMark(seq, run, QStringLiteral("(a) warm-up"));
    seq.repeat(QStringLiteral("(a) warm-up"), 2 * kWarmDials, alternate(false));
    seq.repeat(QStringLiteral("(a) dials"), 2 * run->options.dials, alternate(true));
    seq.then(QStringLiteral("(a) dials"), [run](Done done) {
        run->connectSummary = phaseSummary(run); // before openssl, which runs in other processes
        done();
    });
    seq.then(QStringLiteral("(a) openssl s_time"), [run](Done done) {
        if (run->options.opensslSeconds == 0) {
            run->opensslResult.why = QStringLiteral("skipped (--openssl-seconds 0)");
            return done();
        }
        run->openssl.run([run, done](const OpensslHandshakes::Result &result) {
            run->opensslResult = result;
            done();
        });
    });
    seq.then(QStringLiteral("(a) report"), [run](Done done) {
        const Report &r = run->report;
        const QString bare = QStringLiteral("bare Qt TLS, both ends encrypted()");
        r.section(QStringLiteral("(a) connection + handshake, %1 sequential dials (µs)")
                      .arg(run->options.dials));
        r.row(QStringLiteral("dialFinished on A, median"), run->ferryDial.median(),
              run->bareConnect.median(), bare);
        r.row(QStringLiteral("dialFinished on A, p90"), run->ferryDial.percentile(90),
              run->bareConnect.percentile(90), bare);
        r.row(QStringLiteral("dialFinished on A, mean"), run->ferryDial.mean(),
              run->bareConnect.mean(), bare);
        r.row(QStringLiteral("both nodes established, median"), run->ferryBoth.median(),
              run->bareConnect.median(), bare);
        const OpensslHandshakes::Result &o = run->opensslResult;
        if (o.ok) {
            r.row(QStringLiteral("dialFinished on A, median"), run->ferryDial.median(),
                  o.microsPerConnection, QStringLiteral("openssl s_time -new (2 processes)"));
            r.note(QStringLiteral("openssl: %1 connections in %2 s of s_time wall time, "
                                  "Ed25519 both ways, TLS_AES_128_GCM_SHA256")
                       .arg(o.connections)
                       .arg(o.wallSeconds, 0, 'f', 2));
        } else {
            r.note(QStringLiteral("openssl baseline: ") + o.why);
        }
        // Ferry's own per-connection work besides TLS, for the commentary in bench/README.md.
        const Ferry::Net::DeviceIdentity &identity = run->ferry.identityA();
        const QSslCertificate certificate = identity.certificate();
        const double configurationMicros
            = microsPerCall(200, [&] { (void)Ferry::Net::TlsPolicy::configuration(identity); });
        const double proofMicros
            = microsPerCall(200, [&] { (void)Ferry::Net::identityFromCertificate(certificate); });
        r.note(QStringLiteral("per connection and side, Ferry also calls TlsPolicy::configuration()"
                              " (%1 µs) and identityFromCertificate() twice (%2 µs each)")
                   .arg(configurationMicros, 0, 'f', 1)
                   .arg(proofMicros, 0, 'f', 1));
        r.note(run->connectSummary + QStringLiteral(" (dials only)"));
        done();
    });
}

// (b) --------------------------------------------------------------------------------------------

void addPingPhase(Sequence &seq, Run *run)
{
    seq.then(QStringLiteral("(b) connect"), [run](Done done) {
        run->ferry.dial([run, done](qint64, qint64) {
            run->echoPair.open(
                [run, done](qint64) { run->bulkPair.open([done](qint64) { done(); }); });
        });
    });
    // Ferry and baseline take turns in blocks, against drift; not one by one, because a round
    // trip right after an idle wait (such as a Ferry ping stalled by Nagle) runs on a cold CPU
    // and is up to twice as slow, which would flatter Ferry.
    const int block = qMin(kPingBlock, run->options.pings);
    const int rounded = (run->options.pings + block - 1) / block * block;
    const auto alternate = [run, block](bool record) {
        return [run, record, block](int step, Done done) {
            if (record && run->pingDeadline.hasExpired())
                return done(); // over the time budget: the report says how many were done
            const bool ferryTurn = (step / block) % 2 == 0;
            Samples &mine = ferryTurn ? run->ferryPing : run->bareEcho;
            if (record && mine.count() >= run->options.pings)
                return done();
            if (ferryTurn) {
                run->ferry.ping([run, record, done](qint64 ns, qint64 rtt) {
                    if (ns < 0)
                        fatal(QStringLiteral("a ping failed"));
                    if (record) {
                        run->ferryPing.add(double(ns) / 1000.0);
                        run->ferryPingReported.add(double(rtt));
                    }
                    done();
                });
            } else {
                run->echoPair.echo([run, record, done](qint64 ns) {
                    if (record)
                        run->bareEcho.add(double(ns) / 1000.0);
                    done();
                });
            }
        };
    };
    addMark(seq, run, QStringLiteral("(b) warm-up"));
    seq.repeat(QStringLiteral("(b) warm-up"), 2 * block, alternate(false));
    seq.then(QStringLiteral("(b) pings"), [run](Done done) {
        run->pingDeadline.setRemainingTime(std::chrono::seconds(run->options.pingSeconds));
        done();
    });
    seq.repeat(QStringLiteral("(b) pings"), 2 * rounded, alternate(true));
    seq.then(QStringLiteral("(b) report"), [run](Done done) {
        const Report &r = run->report;
        const QString bare = QStringLiteral("9-byte echo, bare Qt TLS");
        r.section(QStringLiteral("(b) stream open + ping on an established connection, %1 + %2 "
                                 "iterations in blocks of %3 (µs)")
                      .arg(run->ferryPing.count())
                      .arg(run->bareEcho.count())
                      .arg(qMin(kPingBlock, run->options.pings)));
        if (run->ferryPing.count() < run->options.pings)
            r.note(QStringLiteral("stopped early: the %1 s budget (--ping-seconds) ran out")
                       .arg(run->options.pingSeconds));
        r.row(QStringLiteral("open + PING/PONG, median"), run->ferryPing.median(),
              run->bareEcho.median(), bare);
        r.row(QStringLiteral("open + PING/PONG, p90"), run->ferryPing.percentile(90),
              run->bareEcho.percentile(90), bare);
        r.row(QStringLiteral("open + PING/PONG, p99"), run->ferryPing.percentile(99),
              run->bareEcho.percentile(99), bare);
        r.row(QStringLiteral("open + PING/PONG, mean"), run->ferryPing.mean(), run->bareEcho.mean(),
              bare);
        r.row(QStringLiteral("PingClient's own RTT, median"), run->ferryPingReported.median(),
              run->bareEcho.median(), bare);
        r.note(QStringLiteral("round trips over 10 ms: Ferry %1, baseline %2")
                   .arg(run->ferryPing.countAbove(10'000))
                   .arg(run->bareEcho.countAbove(10'000)));
        r.note(QStringLiteral("Ferry: ping() to PingClient::finished; PingClient's RTT starts "
                              "after openStream(), at send()"));
        phaseNote(run);
        done();
    });
}

// (c) --------------------------------------------------------------------------------------------

using BulkFn = std::function<void(qint64, std::function<void(qint64)>)>;

void bulkRound(Run *run, const BulkFn &bulk, PingLoop *loop, Totals *totals, Done done)
{
    const qint64 total = qint64(run->options.bulkMib) << 20;
    const qint64 cpuBefore = processCpuNs();
    loop->start();
    bulk(total, [loop, totals, total, cpuBefore, done](qint64 ns) {
        totals->bytes += total;
        totals->ns += ns;
        totals->cpuNs += processCpuNs() - cpuBefore;
        loop->stop(done);
    });
}

void addBulkPhase(Sequence &seq, Run *run)
{
    const BulkFn ferryBulk = [run](qint64 total, std::function<void(qint64)> done) {
        run->ferry.bulk(total, std::move(done));
    };
    const BulkFn bareBulk = [run](qint64 total, std::function<void(qint64)> done) {
        run->bulkPair.bulk(total, std::move(done));
    };
    addMark(seq, run, QStringLiteral("(c) bulk"));
    seq.repeat(QStringLiteral("(c) bulk"), 2 * run->options.rounds,
               [run, ferryBulk, bareBulk](int step, Done done) {
                   if (step % 2 == 0)
                       bulkRound(run, ferryBulk, &run->ferryLoop, &run->ferryBulk, done);
                   else
                       bulkRound(run, bareBulk, &run->bareLoop, &run->bareBulk, done);
               });
    seq.then(QStringLiteral("(c) report"), [run](Done done) {
        const Report &r = run->report;
        const Options &o = run->options;
        const QString pipe = QStringLiteral("bare Qt TLS pipe, 1 MiB writes");
        const QString echo = QStringLiteral("9-byte echo on a 2nd bare TLS conn.");
        r.section(QStringLiteral("(c) bulk on one stream, pings on others; %1 rounds of %2 MiB "
                                 "each, alternating")
                      .arg(o.rounds)
                      .arg(o.bulkMib));
        r.row(QStringLiteral("bulk throughput (MB/s)"), run->ferryBulk.megabytesPerSecond(),
              run->bareBulk.megabytesPerSecond(), pipe);
        r.row(QStringLiteral("process CPU per GB moved (s)"), run->ferryBulk.cpuSecondsPerGb(),
              run->bareBulk.cpuSecondsPerGb(), pipe, 2);
        r.row(QStringLiteral("ping RTT during bulk, median (µs)"), run->ferryBusyPing.median(),
              run->bareBusyPing.median(), echo);
        r.row(QStringLiteral("ping RTT during bulk, p99 (µs)"), run->ferryBusyPing.percentile(99),
              run->bareBusyPing.percentile(99), echo);
        r.row(QStringLiteral("ping RTT during bulk, max (µs)"), run->ferryBusyPing.percentile(100),
              run->bareBusyPing.percentile(100), echo);
        r.row(QStringLiteral("ping RTT idle, median (µs, from b)"), run->ferryPing.median(),
              run->bareEcho.median(), QStringLiteral("9-byte echo, idle"));
        r.note(QStringLiteral("pings during bulk: Ferry %1 sent, %2 failed; baseline %3 sent, "
                              "%4 failed; %5 ms apart")
                   .arg(run->ferryLoop.sent())
                   .arg(run->ferryLoop.failures())
                   .arg(run->bareLoop.sent())
                   .arg(run->bareLoop.failures())
                   .arg(o.pingGapMs));
        r.note(QStringLiteral("Ferry: 1 MiB messages, refilled on bytesSent below 4 MiB queued; "
                              "baseline: refilled on bytesWritten below 8 MiB in flight; both "
                              "receivers read with a 1 MiB socket buffer and discard"));
        phaseNote(run);
        done();
    });
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything allocates: the Qt TLS path allocates and frees ~1 MiB buffers, and glibc's
    // default thresholds turn that into brk/munmap churn and page faults (performance.md §3).
    const bool tuning = !hasFlag(argc, argv, "--no-malloc-tuning");
    if (tuning
        && (mallopt(M_MMAP_THRESHOLD, 32 << 20) != 1 || mallopt(M_TRIM_THRESHOLD, 256 << 20) != 1))
        fatal(QStringLiteral("mallopt refused the thresholds; try --no-malloc-tuning"));
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.info=false\nferry.*.debug=false"));
    const Options options = parseOptions(app);

    QElapsedTimer wall;
    wall.start();
    auto run = std::make_unique<Run>(options);
    if (!run->bareServer.listen(QHostAddress::LocalHost, 0))
        fatal(QStringLiteral("baseline server: ") + run->bareServer.errorString());
    printHeader(*run);

    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] {
        fatal(QStringLiteral("not finished after %1 s, stuck in %2")
                  .arg(kWatchdogSeconds)
                  .arg(Sequence::currentPhase()));
    });
    watchdog.start(kWatchdogSeconds * 1000);

    Sequence seq;
    addConnectPhase(seq, run.get());
    addPingPhase(seq, run.get());
    addBulkPhase(seq, run.get());
    seq.run([&] {
        std::printf("\nnegotiated: %s; total run %.1f s\n",
                    qPrintable(run->echoPair.client()->sessionCipher().name()),
                    double(wall.elapsed()) / 1000.0);
        QCoreApplication::quit();
    });
    const int status = app.exec();
    run.reset();
    return status;
}
