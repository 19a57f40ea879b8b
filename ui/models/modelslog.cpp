#include "ui/models/modelslog.h"

namespace Ferry::Ui {

Q_LOGGING_CATEGORY(lcUiModels, "ferry.ui", QtInfoMsg)

} // namespace Ferry::Ui
