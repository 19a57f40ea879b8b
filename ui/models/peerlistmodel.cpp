#include "ui/models/peerlistmodel.h"

#include "net/peerregistry.h"
#include "ui/models/displaytext.h"

#include <QRegularExpression>

#include <algorithm>

namespace Ferry::Ui {

using Net::PeerRecord;

namespace {

// The order of PeerRegistry::peers(): name case-insensitively, then exactly, then identity. The
// same order as the CLI's list, and total, so that equal names still sort stably.
bool before(const PeerRecord &a, const PeerRecord &b)
{
    const int byName = a.metadata.deviceName.compare(b.metadata.deviceName, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    if (a.metadata.deviceName != b.metadata.deviceName)
        return a.metadata.deviceName < b.metadata.deviceName;
    return a.identity < b.identity;
}

// What data() shows: a change elsewhere (lastSeen) is no reason for dataChanged.
bool sameShown(const PeerRecord &a, const PeerRecord &b)
{
    const auto firstAddress = [](const PeerRecord &p) {
        return p.addresses.isEmpty() ? Net::PeerAddress{} : p.addresses.constFirst();
    };
    return a.metadata == b.metadata && a.state == b.state && a.verified == b.verified
        && a.sources == b.sources && firstAddress(a) == firstAddress(b);
}

QString addressText(const PeerRecord &peer)
{
    if (peer.addresses.isEmpty())
        return {};
    const Net::PeerAddress &a = peer.addresses.constFirst();
    const QString host = a.address.toString();
    if (a.address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(host).arg(a.port);
    return QStringLiteral("%1:%2").arg(host).arg(a.port);
}

// Whole words of text, lower case: "iOS 17" has the word "ios", "macOS" does not.
bool hasWord(const QString &text, QLatin1StringView word)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return text.split(separators, Qt::SkipEmptyParts).contains(word);
}

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> parts)
{
    return std::any_of(parts.begin(), parts.end(),
                       [&](QLatin1StringView part) { return text.contains(part); });
}

} // namespace

PeerListModel::PeerListModel(QObject *parent) : QAbstractListModel(parent) { }

PeerListModel::~PeerListModel() = default;

void PeerListModel::setRegistry(Net::PeerRegistry *registry)
{
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    beginResetModel();
    m_registry = registry;
    m_rows = registry ? registry->peers() : QList<PeerRecord>{};
    std::sort(m_rows.begin(), m_rows.end(), before);
    endResetModel();
    if (!registry)
        return;
    connect(registry, &Net::PeerRegistry::peerDiscovered, this, &PeerListModel::onPeerChanged);
    connect(registry, &Net::PeerRegistry::peerUpdated, this, &PeerListModel::onPeerChanged);
    connect(registry, &Net::PeerRegistry::peerLost, this, &PeerListModel::onPeerLost);
    connect(registry, &Net::PeerRegistry::peerConnected, this, &PeerListModel::refresh);
    connect(registry, &Net::PeerRegistry::peerDisconnected, this, &PeerListModel::refresh);
    connect(registry, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

int PeerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PeerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerRecord &peer = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: {
        const QString name = displayText(peer.metadata.deviceName, Net::PeerMetadata::kMaxName);
        return name.isEmpty() ? tr("Unnamed device (%1)").arg(peer.identity.shortText()) : name;
    }
    case Qt::ToolTipRole:
    case IdentityRole:
        return peer.identity.toText();
    case ShortIdRole:
        return peer.identity.shortText();
    case OsRole:
        return displayText(peer.metadata.os, Net::PeerMetadata::kMaxOs);
    case ModelRole:
        return displayText(peer.metadata.deviceModel, Net::PeerMetadata::kMaxModel);
    case AppVersionRole:
        return displayText(peer.metadata.appVersion, Net::PeerMetadata::kMaxAppVersion);
    case DeviceKindRole:
        return int(kindOf(peer.metadata.os, peer.metadata.deviceModel));
    case ConnectedRole:
        return peer.state == PeerRecord::State::Connected;
    case VerifiedRole:
        return peer.verified;
    case AddressRole:
        return addressText(peer);
    case SourcesRole:
        return int(peer.sources.toInt());
    default:
        return {};
    }
}

QHash<int, QByteArray> PeerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[IdentityRole] = "identity";
    names[ShortIdRole] = "shortId";
    names[NameRole] = "name";
    names[OsRole] = "os";
    names[ModelRole] = "model";
    names[AppVersionRole] = "appVersion";
    names[DeviceKindRole] = "deviceKind";
    names[ConnectedRole] = "connected";
    names[VerifiedRole] = "verified";
    names[AddressRole] = "address";
    names[SourcesRole] = "sources";
    return names;
}

std::optional<PeerRecord> PeerListModel::peerAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QList<Net::RemoteIdentity> PeerListModel::identitiesOf(const QModelIndexList &rows) const
{
    QList<Net::RemoteIdentity> identities;
    for (const QModelIndex &index : rows) {
        if (const auto peer = peerAt(index.row()))
            identities << peer->identity;
    }
    return identities;
}

int PeerListModel::rowOf(const Net::RemoteIdentity &identity) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const PeerRecord &p) { return p.identity == identity; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

PeerListModel::DeviceKind PeerListModel::kindOf(const QString &os, const QString &model)
{
    // The peer says what it likes (at most a few dozen characters, see PeerMetadata): only
    // substrings are looked for, in a bounded copy.
    const QString o = os.left(Net::PeerMetadata::kMaxOs).toLower();
    const QString m = model.left(Net::PeerMetadata::kMaxModel).toLower();
    if (containsAny(m, {QLatin1StringView("ipad"), QLatin1StringView("tablet")})
        || hasWord(o, QLatin1StringView("ipados")))
        return DeviceKind::Tablet;
    if (hasWord(o, QLatin1StringView("android")) || hasWord(o, QLatin1StringView("ios"))
        || containsAny(m, {QLatin1StringView("iphone"), QLatin1StringView("phone")}))
        return DeviceKind::Phone;
    if (o.contains(QLatin1StringView("server")) || m.contains(QLatin1StringView("server")))
        return DeviceKind::Server;
    if (containsAny(m,
                    {QLatin1StringView("book"), QLatin1StringView("laptop"),
                     QLatin1StringView("thinkpad"), QLatin1StringView("notebook")}))
        return DeviceKind::Laptop;
    if (containsAny(o,
                    {QLatin1StringView("linux"), QLatin1StringView("windows"),
                     QLatin1StringView("macos"), QLatin1StringView("mac os"),
                     QLatin1StringView("darwin"), QLatin1StringView("bsd")})
        || containsAny(m, {QLatin1StringView("desktop"), QLatin1StringView("imac")}))
        return DeviceKind::Computer;
    return DeviceKind::Unknown;
}

void PeerListModel::onPeerChanged(const PeerRecord &peer)
{
    const int row = rowOf(peer.identity);
    if (row < 0)
        return insertSorted(peer);
    const PeerRecord old = m_rows.at(row);
    m_rows[row] = peer;
    // A new name may move the row. The destination counts rows before the move, this one
    // included: one past the target when moving down.
    const int target = sortedPosition(peer, row);
    int at = row;
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
        at = target;
    }
    if (!sameShown(old, peer)) {
        const QModelIndex changed = index(at);
        Q_EMIT dataChanged(changed, changed);
    }
}

void PeerListModel::onPeerLost(const Net::RemoteIdentity &identity)
{
    const int row = rowOf(identity);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PeerListModel::refresh(const Net::RemoteIdentity &identity)
{
    if (!m_registry)
        return;
    if (const std::optional<PeerRecord> peer = m_registry->peer(identity))
        onPeerChanged(*peer);
}

void PeerListModel::insertSorted(const PeerRecord &peer)
{
    const int row = sortedPosition(peer, -1);
    beginInsertRows({}, row, row);
    m_rows.insert(row, peer);
    endInsertRows();
}

int PeerListModel::sortedPosition(const PeerRecord &peer, int skip) const
{
    int position = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != skip && before(m_rows.at(i), peer))
            ++position;
    }
    return position;
}

} // namespace Ferry::Ui
