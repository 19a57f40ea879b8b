#include "net/peermetadata.h"

#include <QSysInfo>

namespace Ferry::Net {

PeerMetadata PeerMetadata::forThisDevice(const QString &deviceName)
{
    PeerMetadata m;
    m.deviceName = deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName;
    if (m.deviceName.isEmpty())
        m.deviceName = QStringLiteral("Ferry device");
#if defined(Q_OS_LINUX)
    m.os = QStringLiteral("Linux");
#elif defined(Q_OS_WIN)
    m.os = QStringLiteral("Windows");
#elif defined(Q_OS_MACOS)
    m.os = QStringLiteral("macOS");
#else
    m.os = QSysInfo::kernelType();
#endif
    m.appVersion = QStringLiteral(FERRY_VERSION);
    return m;
}

} // namespace Ferry::Net
