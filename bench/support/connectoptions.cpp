#include "bench/support/connectoptions.h"

#include "bench/support/sequence.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace Ferry::Bench {

bool hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Ferry connection benchmark: connect, stream open + ping, bulk + ping, each next to "
        "a bare TLS baseline from the same run. Run it inside scripts/in-sandbox.sh."));
    parser.addHelpOption();
    const Options d;
    const QCommandLineOption dials(QStringLiteral("dials"),
                                   QStringLiteral("Timed dials (a). Default: %1.").arg(d.dials),
                                   QStringLiteral("N"), QString::number(d.dials));
    const QCommandLineOption pings(
        QStringLiteral("pings"),
        QStringLiteral("Timed pings and echoes (b). Default: %1.").arg(d.pings),
        QStringLiteral("N"), QString::number(d.pings));
    const QCommandLineOption bulk(
        QStringLiteral("bulk-mib"),
        QStringLiteral("MiB moved per bulk round (c). Default: %1.").arg(d.bulkMib),
        QStringLiteral("N"), QString::number(d.bulkMib));
    const QCommandLineOption rounds(
        QStringLiteral("rounds"),
        QStringLiteral("Bulk rounds, Ferry and baseline alternating. Default: %1.").arg(d.rounds),
        QStringLiteral("N"), QString::number(d.rounds));
    const QCommandLineOption gap(
        QStringLiteral("ping-gap-ms"),
        QStringLiteral("Pause between pings during bulk (c). Default: %1.").arg(d.pingGapMs),
        QStringLiteral("ms"), QString::number(d.pingGapMs));
    const QCommandLineOption openssl(
        QStringLiteral("openssl-seconds"),
        QStringLiteral("Length of the openssl s_time run; 0 skips it. Default: %1.")
            .arg(d.opensslSeconds),
        QStringLiteral("s"), QString::number(d.opensslSeconds));
    const QCommandLineOption noTuning(QStringLiteral("no-malloc-tuning"),
                                      QStringLiteral("Keep glibc's default malloc thresholds."));
    const QCommandLineOption pingSeconds(
        QStringLiteral("ping-seconds"),
        QStringLiteral(
            "Time budget of (b); it stops early, and says so, when pings are slow. Default: %1.")
            .arg(d.pingSeconds),
        QStringLiteral("s"), QString::number(d.pingSeconds));
    parser.addOptions({dials, pings, bulk, rounds, gap, openssl, pingSeconds, noTuning});
    parser.process(app);
    const auto positive = [&](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min)
            fatal(QStringLiteral("--%1 needs a whole number >= %2")
                      .arg(option.names().first())
                      .arg(min));
        return value;
    };
    Options o;
    o.dials = positive(dials, 1);
    o.pings = positive(pings, 1);
    o.bulkMib = positive(bulk, 1);
    o.rounds = positive(rounds, 1);
    o.pingGapMs = positive(gap, 0);
    o.opensslSeconds = positive(openssl, 0);
    o.pingSeconds = positive(pingSeconds, 1);
    o.mallocTuning = !parser.isSet(noTuning);
    return o;
}

} // namespace Ferry::Bench
