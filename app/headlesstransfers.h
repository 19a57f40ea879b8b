#pragma once

#include "app/options.h"
#include "app/terminaloutput.h"
#include "app/transferprinter.h"

#include <QObject>

namespace Ferry::Net {
class SpacedropService;
struct IncomingRequest;
} // namespace Ferry::Net

namespace Ferry::App {

// What a headless node logs of Spacedrop: where files go and from whom they are accepted, each
// transfer's state changes and progress (a line at most every 2 s), and the offers that nobody
// can answer here (they are declined when their time is up).
class HeadlessTransfers : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessTransfers)
public:
    HeadlessTransfers(const Options &options, Net::SpacedropService *spacedrop,
                      QObject *parent = nullptr);
    ~HeadlessTransfers() override;

private:
    void printPolicy(const Options &options, const QString &destination);
    void onRequest(const Net::IncomingRequest &request);

    TerminalOutput m_out{false}; // a log, even on a terminal: no status line
    TransferPrinter m_printer{m_out, true};
};

} // namespace Ferry::App
