#pragma once

#include "app/control/nodeinfo.h"
#include "net/operations/spacedrop/transferinfo.h"
#include "net/peerrecord.h"

#include <QJsonObject>

#include <optional>

// The values the local control protocol carries (docs/CONTROL.md §4), to and from JSON objects.
// Pure value code: every *FromJson checks every field (types, ranges, sizes, UUIDs, identities,
// wire paths) and refuses unknown ones; `why` says what was wrong.
namespace Ferry::App::ControlValues {

// An offer shows its first entries only: the counts carry the rest (an offer may list a
// million entries; a message is at most 1 MiB).
constexpr qsizetype kMaxRequestEntries = 64;
constexpr qsizetype kMaxAddresses = 16;
constexpr qsizetype kMaxInterfaces = 64;
constexpr qsizetype kMaxNameBytes = 512; // device and interface names, versions, commands
constexpr qsizetype kMaxTextBytes = 4096; // messages, error details
constexpr qsizetype kMaxPathBytes = 4096; // a local path or a wire path

QJsonObject peerToJson(const Net::PeerRecord &peer);
std::optional<Net::PeerRecord> peerFromJson(const QJsonObject &object, QString *why);

QJsonObject transferToJson(const Net::TransferInfo &info);
std::optional<Net::TransferInfo> transferFromJson(const QJsonObject &object, QString *why);

QJsonObject requestToJson(const Net::IncomingRequest &request);
std::optional<Net::IncomingRequest> requestFromJson(const QJsonObject &object, QString *why);

QJsonObject nodeToJson(const NodeInfo &info);
std::optional<NodeInfo> nodeFromJson(const QJsonObject &object, QString *why);

// How an offer that was waiting for an answer ended.
enum class RequestOutcome { Accepted, Declined, TimedOut, Withdrawn };
QString outcomeName(RequestOutcome outcome); // "accepted", "declined", "timedOut", "withdrawn"
std::optional<RequestOutcome> outcomeFromName(const QString &name);
// What became of an offer, from its transfer's state once it stopped waiting.
RequestOutcome outcomeOf(const std::optional<Net::TransferInfo> &transfer);

} // namespace Ferry::App::ControlValues

Q_DECLARE_METATYPE(Ferry::App::ControlValues::RequestOutcome)
