#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Ferry::Bench {

// bench_connect's command line. The defaults finish in well under a minute on the project
// machine.
struct Options
{
    int dials = 200;
    int pings = 2000;
    int bulkMib = 512;
    int rounds = 2;
    int pingGapMs = 2;
    int opensslSeconds = 3;
    int pingSeconds = 20;
    bool mallocTuning = true;
};

// True when flag is among the arguments; for what must be known before QCoreApplication exists.
bool hasFlag(int argc, char **argv, const char *flag);
// Parses the command line (exits on --help or a bad value).
Options parseOptions(const QCoreApplication &app);

} // namespace Ferry::Bench
