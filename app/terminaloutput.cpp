#include "app/terminaloutput.h"

#include "app/console.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace Ferry::App {

namespace {

const QString kWipe = QStringLiteral("\r\x1b[K"); // to the line's start, erase to its end

int terminalWidth()
{
    struct winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

} // namespace

TerminalOutput::TerminalOutput(bool interactive) : m_interactive(interactive) { }

bool TerminalOutput::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1 && qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

void TerminalOutput::line(const QString &text)
{
    wipe();
    printOut(text + QLatin1Char('\n'));
    restore();
}

void TerminalOutput::error(const QString &text)
{
    wipe();
    printErr(text + QLatin1Char('\n'));
    restore();
}

void TerminalOutput::status(const QString &text)
{
    if (!m_interactive || questionOpen())
        return;
    // One column short of the width: writing the last column would wrap on some terminals, and
    // a wrapped line cannot be redrawn with a carriage return.
    const int width = terminalWidth() - 1;
    const QString shown = text.size() > width ? text.left(width) : text;
    printOut(kWipe + shown);
    m_statusShown = true;
}

void TerminalOutput::clearStatus()
{
    if (!m_statusShown)
        return;
    printOut(kWipe);
    m_statusShown = false;
}

void TerminalOutput::ask(const QString &question)
{
    clearStatus();
    m_question = question;
    printOut(m_interactive ? question : question + QLatin1Char('\n'));
}

void TerminalOutput::closeQuestion(bool answered)
{
    if (m_interactive && !answered && questionOpen())
        printOut(kWipe);
    m_question.clear();
}

void TerminalOutput::wipe()
{
    if (m_interactive && questionOpen())
        printOut(kWipe);
    else
        clearStatus();
}

void TerminalOutput::restore()
{
    if (m_interactive && questionOpen())
        printOut(m_question);
}

} // namespace Ferry::App
