#include "app/control/nodeaccess.h"

#include <algorithm>

namespace Ferry::App {

std::optional<Net::TransferInfo> NodeAccess::transfer(const QUuid &id) const
{
    for (const Net::TransferInfo &info : transfers()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

std::optional<Net::PeerRecord> NodeAccess::findPeer(const QString &nameOrIdentity,
                                                    QString *why) const
{
    return findIn(peers(), nameOrIdentity, why);
}

// The rules of PeerRegistry::find, over a copy of the list (a remote node's peers).
std::optional<Net::PeerRecord> NodeAccess::findIn(const QList<Net::PeerRecord> &peers,
                                                  const QString &nameOrIdentity, QString *why)
{
    const QString wanted = nameOrIdentity.trimmed();
    if (const auto id = Net::RemoteIdentity::fromText(wanted)) {
        for (const Net::PeerRecord &p : peers) {
            if (p.identity == *id)
                return p;
        }
    }
    QString prefix = wanted.toLower();
    if (prefix.size() > 4 && prefix.at(4) == QLatin1Char('-'))
        prefix.remove(4, 1); // "xxxx-xxxx", the short form
    const bool byPrefix = prefix.size() >= 4;
    QList<Net::PeerRecord> matches;
    for (const Net::PeerRecord &p : peers) {
        if (p.metadata.deviceName.compare(wanted, Qt::CaseInsensitive) == 0
            || (byPrefix && p.identity.toText().startsWith(prefix)))
            matches.append(p);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (!why)
        return std::nullopt;
    if (matches.isEmpty()) {
        *why = tr("no device called %1").arg(wanted);
        return std::nullopt;
    }
    std::sort(
        matches.begin(), matches.end(),
        [](const Net::PeerRecord &a, const Net::PeerRecord &b) { return a.identity < b.identity; });
    QStringList names;
    for (const Net::PeerRecord &p : std::as_const(matches))
        names.append(QStringLiteral("%1 (%2)").arg(p.metadata.deviceName, p.identity.shortText()));
    *why = tr("%1 matches %2 devices: %3")
               .arg(wanted)
               .arg(matches.size())
               .arg(names.join(QStringLiteral(", ")));
    return std::nullopt;
}

QString NodeAccess::commandName(TransferCommand command)
{
    switch (command) {
    case TransferCommand::Cancel:
        return QStringLiteral("cancel");
    case TransferCommand::Pause:
        return QStringLiteral("pause");
    case TransferCommand::Resume:
        return QStringLiteral("resume");
    case TransferCommand::Retry:
        break;
    }
    return QStringLiteral("retry");
}

} // namespace Ferry::App
