#include "net/peermetadata.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

#include <QStringDecoder>
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

QString soundDeviceName(const QString &wanted)
{
    const QByteArray cut = utf8Truncated(printableText(wanted), PeerMetadata::kMaxName);
    // Not QString::fromUtf8(), which would drop a leading U+FEFF the peer keeps.
    const QString kept
        = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)(cut);
    return kept.trimmed().isEmpty() ? QStringLiteral("Ferry device") : kept;
}

} // namespace Ferry::Net
