#include "ui/models/uilog.h"

namespace Ferry::Ui {

Q_LOGGING_CATEGORY(lcUi, "ferry.ui", QtInfoMsg)

} // namespace Ferry::Ui
