#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Ferry::Net {

// What a peer tells about itself in its HELLO (docs/PROTOCOL.md §5.2). Display data only: it is
// not authenticated beyond coming from the peer that proved its identity.
struct PeerMetadata
{
    static constexpr qsizetype kMaxName = 128;
    static constexpr qsizetype kMaxOs = 32;
    static constexpr qsizetype kMaxModel = 64;
    static constexpr qsizetype kMaxAppVersion = 32;
    static constexpr qsizetype kMaxCapabilities = 32;

    QString deviceName;
    QString os;
    QString deviceModel;
    QString appVersion;
    QList<quint16> capabilities; // operation tags this peer serves

    // This machine's defaults: host name, OS name, no model, FERRY_VERSION.
    static PeerMetadata forThisDevice(const QString &deviceName = {});

    friend bool operator==(const PeerMetadata &a, const PeerMetadata &b)
    {
        return a.deviceName == b.deviceName && a.os == b.os && a.deviceModel == b.deviceModel
            && a.appVersion == b.appVersion && a.capabilities == b.capabilities;
    }
};

// The device name as a peer will decode it from HELLO or a discovery datagram: control characters
// replaced by spaces, cut at kMaxName bytes on a character boundary, and a name that would then
// be blank replaced by "Ferry device" (peers refuse a blank name).
QString soundDeviceName(const QString &wanted);

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::PeerMetadata)
