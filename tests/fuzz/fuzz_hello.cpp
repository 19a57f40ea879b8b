// libFuzzer target: Hello::decode (docs/PROTOCOL.md §5.2, §5.3 step 1). A HELLO that decodes
// must obey every rule, re-encode to the bytes it came from and decode again to the same value.
#include "fuzzcheck.h"
#include "net/bytewriter.h"
#include "net/hello.h"

using namespace Ferry::Net;
using namespace FuzzSupport;

namespace {

bool sameHello(const Hello &a, const Hello &b)
{
    return a.minVersion == b.minVersion && a.maxVersion == b.maxVersion && a.identity == b.identity
        && a.metadata == b.metadata;
}

void checkText(const QString &text, qsizetype cap)
{
    FUZZ_CHECK(text.toUtf8().size() <= cap);
    FUZZ_CHECK(isProtocolText(text));
}

// The encoder's promise: caps applied, the result decodes. The fields come from the input so that
// long, multi-byte and odd strings are tried; those the encoder may not fix (control characters,
// a blank name) are made sound first.
void checkEncoder(QByteArrayView input)
{
    if (input.size() < 8)
        return;
    const auto field = [&](qsizetype index) {
        const qsizetype part = (input.size() - 8) / 5;
        QString text = QString::fromUtf8(input.sliced(8 + index * part, part));
        for (QChar &ch : text) {
            if (ch.unicode() < 0x20 || (ch.unicode() >= 0x7F && ch.unicode() <= 0x9F))
                ch = QLatin1Char('_');
        }
        return text;
    };
    Hello hello;
    hello.minVersion = qMax<quint16>(1, be16(input, 0));
    hello.maxVersion = qMax(hello.minVersion, be16(input, 2));
    hello.identity = RemoteIdentity::fromRawKey(QByteArray(RemoteIdentity::kSize, input[4]));
    hello.metadata.deviceName = QLatin1Char('n') + field(0);
    hello.metadata.os = field(1);
    hello.metadata.deviceModel = field(2);
    hello.metadata.appVersion = field(3);
    const QByteArray tags = input.sliced(8 + 4 * ((input.size() - 8) / 5)).toByteArray();
    for (qsizetype i = 0; i + 1 < tags.size(); i += 2)
        hello.metadata.capabilities.append(be16(tags, i));

    const QByteArray wire = hello.encode();
    const auto result = Hello::decode(wire);
    FUZZ_CHECK(result.isOk());
    FUZZ_CHECK(result.consumed == wire.size());
    const PeerMetadata &got = result.value->metadata;
    const PeerMetadata &sent = hello.metadata;
    FUZZ_CHECK(got.deviceName.toUtf8() == utf8Truncated(sent.deviceName, PeerMetadata::kMaxName));
    FUZZ_CHECK(got.os.toUtf8() == utf8Truncated(sent.os, PeerMetadata::kMaxOs));
    FUZZ_CHECK(got.deviceModel.toUtf8()
               == utf8Truncated(sent.deviceModel, PeerMetadata::kMaxModel));
    FUZZ_CHECK(got.appVersion.toUtf8()
               == utf8Truncated(sent.appVersion, PeerMetadata::kMaxAppVersion));
    FUZZ_CHECK(
        got.capabilities
        == sent.capabilities.first(qMin(sent.capabilities.size(), PeerMetadata::kMaxCapabilities)));
    FUZZ_CHECK(result.value->minVersion == hello.minVersion);
    FUZZ_CHECK(result.value->maxVersion == hello.maxVersion);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    checkEncoder(input);

    const auto result = Hello::decode(input);
    FUZZ_CHECK(result.status == DecodeStatus::Ok || result.status == DecodeStatus::Invalid);
    FUZZ_CHECK(result.value.has_value() == result.isOk());
    FUZZ_CHECK(result.why.isEmpty() == result.isOk());
    if (!result.isOk())
        return 0;

    const Hello &hello = *result.value;
    FUZZ_CHECK(result.consumed == input.size());
    FUZZ_CHECK(input.startsWith("FRRY"));
    FUZZ_CHECK(hello.minVersion >= 1 && hello.minVersion <= hello.maxVersion);
    FUZZ_CHECK(hello.identity.rawKey() == input.sliced(8, RemoteIdentity::kSize));
    FUZZ_CHECK(!hello.metadata.deviceName.trimmed().isEmpty());
    checkText(hello.metadata.deviceName, PeerMetadata::kMaxName);
    checkText(hello.metadata.os, PeerMetadata::kMaxOs);
    checkText(hello.metadata.deviceModel, PeerMetadata::kMaxModel);
    checkText(hello.metadata.appVersion, PeerMetadata::kMaxAppVersion);
    FUZZ_CHECK(hello.metadata.capabilities.size() <= PeerMetadata::kMaxCapabilities);

    // Canonical: encoding gives back the bytes it came from (later-version fields aside)...
    const QByteArray wire = hello.encode();
    FUZZ_CHECK(input.startsWith(wire));
    // ...and those decode to the same HELLO.
    const auto again = Hello::decode(wire);
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(again.consumed == wire.size());
    FUZZ_CHECK(sameHello(*again.value, hello));

    const quint16 v = negotiateVersion(1, 1, hello.minVersion, hello.maxVersion);
    FUZZ_CHECK(v == (hello.minVersion == 1 ? 1 : 0));
    return 0;
}
