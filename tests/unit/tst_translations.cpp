// The shipped translations (translations/ferry_<language>.ts) are complete and current: every
// message of the sources is there and translated (no unfinished, vanished or obsolete entry),
// plural forms are all filled for the language, placeholders (%1…%9, %n) and keyboard
// accelerators survive, and running lupdate again (scripts/translations.sh) changes nothing.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("FERRY_SOURCE_DIR");
}

QStringList tsFiles()
{
    return QDir(sourceDir() + QStringLiteral("/translations"))
        .entryList({QStringLiteral("ferry_*.ts")}, QDir::Files, QDir::Name);
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one translation, or the numerus forms
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    m.forms << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

QList<Message> readMessages(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        *language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) { // <context>
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    messages << readMessage(xml, context);
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%9 and %n in order of appearance, sorted: the same multiset must stay.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s&;]"));
    // "&amp;" is already unescaped by the reader; an entity-like "&lt;" cannot occur.
    return re.match(t).hasMatch();
}

int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("ja")) || language.startsWith(QLatin1String("zh")) ? 1
                                                                                                : 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLanguageIsComplete_data();
    void everyLanguageIsComplete();
    void filesAreCurrentWithTheSources();
};

void TestTranslations::initTestCase()
{
    QVERIFY2(!sourceDir().isEmpty(), "FERRY_SOURCE_DIR must name the source tree");
    const QStringList files = tsFiles();
    for (const char *language : {"de", "en", "es", "fr", "ja", "pt_BR", "zh_CN"})
        QVERIFY2(files.contains(QStringLiteral("ferry_%1.ts").arg(QLatin1String(language))),
                 language);
}

void TestTranslations::everyLanguageIsComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::everyLanguageIsComplete()
{
    QFETCH(QString, file);
    QString language;
    QString error;
    const QList<Message> messages
        = readMessages(sourceDir() + QStringLiteral("/translations/") + file, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QStringLiteral("ferry_%1.ts").arg(language), file);
    QVERIFY(!messages.isEmpty());
    // English carries only the plural forms; the others carry everything.
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + m.type;
            continue;
        }
        const int wanted = m.numerus ? pluralForms(language) : 1;
        if (m.forms.size() != wanted) {
            problems << where
                    + QStringLiteral(" has %1 forms, %2 wanted").arg(m.forms.size()).arg(wanted);
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(" is empty");
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(form);
            // A language with one plural form may say the number once even if English says %n
            // in a way that needs it: %n stays required wherever the source has it.
            if (got != want)
                problems << where
                        + QStringLiteral(" → \"%1\": placeholders %2, source has %3")
                              .arg(form, got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')));
            if (hasAccelerator(m.source) != hasAccelerator(form))
                problems << where
                        + QStringLiteral(" → \"%1\": the keyboard accelerator (&) is "
                                         "missing or extra")
                              .arg(form);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2:\n  ").arg(problems.size()).arg(file)
                        + problems.mid(0, 40).join(QStringLiteral("\n  "))));
}

void TestTranslations::filesAreCurrentWithTheSources()
{
    const QString lupdate
        = qEnvironmentVariable("FERRY_LUPDATE", QStringLiteral("/usr/lib/qt6/bin/lupdate"));
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate is not installed (qt6-l10n-tools)");
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    for (const QString &file : tsFiles())
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/") + file,
                            copy.filePath(file)));
    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_TS_DIR"), copy.path());
    env.insert(QStringLiteral("LUPDATE"), lupdate);
    update.setProcessEnvironment(env);
    update.start(QStringLiteral("bash"),
                 {sourceDir() + QStringLiteral("/scripts/translations.sh")});
    QVERIFY(update.waitForFinished(120'000));
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    QStringList stale;
    for (const QString &file : tsFiles()) {
        QFile a(sourceDir() + QStringLiteral("/translations/") + file);
        QFile b(copy.filePath(file));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        if (a.readAll() != b.readAll())
            stale << file;
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("out of date with the sources (run scripts/translations.sh "
                                       "and translate what it adds): ")
                        + stale.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
