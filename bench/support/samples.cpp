#include "bench/support/samples.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Ferry::Bench {

void Samples::add(double value)
{
    m_values.append(value);
    m_sorted = false;
}

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    if (!m_sorted) {
        std::sort(m_values.begin(), m_values.end());
        m_sorted = true;
    }
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(m_values.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const auto above = qsizetype(std::ceil(rank));
    const double fraction = rank - double(below);
    return m_values[below] + (m_values[above] - m_values[below]) * fraction;
}

double Samples::mean() const
{
    if (m_values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    return std::accumulate(m_values.cbegin(), m_values.cend(), 0.0) / double(m_values.size());
}

qsizetype Samples::countAbove(double threshold) const
{
    return std::count_if(m_values.cbegin(), m_values.cend(),
                         [threshold](double v) { return v > threshold; });
}

} // namespace Ferry::Bench
