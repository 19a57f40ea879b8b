#pragma once

#include <QLoggingCategory>

namespace Ferry::Ui {

Q_DECLARE_LOGGING_CATEGORY(lcUi) // "ferry.ui": the desktop app (models, stores, window)

} // namespace Ferry::Ui
