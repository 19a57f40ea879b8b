#include "bench/support/report.h"

#include <cmath>
#include <cstdio>

namespace Ferry::Bench {

namespace {
QString number(double value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}
} // namespace

void Report::section(const QString &title) const
{
    std::printf("\n%s\n  %-46s %11s %11s %7s  %s\n", qPrintable(title), "figure", "Ferry",
                "baseline", "ratio", "baseline is");
    std::fflush(stdout);
}

void Report::row(const QString &figure, double ferry, double baseline, const QString &baselineName,
                 int decimals) const
{
    const bool hasRatio = !std::isnan(ferry) && !std::isnan(baseline) && baseline != 0;
    std::printf(
        "  %-46s %11s %11s %7s  %s\n", qPrintable(figure), qPrintable(number(ferry, decimals)),
        qPrintable(number(baseline, decimals)),
        qPrintable(hasRatio ? QString::number(ferry / baseline, 'f', 2) : QStringLiteral("-")),
        qPrintable(baselineName));
    std::fflush(stdout);
}

void Report::note(const QString &text) const
{
    std::printf("  # %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace Ferry::Bench
