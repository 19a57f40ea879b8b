#pragma once

#include "net/peerrecord.h"
#include "net/remoteidentity.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace Ferry::Net {
class PeerRegistry;
} // namespace Ferry::Net

namespace Ferry::Ui {

// Nearby devices for the device list: one row per peer the registry knows (discovered or
// connected), keyed by identity, sorted by name then identity. Follows the registry's signals.
class PeerListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerListModel)
public:
    // What kind of device a peer looks like, from its OS and model (for its icon).
    enum class DeviceKind { Computer, Laptop, Phone, Tablet, Server, Unknown };
    Q_ENUM(DeviceKind)

    enum Role {
        IdentityRole = Qt::UserRole + 1, // QString, the full identity text
        ShortIdRole, // QString, RemoteIdentity::shortText()
        NameRole, // QString, the device name (also Qt::DisplayRole)
        OsRole, // QString, as the peer says
        ModelRole, // QString, as the peer says
        AppVersionRole, // QString
        DeviceKindRole, // int (DeviceKind)
        ConnectedRole, // bool
        VerifiedRole, // bool: a TLS handshake proved the identity at least once
        AddressRole, // QString, most recent "address:port" ([v6]:port), empty when none
        SourcesRole, // int (Net::PeerSources)
    };
    Q_ENUM(Role)

    explicit PeerListModel(QObject *parent = nullptr);
    ~PeerListModel() override;

    // Shows registry's peers (none when null) and follows it from now on.
    void setRegistry(Net::PeerRegistry *registry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    std::optional<Net::PeerRecord> peerAt(int row) const;
    int rowOf(const Net::RemoteIdentity &identity) const; // -1 when absent
    // The identities of rows (a view's selection), in the rows' order; unknown rows skipped.
    QList<Net::RemoteIdentity> identitiesOf(const QModelIndexList &rows) const;

    static DeviceKind kindOf(const QString &os, const QString &model);

private:
    void onPeerChanged(const Net::PeerRecord &peer);
    void onPeerLost(const Net::RemoteIdentity &identity);
    void refresh(const Net::RemoteIdentity &identity); // connected / disconnected
    void insertSorted(const Net::PeerRecord &peer);
    // Where peer belongs in the rows without `skip` (-1: none skipped).
    int sortedPosition(const Net::PeerRecord &peer, int skip) const;

    QPointer<Net::PeerRegistry> m_registry;
    QList<Net::PeerRecord> m_rows; // in the registry's order: name, then identity
};

} // namespace Ferry::Ui
