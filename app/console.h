#pragma once

#include <QString>

namespace Ferry::App {

// Line-oriented terminal output for the CLI commands (UTF-8, flushed at once).
void printOut(const QString &text);
void printErr(const QString &text);

} // namespace Ferry::App
