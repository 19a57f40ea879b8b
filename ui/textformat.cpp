#include "ui/textformat.h"

#include "ui/models/displaytext.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace Ferry::Ui {

namespace {
constexpr double kStep = 1000.0;
constexpr qsizetype kMaxShown = 1024; // error details may quote a path
} // namespace

QString TextFormat::bytes(quint64 bytes)
{
    if (bytes < quint64(kStep))
        return tr("%n byte(s)", nullptr, int(bytes));
    const std::array<QString, 5> units{tr("%1 kB"), tr("%1 MB"), tr("%1 GB"), tr("%1 TB"),
                                       tr("%1 PB")};
    double value = double(bytes) / kStep;
    size_t unit = 0;
    // Rounding may carry into the next unit ("999.96 kB" would print as "1000 kB").
    while (unit + 1 < units.size() && std::round(value * 10) / 10 >= kStep) {
        value /= kStep;
        ++unit;
    }
    // One decimal below 10 ("1.5 MB"), none above ("23 MB"): enough to tell sizes apart.
    const int decimals = value < 9.95 ? 1 : 0;
    return units[unit].arg(QLocale().toString(value, 'f', decimals));
}

QString TextFormat::speed(double bytesPerSecond)
{
    const quint64 rounded = bytesPerSecond > 0 ? quint64(std::llround(bytesPerSecond)) : 0;
    return tr("%1/s", "speed: a size per second").arg(bytes(rounded));
}

QString TextFormat::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    const QLatin1Char zero('0');
    if (seconds < kMinute)
        return tr("%1 s", "seconds").arg(seconds);
    if (seconds < kHour)
        return tr("%1 min %2 s").arg(seconds / kMinute).arg(seconds % kMinute, 2, 10, zero);
    if (seconds < kDay)
        return tr("%1 h %2 min").arg(seconds / kHour).arg(seconds % kHour / kMinute, 2, 10, zero);
    return tr("%1 d %2 h").arg(seconds / kDay).arg(seconds % kDay / kHour);
}

QString TextFormat::timeLeft(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return tr("%1 left", "time until a transfer ends").arg(duration(seconds));
}

QString TextFormat::contents(int files, int folders)
{
    const QString fileText = tr("%n file(s)", nullptr, files);
    if (folders <= 0)
        return fileText;
    return tr("%1, %2", "files, folders").arg(fileText, tr("%n folder(s)", nullptr, folders));
}

QString TextFormat::firstAndMore(const QString &firstName, int topLevelCount)
{
    const QString name = printable(firstName);
    if (topLevelCount <= 1)
        return name;
    return tr("%1 + %n more", "a file name and how many other items", topLevelCount - 1).arg(name);
}

QString TextFormat::printable(const QString &text)
{
    return displayText(text, kMaxShown);
}

} // namespace Ferry::Ui
