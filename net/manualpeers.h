#pragma once

#include "net/errorcode.h"
#include "net/nodeconfig.h"
#include "net/peerinfo.h"
#include "net/remoteidentity.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Ferry::Net {

class Node;

// Addresses the user typed in ("host", "host:port"). Whoever answers there is unknown until the
// handshake, so each is dialled without an expected identity; the identity it proves is
// remembered, and the address is dialled again every retry interval while that identity is not
// connected (it was down, it went away, the connection idled out).
class ManualPeers : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualPeers)
public:
    static constexpr quint16 kDefaultPort = 47474;

    explicit ManualPeers(Milliseconds retryInterval, QObject *parent = nullptr);
    ~ManualPeers() override;

    // False for text that is not host[:port]; an address already listed is not added twice.
    bool add(const QString &hostAndPort);
    QStringList texts() const;
    // The identity last proven at that address; null while unknown.
    RemoteIdentity identityAt(const QString &text) const;

    // Dials every entry now through node, then retries. stop() forgets dials under way (their
    // results are ignored) and stops retrying.
    void start(Node *node);
    void stop();

Q_SIGNALS:
    // A handshake at host:port succeeded and proved info.identity.
    void peerReached(const Ferry::Net::PeerInfo &info, const QString &host, quint16 port);
    void dialFailed(const QString &text, const Ferry::Net::Error &error);

private:
    struct Entry
    {
        QString text;
        QString host;
        quint16 port = 0;
        RemoteIdentity identity;
        quint64 dialId = 0; // 0: no dial under way
    };

    void dialDue();
    void onDialFinished(quint64 dialId, const RemoteIdentity &peer, const Error &error);

    QList<Entry> m_entries;
    QPointer<Node> m_node;
    QTimer m_retry;
};

} // namespace Ferry::Net
