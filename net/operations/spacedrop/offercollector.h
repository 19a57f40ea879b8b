#pragma once

#include "net/operations/spacedrop/spacedropmessage.h"

#include <QString>

namespace Ferry::Net {

// Gathers an offer on the receiving side: OFFER, then ENTRIES until entry_count
// (docs/PROTOCOL.md §13.2), checking the protocol rules and this receiver's caps (§13.5).
class OfferCollector
{
public:
    enum class Status {
        NeedMore, // keep feeding messages
        Complete, // offer() and entries() are whole and consistent
        TooLarge, // over this receiver's caps: answer DECLINE TooLarge
        Malformed, // broke the protocol: RESET MalformedMessage
    };

    OfferCollector(quint32 maxEntries, quint64 maxTotalBytes, qint64 maxEntryBytes);

    Status add(QByteArrayView message);
    Status status() const { return m_status; }
    QString why() const { return m_why; }
    const Spacedrop::Offer &offer() const { return m_offer; }
    const SpacedropEntries &entries() const { return m_entries; }

private:
    Status stop(Status status, const QString &why);

    quint32 m_maxEntries;
    quint64 m_maxTotalBytes;
    qint64 m_maxEntryBytes;
    bool m_haveOffer = false;
    qint64 m_entryBytes = 0;
    quint64 m_fileBytes = 0;
    Spacedrop::Offer m_offer;
    SpacedropEntries m_entries;
    Status m_status = Status::NeedMore;
    QString m_why;
};

} // namespace Ferry::Net
