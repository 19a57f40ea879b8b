#include "net/logging.h"

namespace Ferry::Net {
Q_LOGGING_CATEGORY(lcNet, "ferry.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "ferry.discovery", QtInfoMsg)
} // namespace Ferry::Net
