#include "app/humanunits.h"

#include <array>
#include <cmath>

namespace Ferry::App {

namespace {

constexpr std::array<const char *, 7> kUnits{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

// value as shown in a unit: bytes whole, larger units with one decimal below 100.
double shown(double value, size_t unit)
{
    if (unit == 0 || value >= 99.95)
        return std::round(value);
    return std::round(value * 10) / 10;
}

QString formatAmount(double amount)
{
    double value = std::isfinite(amount) && amount > 0 ? amount : 0;
    size_t unit = 0;
    // Up while the value would read 1024 or more: 1023.96 KiB is "1.0 MiB", not "1024.0 KiB".
    while (unit + 1 < kUnits.size() && shown(value, unit) >= 1024) {
        value /= 1024;
        ++unit;
    }
    const int decimals = unit == 0 || value >= 99.95 ? 0 : 1;
    return QStringLiteral("%1 %2")
        .arg(shown(value, unit), 0, 'f', decimals)
        .arg(QLatin1String(kUnits[unit]));
}

} // namespace

QString formatBytes(quint64 bytes)
{
    return formatAmount(double(bytes));
}

QString formatSpeed(double bytesPerSecond)
{
    return formatAmount(bytesPerSecond) + QStringLiteral("/s");
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    const auto twoDigits
        = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(twoDigits(seconds % 60));
    if (seconds < 86400)
        return QStringLiteral("%1 h %2 min")
            .arg(seconds / 3600)
            .arg(twoDigits(seconds % 3600 / 60));
    return QStringLiteral("%1 d %2 h").arg(seconds / 86400).arg(twoDigits(seconds % 86400 / 3600));
}

} // namespace Ferry::App
