#include "app/gui/translations.h"

#include "ui/models/languages.h"
#include "ui/models/uilog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Ferry::App {

QString Translations::install(const QString &languageSetting)
{
    const QString code = Ui::Languages::resolve(languageSetting, QLocale::system().uiLanguages());
    const QLocale locale(code);
    // Numbers, dates and sizes follow the chosen language too.
    QLocale::setDefault(locale);
    auto *ferry = new QTranslator(QCoreApplication::instance());
    if (ferry->load(QStringLiteral(":/i18n/ferry_%1.qm").arg(code)))
        QCoreApplication::installTranslator(ferry);
    else
        qCWarning(Ui::lcUi) << "no translation for" << code << "is built in";
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    qCInfo(Ui::lcUi) << "interface language:" << code;
    return code;
}

} // namespace Ferry::App
