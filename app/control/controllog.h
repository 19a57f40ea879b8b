#pragma once

#include <QLoggingCategory>

namespace Ferry::App {
// The local control protocol: front-ends attaching and leaving, offers shown to each of them,
// who decided them, misbehaving clients.
Q_DECLARE_LOGGING_CATEGORY(lcControl)
} // namespace Ferry::App
