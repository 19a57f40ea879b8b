#pragma once

#include <QString>

#include <limits>

namespace Ferry::Bench {

// Prints the benchmark's table as it is measured: one line per figure, Ferry's value next to its
// baseline from the same run and the ratio Ferry ÷ baseline.
class Report
{
public:
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    void section(const QString &title) const;
    // baseline kNone: no baseline for this figure (the ratio is left blank).
    void row(const QString &figure, double ferry, double baseline, const QString &baselineName,
             int decimals = 0) const;
    void note(const QString &text) const;
};

} // namespace Ferry::Bench
