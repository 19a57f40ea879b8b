#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/transferinfo.h"

#include <QCoreApplication>
#include <QString>

namespace Ferry::Ui {

// Translated words for a transfer's state and for the network's typed errors. The network layer
// reports codes and English details; this is where they become sentences for people.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)
public:
    // "Waiting for an answer", "Paused by Laptop", "Failed: the disk is full", …
    static QString state(const Net::TransferInfo &info);
    // "to Laptop" / "from Laptop".
    static QString peer(const Net::TransferInfo &info);
    // "Rejected by the receiver", "No answer in time", … (info.declineReason).
    static QString decline(const Net::TransferInfo &info);
    // "the connection was lost (reset by peer)": the code in words, the detail in brackets.
    static QString error(const Net::Error &error);
};

} // namespace Ferry::Ui
