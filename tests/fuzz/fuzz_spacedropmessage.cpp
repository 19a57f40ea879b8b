// libFuzzer target: the Spacedrop message decoders (docs/PROTOCOL.md §13.2). The input goes to
// every decoder: at most the one its kind byte names accepts it, a message that decodes obeys
// every field rule and re-encodes to exactly the input, and isValidWirePath agrees with the
// ENTRIES decoder on paths taken from the input.
#include "fuzzcheck.h"
#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <algorithm>

using namespace Ferry::Net;
using namespace Ferry::Net::Spacedrop;
using namespace FuzzSupport;

namespace {

int g_accepted = 0; // decoders that said Ok for this input

template<typename T> bool check(const DecodeResult<T> &result, QByteArrayView input, Kind kind)
{
    FUZZ_CHECK(result.status == DecodeStatus::Ok || result.status == DecodeStatus::Invalid);
    FUZZ_CHECK(result.value.has_value() == result.isOk());
    FUZZ_CHECK(result.why.isEmpty() == result.isOk());
    if (!result.isOk())
        return false;
    ++g_accepted;
    FUZZ_CHECK(result.consumed == input.size());
    FUZZ_CHECK(input.size() <= kMaxMessage);
    FUZZ_CHECK(kindOf(input) == kind);
    return true;
}

bool isAllZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}

// The path rules, checked independently of the codec's own code.
bool obeysPathRules(const QString &path)
{
    const QByteArray utf8 = path.toUtf8();
    if (utf8.isEmpty() || utf8.size() > kMaxPathBytes || !isProtocolText(path))
        return false;
    const QList<QByteArray> components = utf8.split('/');
    if (components.size() > kMaxPathComponents)
        return false;
    return std::none_of(components.cbegin(), components.cend(), [](const QByteArray &c) {
        return c.isEmpty() || c == "." || c == ".." || c.size() > kMaxComponentBytes;
    });
}

void checkEntries(QByteArrayView input)
{
    const auto result = EntryBatch::decode(input);
    if (!check(result, input, Kind::Entries))
        return;
    const SpacedropEntries &entries = result.value->entries;
    FUZZ_CHECK(!entries.isEmpty());
    for (const SpacedropEntry &e : entries) {
        FUZZ_CHECK(e.type == SpacedropEntry::Type::File || e.type == SpacedropEntry::Type::Folder);
        FUZZ_CHECK(e.isFile() || (e.size == 0 && !e.executable));
        FUZZ_CHECK(isValidWirePath(e.path));
        FUZZ_CHECK(obeysPathRules(e.path));
    }
    FUZZ_CHECK(result.value->encode() == input);
    // A batch that came in one message goes out in one message.
    const QList<QByteArray> messages = EntryBatch::encodeAll(entries);
    FUZZ_CHECK(messages.size() == 1 && messages[0] == input);
}

void checkDecoders(QByteArrayView input)
{
    g_accepted = 0;
    if (const auto r = Offer::decode(input); check(r, input, Kind::Offer)) {
        FUZZ_CHECK(!r.value->id.isNull());
        FUZZ_CHECK(r.value->entryCount >= 1 && r.value->entryCount <= kMaxEntryCount);
        FUZZ_CHECK(r.value->message.toUtf8().size() <= kMaxMessageText);
        FUZZ_CHECK(isProtocolText(r.value->message));
        FUZZ_CHECK(r.value->encode() == input);
    }
    checkEntries(input);
    if (const auto r = Asking::decode(input); check(r, input, Kind::Asking))
        FUZZ_CHECK(r.value->encode() == input);
    if (const auto r = Accept::decode(input); check(r, input, Kind::Accept)) {
        FUZZ_CHECK(r.value->prefixSha256.size() == kDigestSize);
        FUZZ_CHECK(r.value->resumeOffset != 0 || isAllZero(r.value->prefixSha256));
        FUZZ_CHECK(r.value->encode() == input);
    }
    if (const auto r = Decline::decode(input); check(r, input, Kind::Decline)) {
        FUZZ_CHECK(r.value->detail.toUtf8().size() <= kMaxMessageText);
        FUZZ_CHECK(isProtocolText(r.value->detail));
        FUZZ_CHECK(!declineReasonName(r.value->reason).isEmpty());
        FUZZ_CHECK(r.value->encode() == input);
    }
    if (const auto r = Chunk::decode(input); check(r, input, Kind::Chunk)) {
        FUZZ_CHECK(r.value->dataSize == input.size() - Chunk::kHeaderSize);
        FUZZ_CHECK(r.value->dataSize >= 1 && r.value->dataSize <= Chunk::kMaxData);
        FUZZ_CHECK(Chunk::encode(r.value->index, r.value->offset, input.sliced(Chunk::kHeaderSize))
                   == input);
    }
    if (const auto r = FileEnd::decode(input); check(r, input, Kind::FileEnd)) {
        FUZZ_CHECK(r.value->sha256.size() == kDigestSize);
        FUZZ_CHECK(r.value->encode() == input);
    }
    for (const Kind kind : {Kind::Pause, Kind::Resume, Kind::Done}) {
        if (const auto r = decodeSignal(input, kind); check(r, input, kind))
            FUZZ_CHECK(input.size() == 1 && encodeSignal(*r.value) == input);
    }
    // Each decoder wants its own kind byte, so at most one accepts a message.
    FUZZ_CHECK(g_accepted <= 1);
}

// The encoders' promise, with values from the input: what they write decodes to the same values
// (text made sound), and a path is accepted on the wire exactly when isValidWirePath says so.
void checkEncoders(QByteArrayView input)
{
    const QString text = QString::fromUtf8(input);
    Offer offer{QUuid::fromRfc4122(QByteArray(16, '\x5a')), !input.isEmpty() && (input[0] & 1) != 0,
                1, quint64(input.size()), text};
    const auto decodedOffer = Offer::decode(offer.encode());
    FUZZ_CHECK(decodedOffer.isOk());
    FUZZ_CHECK(decodedOffer.value->message.toUtf8()
               == utf8Truncated(printableText(text), kMaxMessageText));
    FUZZ_CHECK(decodedOffer.value->retry == offer.retry);

    SpacedropEntries valid;
    for (const QString &path : text.split(QLatin1Char('\n'))) {
        QString why;
        const bool accepted = isValidWirePath(path, &why);
        FUZZ_CHECK(accepted == why.isEmpty());
        FUZZ_CHECK(accepted == obeysPathRules(path));
        const SpacedropEntry entry{SpacedropEntry::Type::File, true, 7, -1, path};
        FUZZ_CHECK(EntryBatch::decode(EntryBatch{{entry}}.encode()).isOk() == accepted);
        if (accepted)
            valid.append(entry);
    }
    SpacedropEntries again;
    for (const QByteArray &message : EntryBatch::encodeAll(valid)) {
        FUZZ_CHECK(message.size() <= kMaxMessage);
        const auto batch = EntryBatch::decode(message);
        FUZZ_CHECK(batch.isOk());
        again += batch.value->entries;
    }
    FUZZ_CHECK(again == valid);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    checkDecoders(input);
    checkEncoders(input);
    return 0;
}
