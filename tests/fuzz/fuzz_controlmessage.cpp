// libFuzzer target: the local control protocol's codec (docs/CONTROL.md). The input goes to
// decode() as it is (framing: length prefix, caps) and framed as a payload (the JSON and every
// field rule). A message that decodes re-encodes to one that decodes to the same fields; the
// nested values (peer, transfer, request, node) that parse survive a round trip too.
#include "app/control/controlmessage.h"
#include "app/control/controlvalues.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

using namespace Ferry;
using namespace Ferry::App;
using namespace FuzzSupport;

namespace {

void checkDecode(QByteArrayView input)
{
    const auto result = ControlMessage::decode(input);
    FUZZ_CHECK(result.value.has_value() == result.isOk());
    FUZZ_CHECK(result.why.isEmpty()
               == (result.isOk() || result.status == Net::DecodeStatus::NeedMore));
    const quint32 length = input.size() >= 4 ? be32(input, 0) : 0;
    switch (result.status) {
    case Net::DecodeStatus::NeedMore:
        FUZZ_CHECK(
            input.size() < 4
            || (length <= ControlMessage::kMaxPayload && input.size() < 4 + qsizetype(length)));
        return;
    case Net::DecodeStatus::TooLarge:
        FUZZ_CHECK(length > ControlMessage::kMaxPayload);
        return;
    case Net::DecodeStatus::Invalid:
        FUZZ_CHECK(input.size() >= 4 + qsizetype(length));
        return;
    case Net::DecodeStatus::Ok:
        break;
    }
    FUZZ_CHECK(result.consumed == 4 + qsizetype(length));
    FUZZ_CHECK(length >= 1 && length <= ControlMessage::kMaxPayload);
    FUZZ_CHECK(strictUtf8(input.sliced(4, length)).has_value());
    const ControlMessage &message = *result.value;
    FUZZ_CHECK(!message.fields.contains(QStringLiteral("type")));
    FUZZ_CHECK(ControlMessage::check(message.type, message.fields).isEmpty());
    const QByteArray again = message.encode();
    FUZZ_CHECK(!again.isEmpty());
    const auto reread = ControlMessage::decode(again);
    FUZZ_CHECK(reread.isOk() && reread.consumed == again.size());
    FUZZ_CHECK(reread.value->type == message.type && reread.value->fields == message.fields);
    FUZZ_CHECK(reread.value->encode() == again);
}

template<typename Parse, typename Print>
void checkValue(const QJsonObject &object, Parse parse, Print print)
{
    QString why;
    const auto value = parse(object, &why);
    FUZZ_CHECK(value.has_value() == why.isEmpty());
    if (!value)
        return;
    const QJsonObject printed = print(*value);
    const auto again = parse(printed, &why);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(print(*again) == printed);
}

void checkValues(QByteArrayView input)
{
    const QJsonDocument document = QJsonDocument::fromJson(input.toByteArray());
    if (!document.isObject())
        return;
    const QJsonObject object = document.object();
    checkValue(object, ControlValues::peerFromJson, ControlValues::peerToJson);
    checkValue(object, ControlValues::transferFromJson, ControlValues::transferToJson);
    checkValue(object, ControlValues::requestFromJson, ControlValues::requestToJson);
    checkValue(object, ControlValues::nodeFromJson, ControlValues::nodeToJson);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    checkDecode(input);
    if (size <= size_t(ControlMessage::kMaxPayload)) {
        QByteArray framed(4, '\0');
        framed[0] = char(size >> 24);
        framed[1] = char(size >> 16);
        framed[2] = char(size >> 8);
        framed[3] = char(size);
        checkDecode(framed + input.toByteArray());
    }
    checkValues(input);
    return 0;
}
