#include "net/operations/spacedrop/spacedroplog.h"

namespace Ferry::Net {
Q_LOGGING_CATEGORY(lcSpacedrop, "ferry.spacedrop", QtInfoMsg)
} // namespace Ferry::Net
