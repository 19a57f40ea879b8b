#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QJsonObject>

#include <optional>

namespace Ferry::Ui {

// One finished transfer as TransferHistory stores it: a JSON object of the fields that mean
// something once a transfer is over. Live-only fields (paused flags, the current file, speed,
// ETA) are not kept. Reading treats the object as untrusted: a field of the wrong type or with
// an absurd value rejects the entry (with why); a missing field other than id, direction, peer
// and state takes its default. Byte counts and times are decimal strings (a JSON number is a
// double, exact only up to 2^53), like the Spacedrop manifests.
namespace HistoryEntry {

// Longest accepted texts, in UTF-16 code units.
constexpr qsizetype kMaxText = 2048; // names, the message, an error's detail
constexpr qsizetype kMaxPath = 4096; // destination, local path
constexpr int kMaxCount = 1'000'000; // files, folders (the protocol's entry cap)

// The stored form of info (live-only fields left out).
QJsonObject toJson(const Net::TransferInfo &info);
// nullopt with why when the object is not a valid entry of a finished transfer.
std::optional<Net::TransferInfo> fromJson(const QJsonObject &object, QString *why = nullptr);
// info without what a finished transfer does not keep (what fromJson(toJson(info)) gives).
Net::TransferInfo finished(const Net::TransferInfo &info);

} // namespace HistoryEntry

} // namespace Ferry::Ui
