#include "net/announcement.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/deviceidentity.h"

namespace Ferry::Net {

namespace {

bool isKnownKind(quint8 kind)
{
    return kind >= quint8(Announcement::Kind::Announce)
        && kind <= quint8(Announcement::Kind::Probe);
}

// Reads the fields after the magic, format and kind; fails r on the first broken rule.
void readFields(ByteReader &r, Announcement &a)
{
    QByteArray key;
    r.readU16(a.minVersion);
    r.readU16(a.maxVersion);
    if (!r.failed() && (a.minVersion < 1 || a.minVersion > a.maxVersion))
        r.fail(QStringLiteral("bad version range %1–%2").arg(a.minVersion).arg(a.maxVersion));
    if (r.readBytes(RemoteIdentity::kSize, key))
        a.identity = RemoteIdentity::fromRawKey(key);
    if (r.readU64(a.instance) && a.instance == 0)
        r.fail(QStringLiteral("instance 0"));
    r.readU32(a.sequence);
    if (r.readU16(a.tcpPort) && a.tcpPort == 0)
        r.fail(QStringLiteral("tcp_port 0"));
    PeerMetadata &m = a.metadata;
    if (r.readString(PeerMetadata::kMaxName, m.deviceName) && m.deviceName.trimmed().isEmpty())
        r.fail(QStringLiteral("blank device name"));
    r.readString(PeerMetadata::kMaxOs, m.os);
    r.readString(PeerMetadata::kMaxModel, m.deviceModel);
    r.readString(PeerMetadata::kMaxAppVersion, m.appVersion);
    quint16 extensionLength = 0;
    if (r.readU16(extensionLength) && extensionLength > Announcement::kMaxExtensions)
        r.fail(QStringLiteral("%1 bytes of extensions, cap is %2")
                   .arg(extensionLength)
                   .arg(Announcement::kMaxExtensions));
    QByteArray extensions; // format 1 ignores them
    r.readBytes(extensionLength, extensions);
}

} // namespace

QByteArray Announcement::encode(const DeviceIdentity &signer) const
{
    QByteArray out;
    ByteWriter w(out);
    const quint16 min = qMax<quint16>(1, minVersion);
    w.bytes(QByteArrayView(kMagic, 4)).u8(kFormat).u8(quint8(kind));
    w.u16(min).u16(qMax(min, maxVersion));
    w.bytes(signer.remoteIdentity().rawKey());
    // Receivers refuse instance 0, which only a field left unset holds: send 1 instead, so that
    // the datagram is still accepted.
    w.u64(instance == 0 ? 1 : instance).u32(sequence).u16(tcpPort);
    w.string(soundDeviceName(metadata.deviceName), PeerMetadata::kMaxName)
        .string(printableText(metadata.os), PeerMetadata::kMaxOs)
        .string(printableText(metadata.deviceModel), PeerMetadata::kMaxModel)
        .string(printableText(metadata.appVersion), PeerMetadata::kMaxAppVersion);
    w.u16(0); // no extensions in format 1
    w.bytes(signer.sign(out));
    return out;
}

DecodeResult<Announcement> Announcement::decode(QByteArrayView datagram)
{
    if (datagram.size() > kMaxDatagram)
        return DecodeResult<Announcement>::tooLarge(
            QStringLiteral("discovery datagram of %1 bytes, cap is %2")
                .arg(datagram.size())
                .arg(kMaxDatagram));
    ByteReader r(datagram);
    Announcement a;
    QByteArray magic;
    quint8 format = 0;
    quint8 kind = 0;
    if (r.readBytes(4, magic) && magic != QByteArrayView(kMagic, 4))
        r.fail(QStringLiteral("bad magic"));
    if (r.readU8(format) && format != kFormat)
        r.fail(QStringLiteral("unknown format %1").arg(format));
    if (r.readU8(kind) && !isKnownKind(kind))
        r.fail(QStringLiteral("unknown kind %1").arg(kind));
    a.kind = Kind(kind);
    readFields(r, a);
    const qsizetype signedSize = r.position();
    if (!r.failed() && r.remaining() != kSignatureSize)
        r.fail(QStringLiteral("%1 bytes after the fields, want a %2-byte signature")
                   .arg(r.remaining())
                   .arg(kSignatureSize));
    if (!r.failed()
        && !verifySignature(a.identity, datagram.first(signedSize), datagram.sliced(signedSize)))
        r.fail(QStringLiteral("bad signature"));
    if (r.failed())
        return DecodeResult<Announcement>::invalid(QStringLiteral("discovery datagram: ")
                                                   + r.error());
    return DecodeResult<Announcement>::ok(std::move(a), datagram.size());
}

} // namespace Ferry::Net
