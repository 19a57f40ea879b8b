#include "tests/support/processoutput.h"

namespace Ferry::Test {

const QRegularExpression kIdentityLine(QStringLiteral("^identity +([a-z2-7]{52})$"),
                                       QRegularExpression::MultilineOption);
const QRegularExpression kListeningLine(QStringLiteral("^listening +(\\S+) port (\\d+)$"),
                                        QRegularExpression::MultilineOption);

QString field(const QString &text, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^%1 +(.+)$").arg(QRegularExpression::escape(label)),
                                QRegularExpression::MultilineOption);
    return re.match(text).captured(1);
}

QStringList linesStartingWith(const QString &text, const QString &prefix)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            found << line;
    }
    return found;
}

QStringList ferryMessages(const QString &err)
{
    return linesStartingWith(err, QStringLiteral("ferry: "));
}

QString shortOf(const QString &identity)
{
    return identity.left(4) + QLatin1Char('-') + identity.mid(4, 4);
}

} // namespace Ferry::Test
