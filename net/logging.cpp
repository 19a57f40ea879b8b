#include "net/logging.h"

namespace Ferry::Net {
Q_LOGGING_CATEGORY(lcNet, "ferry.net", QtInfoMsg)
} // namespace Ferry::Net
