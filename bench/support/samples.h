#pragma once

#include <QList>

namespace Ferry::Bench {

// A set of measurements (microseconds, or any unit) with the order statistics a report needs.
class Samples
{
public:
    void add(double value);
    void clear() { m_values.clear(); }
    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    // Linear interpolation between the closest ranks, p in [0, 100]; NaN when empty (the report
    // prints "-").
    double percentile(double p) const;
    double median() const { return percentile(50); }
    double mean() const;
    qsizetype countAbove(double threshold) const;

private:
    mutable QList<double> m_values;
    mutable bool m_sorted = true;
};

} // namespace Ferry::Bench
