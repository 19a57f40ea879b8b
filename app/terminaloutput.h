#pragma once

#include <QString>

namespace Ferry::App {

// The terminal as the transfer commands use it: whole lines on stdout and stderr, plus (on a
// terminal only) one status line that is redrawn in place and a question waiting for its answer
// ("Accept? [y/N] "). Lines are never mixed with either: the status line is wiped before a line
// is printed and drawn again by the next status(); an open question is printed again below it.
class TerminalOutput
{
public:
    // interactive: stdout is a terminal (redraws and questions without a new line).
    explicit TerminalOutput(bool interactive);
    // Whether stdout is a terminal (and TERM is not "dumb").
    static bool stdoutIsTerminal();

    bool isInteractive() const { return m_interactive; }
    void line(const QString &text); // stdout, one line (the new line is added)
    void error(const QString &text); // stderr, one line
    // The status line (interactive only: ignored otherwise); cut to the terminal's width.
    void status(const QString &text);
    void clearStatus();
    // Asks: interactive, text stays on the line the answer is typed on; otherwise it is a line
    // of its own. While a question is open no status line is drawn.
    void ask(const QString &question);
    // The question was answered (on a terminal the answer's echo ended the line already) or
    // withdrawn (then its line is wiped).
    void closeQuestion(bool answered);
    bool questionOpen() const { return !m_question.isEmpty(); }

private:
    void wipe(); // the status line or the open question, before other output
    void restore(); // the open question again, after other output

    bool m_interactive;
    bool m_statusShown = false;
    QString m_question;
};

} // namespace Ferry::App
