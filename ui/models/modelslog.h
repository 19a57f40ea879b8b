#pragma once

#include <QLoggingCategory>

namespace Ferry::Ui {

Q_DECLARE_LOGGING_CATEGORY(lcUiModels) // "ferry.ui": the models and stores of the desktop app

} // namespace Ferry::Ui
