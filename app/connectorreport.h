#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Ferry::App {

class NodeConnector;

// The terminal's side of a NodeConnector for every CLI command: a failure is printed as
// "ferry: REASON" and ends the command with exit code 1; a warning is printed as
// "ferry: warning: TEXT". printLine prints one line on standard error (the command's own way:
// plain, or around a progress bar).
void reportConnectorProblems(NodeConnector *connector, QObject *context,
                             std::function<void(const QString &)> printLine,
                             std::function<void(int)> finish);

} // namespace Ferry::App
