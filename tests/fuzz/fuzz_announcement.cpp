// libFuzzer target: Announcement::decode (docs/PROTOCOL.md §12.2). A datagram that decodes must
// obey every rule, carry a signature that verifies independently, decode the same way twice and
// stop decoding when any bit of its signature changes. The encoder, with a fixed key, must turn
// any fields into a datagram that decodes.
#include "fuzzcheck.h"
#include "net/announcement.h"
#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/deviceidentity.h"

#include <QCoreApplication>

using namespace Ferry::Net;
using namespace FuzzSupport;

namespace {

constexpr qsizetype kIdentityAt = 10;
constexpr qsizetype kFixedSize = 56; // magic … tcp_port

const DeviceIdentity &signer()
{
    static const DeviceIdentity identity = [] {
        QByteArray seed;
        for (int i = 1; i <= DeviceIdentity::kSeedSize; ++i)
            seed.append(char(i));
        return DeviceIdentity::fromPrivateSeed(seed).value_or(DeviceIdentity());
    }();
    FUZZ_CHECK(!identity.isNull());
    return identity;
}

bool sameAnnouncement(const Announcement &a, const Announcement &b)
{
    return a.kind == b.kind && a.minVersion == b.minVersion && a.maxVersion == b.maxVersion
        && a.identity == b.identity && a.instance == b.instance && a.sequence == b.sequence
        && a.tcpPort == b.tcpPort && a.metadata == b.metadata;
}

void checkText(const QString &text, qsizetype cap)
{
    FUZZ_CHECK(text.toUtf8().size() <= cap);
    FUZZ_CHECK(isProtocolText(text));
}

// The encoder's promise: whatever the fields, with a real key the result decodes, to the signer's
// identity and the fields cut at their caps. Fields come from the input so that long, multi-byte
// and odd strings (controls included: the encoder replaces them) are tried.
void checkEncoder(QByteArrayView input)
{
    if (input.size() < 16)
        return;
    const auto field = [&](qsizetype index) {
        const qsizetype part = (input.size() - 16) / 4;
        return QString::fromUtf8(input.sliced(16 + index * part, part));
    };
    Announcement a;
    a.kind = Announcement::Kind(1 + quint8(input[0]) % 4);
    a.minVersion = be16(input, 1);
    a.maxVersion = be16(input, 3);
    a.instance = (quint64(be32(input, 5)) << 32) | be32(input, 9);
    a.sequence = be32(input, 9);
    a.tcpPort = quint16(be16(input, 13) | 1); // port 0 is the caller's bug, refused by decode
    a.metadata.deviceName = field(0);
    a.metadata.os = field(1);
    a.metadata.deviceModel = field(2);
    a.metadata.appVersion = field(3);

    const QByteArray wire = a.encode(signer());
    FUZZ_CHECK(wire.size() <= Announcement::kMaxDatagram);
    const auto result = Announcement::decode(wire);
    FUZZ_CHECK(result.isOk());
    const Announcement &got = *result.value;
    FUZZ_CHECK(got.identity == signer().remoteIdentity());
    FUZZ_CHECK(got.kind == a.kind);
    FUZZ_CHECK(got.minVersion == qMax<quint16>(1, a.minVersion));
    FUZZ_CHECK(got.maxVersion == qMax(got.minVersion, a.maxVersion));
    FUZZ_CHECK(got.instance == (a.instance ? a.instance : 1));
    FUZZ_CHECK(got.sequence == a.sequence && got.tcpPort == a.tcpPort);
    FUZZ_CHECK(got.metadata.os.toUtf8()
               == utf8Truncated(printableText(a.metadata.os), PeerMetadata::kMaxOs));
    FUZZ_CHECK(
        got.metadata.appVersion.toUtf8()
        == utf8Truncated(printableText(a.metadata.appVersion), PeerMetadata::kMaxAppVersion));
    FUZZ_CHECK(got.metadata.deviceName == soundDeviceName(a.metadata.deviceName));
    FUZZ_CHECK(!got.metadata.deviceName.trimmed().isEmpty());
    FUZZ_CHECK(got.metadata.deviceModel.toUtf8()
               == utf8Truncated(printableText(a.metadata.deviceModel), PeerMetadata::kMaxModel));
}

// Independently of the codec: the offsets of §12.2, given a datagram that decoded.
void checkLayout(QByteArrayView input)
{
    qsizetype at = kFixedSize;
    for (int i = 0; i < 4; ++i)
        at += 2 + be16(input, at);
    const quint16 extensions = be16(input, at);
    FUZZ_CHECK(extensions <= Announcement::kMaxExtensions);
    FUZZ_CHECK(at + 2 + extensions + Announcement::kSignatureSize == input.size());
}

} // namespace

// Qt's TLS backend, which DeviceIdentity loads for the signing key's certificate, wants one.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    checkEncoder(input);

    const auto result = Announcement::decode(input);
    FUZZ_CHECK(result.status != DecodeStatus::NeedMore);
    FUZZ_CHECK((result.status == DecodeStatus::TooLarge)
               == (input.size() > Announcement::kMaxDatagram));
    FUZZ_CHECK(result.value.has_value() == result.isOk());
    FUZZ_CHECK(result.why.isEmpty() == result.isOk());

    // Deterministic: the same bytes, the same verdict and reason.
    const auto again = Announcement::decode(input);
    FUZZ_CHECK(again.status == result.status && again.why == result.why);
    if (!result.isOk())
        return 0;

    const Announcement &a = *result.value;
    FUZZ_CHECK(result.consumed == input.size());
    FUZZ_CHECK(sameAnnouncement(*again.value, a));
    FUZZ_CHECK(input.startsWith("FRYD\x01"));
    FUZZ_CHECK(quint8(a.kind) >= 1 && quint8(a.kind) <= 4 && quint8(input[5]) == quint8(a.kind));
    FUZZ_CHECK(a.minVersion >= 1 && a.minVersion <= a.maxVersion);
    FUZZ_CHECK(a.identity.rawKey() == input.sliced(kIdentityAt, RemoteIdentity::kSize));
    FUZZ_CHECK(a.instance != 0 && a.tcpPort != 0);
    FUZZ_CHECK(!a.metadata.deviceName.trimmed().isEmpty());
    checkText(a.metadata.deviceName, PeerMetadata::kMaxName);
    checkText(a.metadata.os, PeerMetadata::kMaxOs);
    checkText(a.metadata.deviceModel, PeerMetadata::kMaxModel);
    checkText(a.metadata.appVersion, PeerMetadata::kMaxAppVersion);
    FUZZ_CHECK(a.metadata.capabilities.isEmpty());
    checkLayout(input);

    const qsizetype signedSize = input.size() - Announcement::kSignatureSize;
    FUZZ_CHECK(verifySignature(a.identity, input.first(signedSize), input.sliced(signedSize)));
    // The signature binds every byte: a flipped bit anywhere in it, or one per byte before it,
    // never decodes. (Only seeds and their crossovers get here, so the loops cost little.)
    for (qsizetype bit = 0; bit < input.size() * 8; ++bit) {
        if (bit < signedSize * 8 && bit % 8 != (bit / 8) % 8)
            continue;
        QByteArray forged = input.toByteArray();
        forged[bit / 8] = char(forged[bit / 8] ^ (1 << (bit % 8)));
        FUZZ_CHECK(Announcement::decode(forged).status == DecodeStatus::Invalid);
    }

    // Canonical fields: re-encoding (with our key, so identity and signature differ) gives the
    // same bytes for everything else, when the sender used no extensions as format 1 does.
    const QByteArray wire = a.encode(signer());
    if (wire.size() == input.size()) {
        FUZZ_CHECK(wire.first(kIdentityAt) == input.first(kIdentityAt));
        const qsizetype after = kIdentityAt + RemoteIdentity::kSize;
        FUZZ_CHECK(wire.sliced(after, signedSize - after)
                   == input.sliced(after, signedSize - after));
    }
    return 0;
}
