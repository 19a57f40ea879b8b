#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ferry::Ui {

// Sizes, speeds and durations in human units for the window (translated; the CLI has its own
// untranslated app/humanunits). Decimal units (1 kB = 1000 bytes), as desktop file managers
// show them, so that sizes agree with what the user sees there.
class TextFormat
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)
public:
    static QString bytes(quint64 bytes); // "512 bytes", "1.5 kB", "23 MB", "1.2 TB"
    static QString speed(double bytesPerSecond); // "2.4 MB/s"
    static QString duration(qint64 seconds); // "45 s", "3 min 05 s", "2 h 10 min", "3 d 4 h"
    static QString timeLeft(qint64 seconds); // "3 min 05 s left", "" when unknown (< 0)
    // "3 files, 1 folder" (the folder part only when there is one).
    static QString contents(int files, int folders);
    // "report.pdf" or "report.pdf + 2 more" for topLevelCount selected items.
    static QString firstAndMore(const QString &firstName, int topLevelCount);
    // Text from the network or the file system, safe to show on one line (see displayText()).
    static QString printable(const QString &text);
};

} // namespace Ferry::Ui
