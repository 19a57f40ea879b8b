#pragma once

#include <QString>

namespace Ferry::Ui {

// Text a peer (or a hand-edited file) controls, made safe to show in one line of a view: control
// characters, line separators and the bidirectional embedding, override and isolate controls
// (which can make "invoice\u202Efdp.exe" look like "invoiceexe.pdf") become spaces, lone
// surrogates U+FFFD, the ends are trimmed, and text beyond maxChars is cut (on a character
// boundary) and ends with "…".
QString displayText(const QString &text, qsizetype maxChars = 256);

} // namespace Ferry::Ui
