#include "net/hello.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

namespace Ferry::Net {

QByteArray Hello::encode() const
{
    QByteArray out;
    ByteWriter w(out);
    const quint16 min = qMax<quint16>(1, minVersion);
    w.bytes(QByteArrayView(kMagic, 4)).u16(min).u16(qMax(min, maxVersion));
    w.bytes(identity.rawKey());
    w.string(soundDeviceName(metadata.deviceName), PeerMetadata::kMaxName)
        .string(printableText(metadata.os), PeerMetadata::kMaxOs)
        .string(printableText(metadata.deviceModel), PeerMetadata::kMaxModel)
        .string(printableText(metadata.appVersion), PeerMetadata::kMaxAppVersion);
    const qsizetype count = qMin(metadata.capabilities.size(), PeerMetadata::kMaxCapabilities);
    w.u8(static_cast<quint8>(count));
    for (qsizetype i = 0; i < count; ++i)
        w.u16(metadata.capabilities[i]);
    return out;
}

DecodeResult<Hello> Hello::decode(QByteArrayView payload)
{
    ByteReader r(payload);
    Hello h;
    QByteArray magic;
    QByteArray key;
    r.readBytes(4, magic);
    if (!r.failed() && magic != QByteArrayView(kMagic, 4))
        r.fail(QStringLiteral("bad magic"));
    r.readU16(h.minVersion);
    r.readU16(h.maxVersion);
    if (!r.failed() && (h.minVersion < 1 || h.minVersion > h.maxVersion))
        r.fail(QStringLiteral("bad version range %1–%2").arg(h.minVersion).arg(h.maxVersion));
    r.readBytes(RemoteIdentity::kSize, key);
    r.readString(PeerMetadata::kMaxName, h.metadata.deviceName);
    if (!r.failed() && h.metadata.deviceName.trimmed().isEmpty())
        r.fail(QStringLiteral("empty device name"));
    r.readString(PeerMetadata::kMaxOs, h.metadata.os);
    r.readString(PeerMetadata::kMaxModel, h.metadata.deviceModel);
    r.readString(PeerMetadata::kMaxAppVersion, h.metadata.appVersion);
    quint8 count = 0;
    r.readU8(count);
    if (!r.failed() && count > PeerMetadata::kMaxCapabilities)
        r.fail(QStringLiteral("%1 capabilities, cap is %2")
                   .arg(count)
                   .arg(PeerMetadata::kMaxCapabilities));
    for (int i = 0; i < count && !r.failed(); ++i) {
        quint16 tag = 0;
        if (r.readU16(tag))
            h.metadata.capabilities.append(tag);
    }
    if (r.failed())
        return DecodeResult<Hello>::invalid(QStringLiteral("HELLO: ") + r.error());
    h.identity = RemoteIdentity::fromRawKey(key);
    return DecodeResult<Hello>::ok(std::move(h), payload.size());
}

quint16 negotiateVersion(quint16 ourMin, quint16 ourMax, quint16 peerMin, quint16 peerMax)
{
    const quint16 v = qMin(ourMax, peerMax);
    return v >= qMax(ourMin, peerMin) ? v : 0;
}

} // namespace Ferry::Net
