// Composition root: parse the command line, then wire a node to the terminal or to the window.
#include "app/clicommands.h"
#include "app/console.h"
#include "app/gui/guiapp.h"
#include "app/gui/translations.h"
#include "app/nodehost.h"
#include "app/options.h"
#include "ui/icons.h"
#include "ui/models/settingsstore.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Ferry;

namespace {

int runCli(int argc, char **argv, const App::Options &options)
{
    QCoreApplication app(argc, argv);
    // The commands print what matters themselves (the keychain warning included); library logs
    // would repeat it. QT_LOGGING_RULES still overrides this for debugging.
    QLoggingCategory::setFilterRules(options.command == App::Options::Command::Headless
                                         ? QStringLiteral("ferry.identity.info=false\n"
                                                          "ferry.identity.warning=false")
                                         : QStringLiteral("ferry.*.info=false\n"
                                                          "ferry.identity.warning=false"));
    App::CliCommands commands(options);
    QObject::connect(&commands, &App::CliCommands::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    commands.run();
    return app.exec();
}

int runGui(int argc, char **argv, const App::Options &options)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("ferry"));
    QApplication::setWindowIcon(Ui::Icons::app());
    // Closing the window keeps Ferry in the tray; quitting is explicit (GuiApp).
    QApplication::setQuitOnLastWindowClosed(false);
    // Before any window: the language setting applies from the first string on.
    const QString dataDir = App::NodeHost::dataDirFor(options);
    App::Translations::install(
        Ui::SettingsStore(QDir(dataDir).filePath(QStringLiteral("settings.ini"))).load().language);
    App::GuiApp gui(options);
    if (!gui.start())
        return gui.exitCode();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Qt's TLS path allocates and frees ~1 MiB buffers; with glibc's default thresholds the heap
    // grows and shrinks around every one of them, which nearly halves TLS throughput here
    // (../shared/reference/performance.md §3: 0.35 → 0.55 GB/s). Keep such buffers on the heap.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const App::ParseOutcome parsed = App::parseOptions(arguments);
    if (parsed.exit) {
        App::printOut(parsed.output);
        App::printErr(parsed.error);
        return parsed.exitCode;
    }
    if (parsed.options.command == App::Options::Command::Gui)
        return runGui(argc, argv, parsed.options);
    return runCli(argc, argv, parsed.options);
}
