#include "app/peerformat.h"

#include "net/hostport.h"

#include <QStringList>

namespace Ferry::App {

QString describePeer(const Net::PeerMetadata &metadata)
{
    QString what = metadata.os;
    if (!metadata.deviceModel.isEmpty())
        what += QStringLiteral(", ") + metadata.deviceModel;
    if (!metadata.appVersion.isEmpty())
        what += QStringLiteral(", Ferry ") + metadata.appVersion;
    return QStringLiteral("\"%1\" (%2)").arg(metadata.deviceName, what);
}

QString addressList(const QList<Net::PeerAddress> &addresses)
{
    QStringList shown;
    for (const Net::PeerAddress &a : addresses)
        shown << Net::formatHostPort(a.address, a.port);
    return shown.isEmpty() ? QStringLiteral("-") : shown.join(QLatin1Char(','));
}

QString stateName(Net::PeerRecord::State state)
{
    switch (state) {
    case Net::PeerRecord::State::Discovered:
        return QStringLiteral("discovered");
    case Net::PeerRecord::State::Connected:
        return QStringLiteral("connected");
    case Net::PeerRecord::State::Lost:
        break;
    }
    return QStringLiteral("lost");
}

QString peerLabel(const Net::PeerRecord &peer)
{
    const QString os = peer.metadata.os.isEmpty() ? QStringLiteral("?") : peer.metadata.os;
    return QStringLiteral("\"%1\" (%2) %3")
        .arg(peer.metadata.deviceName, os, peer.identity.shortText());
}

QString peerLine(const Net::PeerRecord &peer)
{
    return QStringLiteral("%1 %2 %3")
        .arg(peerLabel(peer), addressList(peer.addresses), stateName(peer.state));
}

} // namespace Ferry::App
