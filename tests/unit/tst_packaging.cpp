// The packaging must stay true to the program: the man page (packaging/ferry.1.in) describes every
// command, option and environment variable that `ferry --help` lists, and no option that is gone;
// the firewall profiles open exactly the ports the node uses.
#include "app/nodehost.h"
#include "net/nodeconfig.h"
#include "tests/support/ferryprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Ferry;

namespace {

QString sourceFile(const QString &relative)
{
    QFile file(qEnvironmentVariable("FERRY_SOURCE_DIR") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The man page as plain-ish text: roff's escaped hyphens and font changes removed.
QString manPage()
{
    QString text = sourceFile(QStringLiteral("packaging/ferry.1.in"));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    return text;
}

// The lines of one man page section (.SH NAME up to the next .SH).
QStringList manSection(const QString &page, const QString &name)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH %1\n").arg(name));
    if (start < 0)
        return {};
    const qsizetype from = page.indexOf(QLatin1Char('\n'), start + 1) + 1;
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), from);
    return page.mid(from, end < 0 ? -1 : end - from).split(QLatin1Char('\n'));
}

// The lines of a section that are roff bold/italic macros: the terms of its .TP items.
QString macroLines(const QStringList &lines)
{
    QStringList macros;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral(".B")) || line.startsWith(QStringLiteral(".I")))
            macros << line;
    }
    return macros.join(QLatin1Char('\n'));
}

QSet<QString> matches(const QString &text, const QString &pattern)
{
    QSet<QString> found;
    auto it = QRegularExpression(pattern, QRegularExpression::MultilineOption).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(1);
    return found;
}

// Options as they are written: --long and -s, not part of a longer word.
const QString kOption = QStringLiteral("(?<![\\w-])(--?[a-z][a-z-]*)(?![\\w-])");

QString helpText()
{
    const auto ferry = Test::runFerry({QStringLiteral("--help")});
    return ferry->exitedWith(0) ? ferry->out() : QString();
}

bool containsToken(const QString &text, const QString &token)
{
    return text.contains(QRegularExpression(
        QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(token))));
}

// The ports a profile line such as ufw's "ports=47474/tcp|47474/udp" names.
QSet<QString> ufwPorts(const QString &profile)
{
    const auto m
        = QRegularExpression(QStringLiteral("^ports=(.*)$"), QRegularExpression::MultilineOption)
              .match(profile);
    if (!m.hasMatch())
        return {};
    const QStringList list = m.captured(1).trimmed().split(QLatin1Char('|'));
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QString> expectedPorts()
{
    return {QStringLiteral("%1/tcp").arg(App::NodeHost::kDefaultPort),
            QStringLiteral("%1/udp").arg(Net::NodeConfig{}.discoveryPort)};
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void manPageDescribesEveryHelpItem_data();
    void manPageDescribesEveryHelpItem();
    void manPageOptionsAllExist();
    void ufwProfileOpensTheNodePorts();
    void firewalldServiceOpensTheNodePorts();

private:
    QString m_help;
    QString m_man;
};

void TestPackaging::initTestCase()
{
    m_help = helpText();
    QVERIFY2(!m_help.isEmpty(), "ferry --help failed (FERRY_BIN)");
    m_man = manPage();
    QVERIFY2(!m_man.isEmpty(), "packaging/ferry.1.in is missing (FERRY_SOURCE_DIR)");
}

void TestPackaging::manPageDescribesEveryHelpItem_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("section");
    const QString &help = m_help;
    const qsizetype commandsAt = help.indexOf(QStringLiteral("\nCommands:\n"));
    const qsizetype envAt = help.indexOf(QStringLiteral("\nEnvironment:\n"));
    QVERIFY2(commandsAt > 0 && envAt > commandsAt, "ferry --help has changed its layout");

    const QSet<QString> options = matches(help.left(commandsAt), kOption);
    QSet<QString> commands
        = matches(help.mid(commandsAt, envAt - commandsAt), QStringLiteral("^  ([a-z]+)\\b"));
    const QSet<QString> variables = matches(help.mid(envAt), QStringLiteral("^  (\\w+)\\b"));
    // A test that finds nothing to compare must not pass.
    QVERIFY2(options.contains(QStringLiteral("--headless"))
                 && options.contains(QStringLiteral("-c")),
             qPrintable(QStringList(options.cbegin(), options.cend()).join(QLatin1Char(' '))));
    QVERIFY(commands.contains(QStringLiteral("send")));
    QVERIFY(variables.contains(QStringLiteral("FERRY_INTERFACES")));

    for (const QString &o : options)
        QTest::addRow("option %s", qPrintable(o)) << o << QStringLiteral("OPTIONS");
    for (const QString &c : commands)
        QTest::addRow("command %s", qPrintable(c)) << c << QStringLiteral("COMMANDS");
    for (const QString &v : variables)
        QTest::addRow("env %s", qPrintable(v)) << v << QStringLiteral("ENVIRONMENT");
}

void TestPackaging::manPageDescribesEveryHelpItem()
{
    QFETCH(QString, item);
    QFETCH(QString, section);
    const QString terms = macroLines(manSection(m_man, section));
    QVERIFY2(!terms.isEmpty(), qPrintable(QStringLiteral("no %1 section").arg(section)));
    if (section == QLatin1String("COMMANDS")) {
        // A command is the first word of an item's term: .B peers, .BI ping " TARGET", ...
        const QRegularExpression term(QStringLiteral("^\\.B[IR]? \"?%1\\b").arg(item),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(terms.contains(term), qPrintable(item + QStringLiteral(" is not in COMMANDS")));
        return;
    }
    QVERIFY2(containsToken(terms, item),
             qPrintable(QStringLiteral("%1 is not in the man page's %2").arg(item, section)));
}

void TestPackaging::manPageOptionsAllExist()
{
    const QSet<QString> described
        = matches(macroLines(manSection(m_man, QStringLiteral("OPTIONS"))), kOption);
    QVERIFY(described.contains(QStringLiteral("--port")));
    for (const QString &option : described)
        QVERIFY2(containsToken(m_help, option),
                 qPrintable(option + QStringLiteral(" is in the man page, not in ferry --help")));
}

void TestPackaging::ufwProfileOpensTheNodePorts()
{
    const QString profile = sourceFile(QStringLiteral("packaging/ufw-ferry"));
    QVERIFY(!profile.isEmpty());
    QCOMPARE(ufwPorts(profile), expectedPorts());
}

void TestPackaging::firewalldServiceOpensTheNodePorts()
{
    const QString service = sourceFile(QStringLiteral("packaging/firewalld-ferry.xml"));
    QVERIFY(!service.isEmpty());
    QSet<QString> ports;
    auto it = QRegularExpression(QStringLiteral("<port protocol=\"(\\w+)\" port=\"(\\d+)\"\\s*/>"))
                  .globalMatch(service);
    while (it.hasNext()) {
        const auto m = it.next();
        ports << QStringLiteral("%1/%2").arg(m.captured(2), m.captured(1));
    }
    QCOMPARE(ports, expectedPorts());
    QCOMPARE(service.count(QStringLiteral("<port ")), 2); // nothing else opened
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
