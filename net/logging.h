#pragma once

#include <QLoggingCategory>

namespace Ferry::Net {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)
} // namespace Ferry::Net
