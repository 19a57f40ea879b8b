#include "app/control/controlvalues.h"

#include "app/control/jsonfieldreader.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <QHostAddress>
#include <QJsonArray>

#include <limits>

namespace Ferry::App::ControlValues {

namespace {

using Net::TransferState;

constexpr qint64 kMax = JsonFieldReader::kMaxInteger;
constexpr qint64 kMaxCount = std::numeric_limits<int>::max();
constexpr qint64 kMaxPid = std::numeric_limits<qint32>::max();
constexpr qint64 kMaxTimeoutMs = 24 * 3600 * 1000;

const QStringList kStates{
    QStringLiteral("preparing"),        QStringLiteral("connecting"),
    QStringLiteral("waitingForAnswer"), QStringLiteral("awaitingDecision"),
    QStringLiteral("running"),          QStringLiteral("paused"),
    QStringLiteral("interrupted"),      QStringLiteral("completed"),
    QStringLiteral("failed"),           QStringLiteral("declined"),
    QStringLiteral("cancelled"),
};
const QStringList kDirections{QStringLiteral("outgoing"), QStringLiteral("incoming")};
const QStringList kPeerStates{QStringLiteral("discovered"), QStringLiteral("connected"),
                              QStringLiteral("lost")};
const QStringList kSources{QStringLiteral("multicast"), QStringLiteral("manual"),
                           QStringLiteral("incoming")};
const QStringList kEntryTypes{QStringLiteral("file"), QStringLiteral("folder")};
const QStringList kKinds{QStringLiteral("gui"), QStringLiteral("headless"), QStringLiteral("cli")};
const QStringList kOutcomes{QStringLiteral("accepted"), QStringLiteral("declined"),
                            QStringLiteral("timedOut"), QStringLiteral("withdrawn")};

Net::PeerSource sourceAt(int index)
{
    return index == 0 ? Net::PeerSource::Multicast
                      : (index == 1 ? Net::PeerSource::Manual : Net::PeerSource::Incoming);
}

int sourceIndex(Net::PeerSource source)
{
    return source == Net::PeerSource::Multicast ? 0 : (source == Net::PeerSource::Manual ? 1 : 2);
}

// JSON numbers are doubles: byte counts are carried exactly up to 2^53 (8 PiB).
double bytes(quint64 value)
{
    return double(qMin<quint64>(value, quint64(kMax)));
}

template<typename T> std::optional<T> finished(JsonFieldReader &reader, T value, QString *why)
{
    if (!reader.finish(why))
        return std::nullopt;
    return value;
}

QJsonObject addressToJson(const Net::PeerAddress &address)
{
    return {{QStringLiteral("address"), address.address.toString()},
            {QStringLiteral("port"), address.port},
            {QStringLiteral("source"), kSources.at(sourceIndex(address.source))}};
}

bool readAddresses(JsonFieldReader &reader, Net::PeerRecord &peer)
{
    const QJsonArray addresses = reader.array(QStringLiteral("addresses"), kMaxAddresses);
    for (const QJsonValue &value : addresses) {
        if (!value.isObject()) {
            reader.fail(QStringLiteral("an address is not an object"));
            return false;
        }
        JsonFieldReader item(value.toObject(), QStringLiteral("address"));
        Net::PeerAddress address;
        const QString text = item.text(QStringLiteral("address"), 128, true);
        address.port = quint16(item.integer(QStringLiteral("port"), 0, 65535));
        address.source = sourceAt(item.choice(QStringLiteral("source"), kSources));
        QString why;
        if (item.finish(&why) && !address.address.setAddress(text))
            why = QStringLiteral("address: not an IP address");
        if (!why.isEmpty()) {
            reader.fail(why);
            return false;
        }
        peer.addresses.append(address);
    }
    return !reader.failed();
}

QJsonObject entryToJson(const Net::SpacedropEntry &entry)
{
    return {{QStringLiteral("type"), kEntryTypes.at(entry.isFile() ? 0 : 1)},
            {QStringLiteral("executable"), entry.executable},
            {QStringLiteral("size"), bytes(entry.size)},
            {QStringLiteral("mtimeMs"), double(qBound(-kMax, entry.mtimeMs, kMax))},
            {QStringLiteral("path"), entry.path}};
}

bool readEntries(JsonFieldReader &reader, Net::IncomingRequest &request)
{
    const QJsonArray entries = reader.array(QStringLiteral("entries"), kMaxRequestEntries);
    for (const QJsonValue &value : entries) {
        if (!value.isObject()) {
            reader.fail(QStringLiteral("an entry is not an object"));
            return false;
        }
        JsonFieldReader item(value.toObject(), QStringLiteral("entry"));
        Net::SpacedropEntry entry;
        entry.type = item.choice(QStringLiteral("type"), kEntryTypes) == 0
            ? Net::SpacedropEntry::Type::File
            : Net::SpacedropEntry::Type::Folder;
        entry.executable = item.boolean(QStringLiteral("executable"));
        entry.size = quint64(item.integer(QStringLiteral("size"), 0, kMax));
        entry.mtimeMs = item.integer(QStringLiteral("mtimeMs"), -kMax, kMax);
        entry.path = item.text(QStringLiteral("path"), kMaxPathBytes, true);
        QString why;
        if (item.finish(&why) && !Net::Spacedrop::isValidWirePath(entry.path, &why))
            why = QStringLiteral("entry: %1").arg(why);
        if (!why.isEmpty() || (!entry.isFile() && (entry.size != 0 || entry.executable))) {
            reader.fail(why.isEmpty() ? QStringLiteral("entry: a folder has no size") : why);
            return false;
        }
        request.entries.append(entry);
    }
    return !reader.failed();
}

} // namespace

QJsonObject peerToJson(const Net::PeerRecord &peer)
{
    QJsonArray addresses;
    for (const Net::PeerAddress &address :
         peer.addresses.first(qMin(peer.addresses.size(), kMaxAddresses)))
        addresses.append(addressToJson(address));
    QJsonArray capabilities;
    for (quint16 tag : peer.metadata.capabilities)
        capabilities.append(tag);
    QJsonArray sources;
    for (int i = 0; i < kSources.size(); ++i) {
        if (peer.sources.testFlag(sourceAt(i)))
            sources.append(kSources.at(i));
    }
    const int state = peer.state == Net::PeerRecord::State::Discovered
        ? 0
        : (peer.state == Net::PeerRecord::State::Connected ? 1 : 2);
    return {{QStringLiteral("identity"), peer.identity.toText()},
            {QStringLiteral("name"), peer.metadata.deviceName},
            {QStringLiteral("os"), peer.metadata.os},
            {QStringLiteral("model"), peer.metadata.deviceModel},
            {QStringLiteral("appVersion"), peer.metadata.appVersion},
            {QStringLiteral("capabilities"), capabilities},
            {QStringLiteral("minVersion"), peer.minVersion},
            {QStringLiteral("maxVersion"), peer.maxVersion},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("state"), kPeerStates.at(state)},
            {QStringLiteral("verified"), peer.verified}};
}

std::optional<Net::PeerRecord> peerFromJson(const QJsonObject &object, QString *why)
{
    JsonFieldReader reader(object, QStringLiteral("peer"));
    Net::PeerRecord peer;
    peer.identity = reader.identity(QStringLiteral("identity"));
    peer.metadata.deviceName = reader.text(QStringLiteral("name"), kMaxNameBytes);
    peer.metadata.os = reader.text(QStringLiteral("os"), kMaxNameBytes);
    peer.metadata.deviceModel = reader.text(QStringLiteral("model"), kMaxNameBytes);
    peer.metadata.appVersion = reader.text(QStringLiteral("appVersion"), kMaxNameBytes);
    const QJsonArray capabilities
        = reader.array(QStringLiteral("capabilities"), Net::PeerMetadata::kMaxCapabilities);
    for (const QJsonValue &tag : capabilities) {
        const double value = tag.toDouble(-1);
        if (!tag.isDouble() || value < 0 || value > 65535 || value != double(int(value)))
            reader.fail(QStringLiteral("field \"capabilities\" holds a bad tag"));
        peer.metadata.capabilities.append(quint16(value));
    }
    peer.minVersion = quint16(reader.integer(QStringLiteral("minVersion"), 0, 65535));
    peer.maxVersion = quint16(reader.integer(QStringLiteral("maxVersion"), 0, 65535));
    readAddresses(reader, peer);
    const QStringList sources
        = reader.texts(QStringLiteral("sources"), kSources.size(), kMaxNameBytes, true);
    for (const QString &source : sources) {
        const int index = int(kSources.indexOf(source));
        if (index < 0 || peer.sources.testFlag(sourceAt(index)))
            reader.fail(QStringLiteral("field \"sources\" holds a bad or repeated source"));
        else
            peer.sources |= sourceAt(index);
    }
    peer.state = Net::PeerRecord::State(reader.choice(QStringLiteral("state"), kPeerStates));
    peer.verified = reader.boolean(QStringLiteral("verified"));
    return finished(reader, peer, why);
}

QJsonObject transferToJson(const Net::TransferInfo &info)
{
    const QJsonObject error{{QStringLiteral("code"), int(info.error.code)},
                            {QStringLiteral("detail"), info.error.detail},
                            {QStringLiteral("remote"), info.error.remote}};
    return {
        {QStringLiteral("id"), info.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("direction"), kDirections.at(int(info.direction))},
        {QStringLiteral("peer"), info.peer.isNull() ? QString() : info.peer.toText()},
        {QStringLiteral("peerName"), info.peerName},
        {QStringLiteral("message"), info.message},
        {QStringLiteral("state"), kStates.at(int(info.state))},
        {QStringLiteral("pausedHere"), info.pausedHere},
        {QStringLiteral("pausedByPeer"), info.pausedByPeer},
        {QStringLiteral("fileCount"), info.fileCount},
        {QStringLiteral("folderCount"), info.folderCount},
        {QStringLiteral("topLevelCount"), info.topLevelCount},
        {QStringLiteral("firstName"), info.firstName},
        {QStringLiteral("destination"), info.destination},
        {QStringLiteral("localPath"), info.localPath},
        {QStringLiteral("totalBytes"), bytes(info.totalBytes)},
        {QStringLiteral("doneBytes"), bytes(info.doneBytes)},
        {QStringLiteral("filesDone"), info.filesDone},
        {QStringLiteral("currentFile"), info.currentFile},
        {QStringLiteral("currentFileBytes"), bytes(info.currentFileBytes)},
        {QStringLiteral("currentFileSize"), bytes(info.currentFileSize)},
        {QStringLiteral("bytesPerSecond"), qMax(0.0, info.bytesPerSecond)},
        {QStringLiteral("etaSeconds"), double(qBound(qint64(-1), info.etaSeconds, kMax))},
        {QStringLiteral("error"), error},
        {QStringLiteral("declineReason"), info.declineReason},
        {QStringLiteral("startedMs"), double(qBound(qint64(0), info.startedMs, kMax))},
        {QStringLiteral("finishedMs"), double(qBound(qint64(0), info.finishedMs, kMax))},
        {QStringLiteral("attempts"), info.attempts},
    };
}

std::optional<Net::TransferInfo> transferFromJson(const QJsonObject &object, QString *why)
{
    JsonFieldReader reader(object, QStringLiteral("transfer"));
    Net::TransferInfo info;
    info.id = reader.uuid(QStringLiteral("id"));
    info.direction
        = Net::TransferDirection(reader.choice(QStringLiteral("direction"), kDirections));
    info.peer = reader.identity(QStringLiteral("peer"), true);
    info.peerName = reader.text(QStringLiteral("peerName"), kMaxNameBytes);
    info.message = reader.text(QStringLiteral("message"), kMaxTextBytes);
    info.state = TransferState(reader.choice(QStringLiteral("state"), kStates));
    info.pausedHere = reader.boolean(QStringLiteral("pausedHere"));
    info.pausedByPeer = reader.boolean(QStringLiteral("pausedByPeer"));
    info.fileCount = int(reader.integer(QStringLiteral("fileCount"), 0, kMaxCount));
    info.folderCount = int(reader.integer(QStringLiteral("folderCount"), 0, kMaxCount));
    info.topLevelCount = int(reader.integer(QStringLiteral("topLevelCount"), 0, kMaxCount));
    info.firstName = reader.text(QStringLiteral("firstName"), kMaxPathBytes);
    info.destination = reader.text(QStringLiteral("destination"), kMaxPathBytes);
    info.localPath = reader.text(QStringLiteral("localPath"), kMaxPathBytes);
    info.totalBytes = quint64(reader.integer(QStringLiteral("totalBytes"), 0, kMax));
    info.doneBytes = quint64(reader.integer(QStringLiteral("doneBytes"), 0, kMax));
    info.filesDone = int(reader.integer(QStringLiteral("filesDone"), 0, kMaxCount));
    info.currentFile = reader.text(QStringLiteral("currentFile"), kMaxPathBytes);
    info.currentFileBytes = quint64(reader.integer(QStringLiteral("currentFileBytes"), 0, kMax));
    info.currentFileSize = quint64(reader.integer(QStringLiteral("currentFileSize"), 0, kMax));
    info.bytesPerSecond = reader.number(QStringLiteral("bytesPerSecond"), 0, double(kMax));
    info.etaSeconds = reader.integer(QStringLiteral("etaSeconds"), -1, kMax);
    JsonFieldReader error(reader.object(QStringLiteral("error")), QStringLiteral("error"));
    info.error.code = Net::ErrorCode(error.integer(QStringLiteral("code"), 0, 65535));
    info.error.detail = error.text(QStringLiteral("detail"), kMaxTextBytes);
    info.error.remote = error.boolean(QStringLiteral("remote"));
    QString errorWhy;
    if (!reader.failed() && !error.finish(&errorWhy))
        reader.fail(errorWhy);
    info.declineReason = int(reader.integer(QStringLiteral("declineReason"), 0, 255));
    info.startedMs = reader.integer(QStringLiteral("startedMs"), 0, kMax);
    info.finishedMs = reader.integer(QStringLiteral("finishedMs"), 0, kMax);
    info.attempts = int(reader.integer(QStringLiteral("attempts"), 0, kMaxCount));
    return finished(reader, info, why);
}

QJsonObject requestToJson(const Net::IncomingRequest &request)
{
    QJsonArray entries;
    for (const Net::SpacedropEntry &entry :
         request.entries.first(qMin(request.entries.size(), kMaxRequestEntries)))
        entries.append(entryToJson(entry));
    return {
        {QStringLiteral("id"), request.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("sender"), request.sender.toText()},
        {QStringLiteral("senderName"), request.senderName},
        {QStringLiteral("message"), request.message},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("totalBytes"), bytes(request.totalBytes)},
        {QStringLiteral("fileCount"), request.fileCount},
        {QStringLiteral("folderCount"), request.folderCount},
        {QStringLiteral("timeoutMs"), double(qBound(qint64(0), request.timeoutMs, kMaxTimeoutMs))}};
}

std::optional<Net::IncomingRequest> requestFromJson(const QJsonObject &object, QString *why)
{
    JsonFieldReader reader(object, QStringLiteral("request"));
    Net::IncomingRequest request;
    request.id = reader.uuid(QStringLiteral("id"));
    request.sender = reader.identity(QStringLiteral("sender"));
    request.senderName = reader.text(QStringLiteral("senderName"), kMaxNameBytes);
    request.message = reader.text(QStringLiteral("message"), kMaxTextBytes);
    readEntries(reader, request);
    request.totalBytes = quint64(reader.integer(QStringLiteral("totalBytes"), 0, kMax));
    request.fileCount = int(reader.integer(QStringLiteral("fileCount"), 0, kMaxCount));
    request.folderCount = int(reader.integer(QStringLiteral("folderCount"), 0, kMaxCount));
    request.timeoutMs = reader.integer(QStringLiteral("timeoutMs"), 0, kMaxTimeoutMs);
    if (!reader.failed()
        && qint64(request.entries.size()) > qint64(request.fileCount) + request.folderCount)
        reader.fail(QStringLiteral("more entries than files and folders"));
    return finished(reader, request, why);
}

QJsonObject nodeToJson(const NodeInfo &info)
{
    return {{QStringLiteral("kind"), kKinds.at(int(info.kind))},
            {QStringLiteral("command"), info.command},
            {QStringLiteral("pid"), double(qBound(qint64(0), info.pid, kMaxPid))},
            {QStringLiteral("version"), info.version},
            {QStringLiteral("identity"), info.identity.toText()},
            {QStringLiteral("deviceName"), info.deviceName},
            {QStringLiteral("port"), info.port},
            {QStringLiteral("receiving"), info.receiving},
            {QStringLiteral("destination"), info.destination},
            {QStringLiteral("discovery"), info.discovery},
            {QStringLiteral("discoveryPort"), info.discoveryPort},
            {QStringLiteral("interfaces"),
             QJsonArray::fromStringList(
                 info.interfaces.first(qMin(info.interfaces.size(), kMaxInterfaces)))},
            {QStringLiteral("warning"), info.warning},
            {QStringLiteral("uptimeMs"), double(qBound(qint64(0), info.uptimeMs, kMax))}};
}

std::optional<NodeInfo> nodeFromJson(const QJsonObject &object, QString *why)
{
    JsonFieldReader reader(object, QStringLiteral("node"));
    NodeInfo info;
    info.kind = NodeInfo::Kind(reader.choice(QStringLiteral("kind"), kKinds));
    info.command = reader.text(QStringLiteral("command"), kMaxNameBytes);
    info.pid = reader.integer(QStringLiteral("pid"), 0, kMaxPid);
    info.version = reader.text(QStringLiteral("version"), kMaxNameBytes);
    info.identity = reader.identity(QStringLiteral("identity"));
    info.deviceName = reader.text(QStringLiteral("deviceName"), kMaxNameBytes);
    info.port = quint16(reader.integer(QStringLiteral("port"), 0, 65535));
    info.receiving = reader.boolean(QStringLiteral("receiving"));
    info.destination = reader.text(QStringLiteral("destination"), kMaxPathBytes);
    info.discovery = reader.boolean(QStringLiteral("discovery"));
    info.discoveryPort = quint16(reader.integer(QStringLiteral("discoveryPort"), 0, 65535));
    info.interfaces
        = reader.texts(QStringLiteral("interfaces"), kMaxInterfaces, kMaxNameBytes, true);
    info.warning = reader.text(QStringLiteral("warning"), kMaxTextBytes);
    info.uptimeMs = reader.integer(QStringLiteral("uptimeMs"), 0, kMax);
    return finished(reader, info, why);
}

QString outcomeName(RequestOutcome outcome)
{
    return kOutcomes.at(int(outcome));
}

std::optional<RequestOutcome> outcomeFromName(const QString &name)
{
    const qsizetype index = kOutcomes.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return RequestOutcome(index);
}

RequestOutcome outcomeOf(const std::optional<Net::TransferInfo> &transfer)
{
    if (!transfer)
        return RequestOutcome::Withdrawn;
    switch (transfer->state) {
    case TransferState::Declined:
        return transfer->declineReason == int(Net::Spacedrop::DeclineReason::TimedOut)
            ? RequestOutcome::TimedOut
            : RequestOutcome::Declined;
    case TransferState::Cancelled:
    case TransferState::Failed:
    case TransferState::Interrupted:
        return RequestOutcome::Withdrawn;
    default:
        return RequestOutcome::Accepted;
    }
}

} // namespace Ferry::App::ControlValues
