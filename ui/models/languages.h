#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ferry::Ui {

// The languages Ferry's interface is translated into (translations/ferry_<code>.ts), for the
// language setting and for loading the translation at start.
class Languages
{
public:
    // Locale codes: "de", "en", "es", "fr", "ja", "pt_BR", "zh_CN".
    static QStringList shipped();
    // The language's own name, as its speakers write it ("Deutsch", "Português (Brasil)").
    static QString nativeName(const QString &code);
    // What a setting (empty: the system's) selects: the shipped code to load, or "en" when
    // Ferry is not translated into that language.
    static QString resolve(const QString &setting, const QStringList &uiLanguages);
};

} // namespace Ferry::Ui
