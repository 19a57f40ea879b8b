#include "net/manualpeers.h"

#include "net/hostport.h"
#include "net/logging.h"
#include "net/node.h"

namespace Ferry::Net {

ManualPeers::ManualPeers(Milliseconds retryInterval, QObject *parent) : QObject(parent)
{
    m_retry.setInterval(retryInterval);
    connect(&m_retry, &QTimer::timeout, this, &ManualPeers::dialDue);
}

ManualPeers::~ManualPeers() = default;

bool ManualPeers::add(const QString &hostAndPort)
{
    Entry entry;
    entry.text = hostAndPort.trimmed();
    if (!parseHostOptionalPort(entry.text, kDefaultPort, entry.host, entry.port))
        return false;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.host.compare(entry.host, Qt::CaseInsensitive) == 0 && e.port == entry.port)
            return true;
    }
    m_entries.append(entry);
    if (m_node)
        dialDue();
    return true;
}

QStringList ManualPeers::texts() const
{
    QStringList texts;
    for (const Entry &e : m_entries)
        texts << e.text;
    return texts;
}

RemoteIdentity ManualPeers::identityAt(const QString &text) const
{
    for (const Entry &e : m_entries) {
        if (e.text == text)
            return e.identity;
    }
    return {};
}

void ManualPeers::start(Node *node)
{
    stop();
    m_node = node;
    connect(node, &Node::dialFinished, this, &ManualPeers::onDialFinished);
    m_retry.start();
    dialDue();
}

void ManualPeers::stop()
{
    m_retry.stop();
    if (m_node)
        m_node->disconnect(this);
    m_node = nullptr;
    for (Entry &e : m_entries)
        e.dialId = 0;
}

void ManualPeers::dialDue()
{
    if (!m_node)
        return;
    for (Entry &e : m_entries) {
        if (e.dialId != 0 || (!e.identity.isNull() && m_node->isConnected(e.identity)))
            continue;
        qCDebug(lcNet) << "dialling manual peer" << e.text;
        e.dialId = m_node->dial(e.host, e.port);
    }
}

void ManualPeers::onDialFinished(quint64 dialId, const RemoteIdentity &peer, const Error &error)
{
    for (Entry &e : m_entries) {
        if (e.dialId != dialId)
            continue;
        e.dialId = 0;
        const Entry reached = e; // handlers may add entries
        if (error.isError()) {
            qCDebug(lcNet) << "manual peer" << reached.text << "not reached:" << error.toString();
            Q_EMIT dialFailed(reached.text, error);
            return;
        }
        e.identity = peer; // whoever proves itself there now (a reinstalled device has a new key)
        if (const auto info = m_node->peerInfo(peer))
            Q_EMIT peerReached(*info, reached.host, reached.port);
        return;
    }
}

} // namespace Ferry::Net
