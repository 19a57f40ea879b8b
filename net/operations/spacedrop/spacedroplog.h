#pragma once

#include <QLoggingCategory>

namespace Ferry::Net {
Q_DECLARE_LOGGING_CATEGORY(lcSpacedrop)
} // namespace Ferry::Net
