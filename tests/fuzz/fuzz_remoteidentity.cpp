// libFuzzer target: the text forms of an identity (docs/PROTOCOL.md §2): RemoteIdentity::fromText
// on the input read as UTF-8 and as Latin-1, and base32Decode.
#include "fuzzcheck.h"
#include "net/remoteidentity.h"

using namespace Ferry::Net;
using namespace FuzzSupport;

namespace {

bool isBase32Char(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7');
}

QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        if (ch.unicode() >= u'A' && ch.unicode() <= u'Z')
            ch = QChar(ch.unicode() + 32);
    }
    return out;
}

void checkText(const QString &text)
{
    const bool alphabetOnly = std::all_of(text.begin(), text.end(), isBase32Char);

    const auto decoded = base32Decode(text);
    // Exactly the RFC 4648 alphabet, either case: no other character, however it folds.
    FUZZ_CHECK(decoded.has_value() == alphabetOnly);
    if (decoded) {
        FUZZ_CHECK(decoded->size() == text.size() * 5 / 8);
        const QString encoded = base32Encode(*decoded);
        FUZZ_CHECK(base32Decode(encoded) == decoded);
        // Same bits as the input, except the unused low bits of the last character.
        FUZZ_CHECK(encoded.size() <= text.size());
        if (!encoded.isEmpty())
            FUZZ_CHECK(encoded.chopped(1) == asciiLower(text).left(encoded.size() - 1));
    }

    const auto id = RemoteIdentity::fromText(text);
    if (!id)
        return;
    FUZZ_CHECK(alphabetOnly);
    FUZZ_CHECK(text.size() == 52);
    FUZZ_CHECK(id->rawKey().size() == RemoteIdentity::kSize);
    FUZZ_CHECK(id->rawKey() == *decoded);
    // One text form per identity: only the padding-free spelling is accepted.
    FUZZ_CHECK(id->toText() == asciiLower(text));
    FUZZ_CHECK(RemoteIdentity::fromText(id->toText()) == id);
    FUZZ_CHECK(RemoteIdentity::fromText(id->toText().toUpper()) == id);
}

void checkRawKey(QByteArrayView bytes)
{
    const RemoteIdentity id = RemoteIdentity::fromRawKey(bytes.toByteArray());
    FUZZ_CHECK(id.isNull() == (bytes.size() != RemoteIdentity::kSize));
    if (id.isNull())
        return;
    const QString text = id.toText();
    FUZZ_CHECK(text.size() == 52);
    FUZZ_CHECK(text == asciiLower(text));
    FUZZ_CHECK(RemoteIdentity::fromText(text) == id);
    FUZZ_CHECK(id.shortText() == text.left(4) + QLatin1Char('-') + text.mid(4, 4));
    FUZZ_CHECK(id.fingerprint().size() == 8 * 4 + 7);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    checkText(QString::fromUtf8(input));
    checkText(QString::fromLatin1(input));
    checkRawKey(input.first(qMin<qsizetype>(input.size(), RemoteIdentity::kSize)));
    return 0;
}
