#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QVariant>

namespace Ferry::Ui {

// What TransferListModel shows of one transfer snapshot, as pure functions of it: the
// descriptive roles, and which actions its state allows. The model adds what depends on it
// (a service to act through, whether the row is a live transfer or a history entry).
namespace TransferRow {

// A TransferListModel::Role that describes the transfer (not the Can* nor the row's origin);
// an invalid QVariant for any other role. Texts that the peer controls are made safe.
QVariant value(const Net::TransferInfo &info, int role);
double progressOf(const Net::TransferInfo &info);

// Running, or paused by the peer only (pausing here too keeps it paused when the peer resumes).
bool canPause(const Net::TransferInfo &info);
// Paused here, or an interrupted send (which is then retried now).
bool canResume(const Net::TransferInfo &info);
bool canCancel(const Net::TransferInfo &info);
// An interrupted send; or a failed one whose whole selection is known: one top-level item, its
// localPath (the service keeps no selection of a failed send of several items).
bool canRetry(const Net::TransferInfo &info);
bool canRemove(const Net::TransferInfo &info);

} // namespace TransferRow

} // namespace Ferry::Ui
