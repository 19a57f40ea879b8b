#include "net/operations/spacedrop/offercollector.h"

namespace Ferry::Net {

using namespace Spacedrop;

OfferCollector::OfferCollector(quint32 maxEntries, quint64 maxTotalBytes, qint64 maxEntryBytes)
    : m_maxEntries(maxEntries), m_maxTotalBytes(maxTotalBytes), m_maxEntryBytes(maxEntryBytes)
{ }

OfferCollector::Status OfferCollector::stop(Status status, const QString &why)
{
    m_status = status;
    m_why = why;
    return status;
}

OfferCollector::Status OfferCollector::add(QByteArrayView message)
{
    if (m_status != Status::NeedMore)
        return m_status;
    if (!m_haveOffer) {
        const auto offer = Offer::decode(message);
        if (!offer.isOk())
            return stop(Status::Malformed, QStringLiteral("bad OFFER: ") + offer.why);
        m_offer = *offer.value;
        m_haveOffer = true;
        if (m_offer.entryCount > m_maxEntries)
            return stop(Status::TooLarge,
                        QStringLiteral("%1 entries; this device takes at most %2")
                            .arg(m_offer.entryCount)
                            .arg(m_maxEntries));
        if (m_offer.totalBytes > m_maxTotalBytes)
            return stop(Status::TooLarge,
                        QStringLiteral("%1 bytes; this device takes at most %2 per transfer")
                            .arg(m_offer.totalBytes)
                            .arg(m_maxTotalBytes));
        m_entries.reserve(qsizetype(m_offer.entryCount));
        return m_status;
    }
    m_entryBytes += message.size();
    if (m_entryBytes > m_maxEntryBytes)
        return stop(Status::TooLarge,
                    QStringLiteral("the list of entries is over %1 bytes").arg(m_maxEntryBytes));
    const auto batch = EntryBatch::decode(message);
    if (!batch.isOk())
        return stop(Status::Malformed, QStringLiteral("bad ENTRIES: ") + batch.why);
    const SpacedropEntries &entries = batch.value->entries;
    if (quint64(m_entries.size()) + quint64(entries.size()) > m_offer.entryCount)
        return stop(Status::Malformed, QStringLiteral("more entries than the OFFER announced"));
    for (const SpacedropEntry &entry : entries) {
        m_fileBytes += entry.size;
        if (m_fileBytes > m_offer.totalBytes || m_fileBytes < entry.size)
            return stop(Status::Malformed,
                        QStringLiteral("file sizes add up to more than total_bytes"));
    }
    m_entries.append(entries);
    if (quint64(m_entries.size()) < m_offer.entryCount)
        return m_status;
    if (m_fileBytes != m_offer.totalBytes)
        return stop(Status::Malformed,
                    QStringLiteral("file sizes add up to %1, total_bytes says %2")
                        .arg(m_fileBytes)
                        .arg(m_offer.totalBytes));
    return stop(Status::Complete, {});
}

} // namespace Ferry::Net
