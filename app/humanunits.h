#pragma once

#include <QString>
#include <QtGlobal>

// How the terminal front-end shows sizes, speeds and durations. Sizes and speeds use binary
// (IEC) units throughout, 1 KiB = 1024 B, so that a file's size and the speed it moves at are
// measured the same way: "512 B", "1.5 MiB", "12.3 MiB/s", "300 GiB". One decimal below 100,
// none from 100 up; a value that would round to 1024 is shown in the next unit.
namespace Ferry::App {

QString formatBytes(quint64 bytes);
// bytesPerSecond below 0 (or not a number) is shown as 0.
QString formatSpeed(double bytesPerSecond);
// "0 s", "45 s", "1 min 05 s", "2 h 03 min", "3 d 04 h"; a null string when seconds < 0
// (unknown).
QString formatDuration(qint64 seconds);

} // namespace Ferry::App
