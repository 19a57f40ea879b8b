#include "ui/models/languages.h"

#include <QLocale>

namespace Ferry::Ui {

QStringList Languages::shipped()
{
    return {QStringLiteral("de"),   QStringLiteral("en"), QStringLiteral("es"),
            QStringLiteral("fr"),   QStringLiteral("ja"), QStringLiteral("pt_BR"),
            QStringLiteral("zh_CN")};
}

QString Languages::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    // Two-part codes name a variant: say which.
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

QString Languages::resolve(const QString &setting, const QStringList &uiLanguages)
{
    const QStringList wanted = setting.isEmpty() ? uiLanguages : QStringList{setting};
    const QStringList codes = shipped();
    for (QString language : wanted) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (codes.contains(language))
            return language;
        // "de_AT" → "de"; "pt_PT" is not "pt_BR", "zh_TW" not "zh_CN": only bare languages match
        // a shipped code without a territory.
        const QString bare = language.section(QLatin1Char('_'), 0, 0);
        if (codes.contains(bare))
            return bare;
    }
    return QStringLiteral("en");
}

} // namespace Ferry::Ui
