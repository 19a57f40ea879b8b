// bench_discovery: what multicast discovery (docs/PROTOCOL.md §12) costs, in one process on lo.
//   (a) cold start: N nodes start at once; time and datagrams until everyone lists everyone,
//       against the minimum of one QUERY and one answer per node;
//   (b) a newcomer joins N running nodes: time until all N list it (against a bare multicast
//       datagram reaching N plain sockets) and until it lists all N, and the datagrams spent;
//   (c) steady traffic per node per minute, against 12 announces a minute per interface.
// Default discovery intervals throughout (5 s ± 1 s, answers within 500 ms), on lo only, on a
// random port. Run it only inside the sandbox: scripts/in-sandbox.sh build/bench/bench_discovery
// (see bench/README.md).

#include "bench/support/discoveryfleet.h"
#include "bench/support/multicastfanout.h"
#include "bench/support/report.h"
#include "bench/support/samples.h"
#include "bench/support/sequence.h"
#include "net/announcement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Ferry;
using namespace Ferry::Bench;

namespace {

constexpr int kWatchdogSeconds = 600;

struct Options
{
    int nodes = 50;
    int newcomers = 5;
    int gapMs = 3000; // between newcomers, so the others' announce phases are spread again
    int trafficSeconds = 30;
    int fanouts = 20;
    bool defaultRateLimit = false;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Ferry discovery benchmark: cold start, a newcomer joining, steady traffic, each next to "
        "its theoretical minimum or a bare multicast baseline. Run it inside "
        "scripts/in-sandbox.sh."));
    parser.addHelpOption();
    const Options d;
    const auto intOption = [](const char *name, const QString &help, int value) {
        return QCommandLineOption(QString::fromLatin1(name), help.arg(value), QStringLiteral("N"),
                                  QString::number(value));
    };
    const QCommandLineOption nodes
        = intOption("nodes", QStringLiteral("Nodes already running. Default: %1."), d.nodes);
    const QCommandLineOption newcomers = intOption(
        "newcomers", QStringLiteral("Newcomers timed in (b), one after another. Default: %1."),
        d.newcomers);
    const QCommandLineOption traffic = intOption(
        "traffic-seconds", QStringLiteral("Length of the traffic measurement (c). Default: %1."),
        d.trafficSeconds);
    const QCommandLineOption fanouts = intOption(
        "fanouts", QStringLiteral("Bare multicast datagrams timed for the baseline. Default: %1."),
        d.fanouts);
    const QCommandLineOption rateLimit(
        QStringLiteral("default-rate-limit"),
        QStringLiteral("Keep the per-source limit (20/s, bursts of 40). Every node here sends "
                       "from 127.0.0.1 and ::1, so it throttles the honest crowd as a LAN "
                       "would not; by default the benchmark lifts it."));
    parser.addOptions({nodes, newcomers, traffic, fanouts, rateLimit});
    parser.process(app);
    Options o;
    const auto value = [&parser](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < min)
            fatal(QStringLiteral("bad --%1").arg(option.names().constFirst()));
        return v;
    };
    o.nodes = value(nodes, 2);
    o.newcomers = value(newcomers, 1);
    o.trafficSeconds = value(traffic, 5);
    o.fanouts = value(fanouts, 1);
    o.defaultRateLimit = parser.isSet(rateLimit);
    return o;
}

quint16 randomPort()
{
    return quint16(QRandomGenerator::global()->bounded(20000, 60000));
}

Net::NodeConfig benchConfig(const Options &o)
{
    Net::NodeConfig config; // the default intervals, not forTests()
    config.discoveryPort = randomPort();
    config.discoveryInterfaces = {QStringLiteral("lo")};
    config.discoveryLoopback = true;
    if (!o.defaultRateLimit) {
        config.datagramsPerSecond = 1e6;
        config.datagramBurst = 1e6;
    }
    return config;
}

struct Run
{
    Options options;
    Net::NodeConfig config;
    Report report;
    std::unique_ptr<DiscoveryFleet> fleet;
    std::unique_ptr<MulticastFanOut> fanOut;
    QHash<Net::RemoteIdentity, int> index; // of every device
    int families = 1;

    // What the registries report, as it happens.
    qint64 links = 0; // (watcher, peer) pairs among the first `nodes` devices
    int newcomer = -1;
    int newcomerSeenBy = 0; // how many of the first `nodes` list the newcomer
    int newcomerSees = 0; // how many the newcomer lists
    std::function<void()> onChange;

    QElapsedTimer clock;
    double coldStartMs = 0;
    double coldStartDatagrams = 0; // per family
    quint64 coldStartRateLimited = 0;
    qint64 coldStartCpuNs = 0;
    double decodeUs = 0; // Announcement::decode, signature check included
    Samples fanOutUs, seenByAllMs, seesAllMs, joinDatagrams;
    Net::Discovery::Stats trafficBefore, trafficAfter;
    qint64 trafficCpuNs = 0;
    double trafficSeconds = 0;
    qint64 markCpuNs = 0;

    explicit Run(const Options &o) : options(o), config(benchConfig(o)) { }

    void observe(int watcher, const Net::RemoteIdentity &peer, bool found)
    {
        const int delta = found ? 1 : -1;
        const int peerIndex = index.value(peer, -1);
        if (watcher < options.nodes && peerIndex >= 0 && peerIndex < options.nodes)
            links += delta;
        if (peerIndex == newcomer && newcomer >= 0 && watcher < options.nodes)
            newcomerSeenBy += delta;
        if (watcher == newcomer && newcomer >= 0)
            newcomerSees += delta;
        if (onChange) {
            const std::function<void()> f = onChange; // it may replace itself
            f();
        }
    }
    int addDevice()
    {
        const int i = fleet->add();
        index.insert(fleet->identity(i), i);
        return i;
    }
    quint64 sentSoFar() const { return fleet->stats(0, fleet->size()).datagramsSent; }
};

void printHeader(const Run &run)
{
    std::printf(
        "bench_discovery: %d nodes in one process on lo, UDP port %u, default intervals "
        "(announce %lld ms ± %lld, answers within %lld ms)\n",
        run.options.nodes, run.config.discoveryPort, qint64(run.config.announceInterval.count()),
        qint64(run.config.announceJitter.count()), qint64(run.config.queryAnswerMaxDelay.count()));
    std::printf("Qt %s, %d CPUs, load average at start: %s\n", qVersion(),
                QThread::idealThreadCount(), qPrintable(loadAverage()));
    std::printf("per-source rate limit: %s\n",
                run.options.defaultRateLimit
                    ? "default (20/s, bursts of 40): every node here shares 127.0.0.1 and ::1"
                    : "lifted (--default-rate-limit keeps it): every node here shares 127.0.0.1 "
                      "and ::1, a LAN's nodes do not");
    std::printf("ratio = Ferry / baseline\n");
    std::fflush(stdout);
}

void addFanOutPhase(Sequence &seq, Run *run)
{
    // Owned by the run: a step's lambda is destroyed once the step has started.
    run->fanOut = std::make_unique<MulticastFanOut>(run->options.nodes, randomPort());
    seq.repeat(QStringLiteral("baseline fan-out"), run->options.fanouts, [run](int, Done done) {
        run->fanOut->send([run, done](qint64 ns) {
            run->fanOutUs.add(double(ns) / 1e3);
            done();
        });
    });
}

void addDecodePhase(Sequence &seq, Run *run)
{
    seq.then(QStringLiteral("decode"), [run](Done done) {
        Net::Announcement announcement;
        announcement.instance = 1;
        announcement.sequence = 1;
        announcement.tcpPort = 47474;
        announcement.metadata = Net::PeerMetadata::forThisDevice(QStringLiteral("bench node"));
        const QByteArray bytes = announcement.encode(Net::DeviceIdentity::generate());
        constexpr int kDecodes = 2000;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kDecodes; ++i) {
            if (!Net::Announcement::decode(bytes).isOk())
                fatal(QStringLiteral("decode failed"));
        }
        run->decodeUs = double(clock.nsecsElapsed()) / 1e3 / kDecodes;
        done();
    });
}

void addColdStartPhase(Sequence &seq, Run *run)
{
    seq.then(QStringLiteral("(a) cold start"), [run](Done done) {
        for (int i = 0; i < run->options.nodes; ++i)
            run->addDevice(); // keys made before the clock starts
        const qint64 all = qint64(run->options.nodes) * (run->options.nodes - 1);
        run->onChange = [run, all, done] {
            if (run->links != all)
                return;
            run->onChange = nullptr;
            run->coldStartMs = double(run->clock.nsecsElapsed()) / 1e6;
            const Net::Discovery::Stats stats = run->fleet->stats(0, run->options.nodes);
            run->coldStartDatagrams = double(stats.datagramsSent) / run->families;
            run->coldStartRateLimited = stats.rateLimited;
            run->coldStartCpuNs = processCpuNs() - run->markCpuNs;
            done();
        };
        run->markCpuNs = processCpuNs();
        run->clock.start();
        for (int i = 0; i < run->options.nodes; ++i) {
            if (!run->fleet->discovery(i).start())
                fatal(QStringLiteral("start: ") + run->fleet->discovery(i).errorString());
        }
        run->families = run->fleet->discovery(0).hasIpv6() ? 2 : 1;
    });
}

void joinOnce(Run *run, Done done)
{
    const int n = run->options.nodes;
    run->newcomer = run->addDevice();
    run->newcomerSeenBy = 0;
    run->newcomerSees = 0;
    const quint64 sentBefore = run->sentSoFar();
    auto seenBy = std::make_shared<bool>(false);
    auto sees = std::make_shared<bool>(false);
    run->onChange = [run, n, sentBefore, seenBy, sees, done] {
        const double ms = double(run->clock.nsecsElapsed()) / 1e6;
        if (!*seenBy && run->newcomerSeenBy == n) {
            *seenBy = true;
            run->seenByAllMs.add(ms);
        }
        if (!*sees && run->newcomerSees == n) {
            *sees = true;
            run->seesAllMs.add(ms);
        }
        if (!*seenBy || !*sees)
            return;
        run->joinDatagrams.add(double(run->sentSoFar() - sentBefore) / run->families);
        // Leave with a GOODBYE; the next newcomer comes once everyone has forgotten this one.
        run->onChange = [run, done] {
            if (run->newcomerSeenBy == 0) {
                run->onChange = nullptr;
                run->newcomer = -1;
                done();
            }
        };
        QTimer::singleShot(0, [run] { run->fleet->discovery(run->newcomer).stop(true); });
    };
    run->clock.start();
    if (!run->fleet->discovery(run->newcomer).start())
        fatal(QStringLiteral("newcomer start failed"));
}

void addNewcomerPhase(Sequence &seq, Run *run)
{
    seq.repeat(QStringLiteral("(b) newcomer"), run->options.newcomers, [run](int, Done done) {
        QTimer::singleShot(run->options.gapMs, [run, done] { joinOnce(run, done); });
    });
}

void addTrafficPhase(Sequence &seq, Run *run)
{
    // Answering a newcomer re-arms everyone's period at nearly the same moment; a window that
    // opened right after would start with a stretch where nobody announces. Three periods of
    // random jitter spread the phases out again.
    seq.then(QStringLiteral("(c) warm-up"), [run](Done done) {
        QTimer::singleShot(3 * int(run->config.announceInterval.count()), done);
    });
    seq.then(QStringLiteral("(c) traffic"), [run](Done done) {
        run->trafficBefore = run->fleet->stats(0, run->options.nodes);
        run->markCpuNs = processCpuNs();
        run->clock.start();
        QTimer::singleShot(run->options.trafficSeconds * 1000, [run, done] {
            run->trafficSeconds = double(run->clock.nsecsElapsed()) / 1e9;
            run->trafficCpuNs = processCpuNs() - run->markCpuNs;
            run->trafficAfter = run->fleet->stats(0, run->options.nodes);
            done();
        });
    });
}

void printResults(const Run &run)
{
    const Report &r = run.report;
    const int n = run.options.nodes;
    const double answerMs = double(run.config.queryAnswerMaxDelay.count());
    r.section(QStringLiteral("(a) cold start: %1 nodes start at once").arg(n));
    r.row(QStringLiteral("time until everyone lists everyone (ms)"), run.coldStartMs, answerMs,
          QStringLiteral("one round of answers (max delay)"));
    r.row(QStringLiteral("datagrams sent meanwhile, per family"), run.coldStartDatagrams, 2.0 * n,
          QStringLiteral("1 QUERY + 1 answer per node"));
    r.note(QStringLiteral("%1 address families; %2 datagrams rate-limited; process CPU %3 ms "
                          "(every node's signature checks share this one thread)")
               .arg(run.families)
               .arg(run.coldStartRateLimited)
               .arg(double(run.coldStartCpuNs) / 1e6, 0, 'f', 0));

    r.section(QStringLiteral("(b) a newcomer joins %1 running nodes; median of %2")
                  .arg(n)
                  .arg(run.seenByAllMs.count()));
    r.row(QStringLiteral("until all list it (µs)"), run.seenByAllMs.median() * 1e3,
          run.fanOutUs.median(), QStringLiteral("bare datagram read by N sockets"));
    r.row(QStringLiteral("until all list it, max (µs)"), run.seenByAllMs.percentile(100) * 1e3,
          run.fanOutUs.percentile(100), QStringLiteral("bare datagram, max"));
    r.row(QStringLiteral("until it lists all (ms)"), run.seesAllMs.median(), answerMs,
          QStringLiteral("answer max delay"));
    r.row(QStringLiteral("until it lists all, max (ms)"), run.seesAllMs.percentile(100), answerMs,
          QStringLiteral("answer max delay"));
    r.row(QStringLiteral("datagrams sent, per family"), run.joinDatagrams.median(), 1.0 + n,
          QStringLiteral("1 QUERY + N answers"));
    r.note(QStringLiteral("Announcement::decode with its signature check: %1 µs; each node "
                          "checks the QUERY once (its copy on the other family reuses the check)")
               .arg(run.decodeUs, 0, 'f', 1));

    const Net::Discovery::Stats &a = run.trafficBefore;
    const Net::Discovery::Stats &b = run.trafficAfter;
    const double perNodeMinute = 60.0 / run.trafficSeconds / n;
    const double sent = double(b.datagramsSent - a.datagramsSent) * perNodeMinute;
    const double sentBytes = double(b.bytesSent - a.bytesSent) * perNodeMinute;
    const double received = double(b.datagramsReceived - a.datagramsReceived) * perNodeMinute;
    const double receivedBytes = double(b.bytesReceived - a.bytesReceived) * perNodeMinute;
    const double size = sent > 0 ? sentBytes / sent : 0;
    const double minSent = 12.0 * run.families; // one interface
    r.section(QStringLiteral("(c) steady traffic per node per minute; %1 nodes, %2 s measured")
                  .arg(n)
                  .arg(run.trafficSeconds, 0, 'f', 1));
    r.row(QStringLiteral("datagrams sent"), sent, minSent,
          QStringLiteral("12 announces/min × families"), 1);
    r.row(QStringLiteral("bytes sent"), sentBytes, minSent * size,
          QStringLiteral("the same × datagram size"));
    r.row(QStringLiteral("datagrams received"), received, minSent * n,
          QStringLiteral("12/min × families × N (own included)"), 1);
    r.row(QStringLiteral("bytes received"), receivedBytes, minSent * n * size,
          QStringLiteral("the same × datagram size"));
    r.row(QStringLiteral("process CPU per node (ms/min)"),
          double(run.trafficCpuNs) / 1e6 * 60.0 / run.trafficSeconds / n, Report::kNone, QString());
    r.note(QStringLiteral("mean announce interval %1 s; datagram size %2 bytes; dropped %3 (own "
                          "copies included), rate-limited %4; load average now %5")
               .arg(sent > 0 ? 60.0 * run.families / sent : 0, 0, 'f', 2)
               .arg(size, 0, 'f', 0)
               .arg(b.dropped - a.dropped)
               .arg(b.rateLimited - a.rateLimited)
               .arg(loadAverage()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.info=false\nferry.*.debug=false"));
    if (qEnvironmentVariableIsEmpty("FERRY_SANDBOX"))
        fatal(QStringLiteral("run it inside scripts/in-sandbox.sh: it multicasts"));
    const Options options = parseOptions(app);
    if (!QNetworkInterface::interfaceFromName(QStringLiteral("lo")).isValid())
        fatal(QStringLiteral("no lo interface"));

    QElapsedTimer wall;
    wall.start();
    auto run = std::make_unique<Run>(options);
    Run *r = run.get();
    r->fleet = std::make_unique<DiscoveryFleet>(
        r->config, [r](int watcher, const Net::RemoteIdentity &peer, bool found) {
            r->observe(watcher, peer, found);
        });
    printHeader(*r);

    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] {
        fatal(QStringLiteral("not finished after %1 s, stuck in %2")
                  .arg(kWatchdogSeconds)
                  .arg(Sequence::currentPhase()));
    });
    watchdog.start(kWatchdogSeconds * 1000);

    Sequence seq;
    addDecodePhase(seq, r);
    addFanOutPhase(seq, r);
    addColdStartPhase(seq, r);
    addNewcomerPhase(seq, r);
    addTrafficPhase(seq, r);
    seq.run([&] {
        printResults(*r);
        std::printf("\ntotal run %.1f s\n", double(wall.elapsed()) / 1000.0);
        QCoreApplication::quit();
    });
    const int status = app.exec();
    run.reset();
    return status;
}
