#include "ui/models/displaytext.h"

namespace Ferry::Ui {

namespace {

bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString displayText(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(qMin(text.size(), maxChars + 1));
    qsizetype shown = 0;
    bool cut = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown == maxChars) {
            cut = true;
            break;
        }
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
        } else if (c.isSurrogate()) {
            out.append(QChar::ReplacementCharacter);
        } else {
            out.append(isUnsafe(c.unicode()) ? QChar(u' ') : c);
        }
        ++shown;
    }
    out = out.trimmed();
    if (cut)
        out.append(u'…');
    return out;
}

} // namespace Ferry::Ui
