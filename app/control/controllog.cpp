#include "app/control/controllog.h"

namespace Ferry::App {
Q_LOGGING_CATEGORY(lcControl, "ferry.control", QtInfoMsg)
} // namespace Ferry::App
