#pragma once

#include "net/remoteidentity.h"

#include <QSet>

#include <functional>

namespace Ferry::Net {

// Who may send without a person saying yes (docs/PROTOCOL.md §13; issue: trust policy). Unknown
// senders always need a human yes unless the user explicitly said otherwise (accept-all, or a
// list of identities). Pairing extends it through the trusted hook.
class SpacedropPolicy
{
public:
    enum class Decision { Ask, Accept, Decline };

    void setReceivingEnabled(bool enabled) { m_receiving = enabled; }
    bool receivingEnabled() const { return m_receiving; }
    void setAcceptAll(bool acceptAll) { m_acceptAll = acceptAll; }
    bool acceptAll() const { return m_acceptAll; }
    void setAcceptFrom(const QSet<RemoteIdentity> &identities) { m_acceptFrom = identities; }
    const QSet<RemoteIdentity> &acceptFrom() const { return m_acceptFrom; }
    // Devices trusted by other means (paired devices, later).
    void setTrusted(std::function<bool(const RemoteIdentity &)> trusted)
    {
        m_trusted = std::move(trusted);
    }

    Decision decide(const RemoteIdentity &sender) const
    {
        if (!m_receiving)
            return Decision::Decline;
        if (m_acceptAll || m_acceptFrom.contains(sender) || (m_trusted && m_trusted(sender)))
            return Decision::Accept;
        return Decision::Ask;
    }

private:
    bool m_receiving = true;
    bool m_acceptAll = false;
    QSet<RemoteIdentity> m_acceptFrom;
    std::function<bool(const RemoteIdentity &)> m_trusted;
};

} // namespace Ferry::Net
