#pragma once

#include <QString>

namespace Ferry::App {

// Installs the interface's translation into the running application: the language setting
// (empty: the system's languages, first match), Ferry's own strings (embedded under :/i18n) and
// Qt's standard ones (buttons such as OK and Cancel) when the system has them. Returns the code
// that was loaded ("en" when Ferry is not translated into the wanted language).
class Translations
{
public:
    static QString install(const QString &languageSetting);
};

} // namespace Ferry::App
