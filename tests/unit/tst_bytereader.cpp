// ByteReader / ByteWriter: the bounds-checked primitives every codec is built on.
#include "net/bytereader.h"
#include "net/bytewriter.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {

enum class Read { U8, U16, U32, U64, Bytes5, String };

// A complete encoding for each kind of read, and the read itself.
QByteArray completeInput(Read kind)
{
    switch (kind) {
    case Read::U8:
        return QByteArray::fromHex("a5");
    case Read::U16:
        return QByteArray::fromHex("0102");
    case Read::U32:
        return QByteArray::fromHex("01020304");
    case Read::U64:
        return QByteArray::fromHex("0102030405060708");
    case Read::Bytes5:
        return QByteArray("hello");
    case Read::String:
        return QByteArray::fromHex("0005") + QByteArray("h\xC3\xA9llo").left(5);
    }
    return {};
}

bool doRead(ByteReader &r, Read kind)
{
    quint8 u8 = 0;
    quint16 u16 = 0;
    quint32 u32 = 0;
    quint64 u64 = 0;
    QByteArray bytes;
    QString text;
    switch (kind) {
    case Read::U8:
        return r.readU8(u8);
    case Read::U16:
        return r.readU16(u16);
    case Read::U32:
        return r.readU32(u32);
    case Read::U64:
        return r.readU64(u64);
    case Read::Bytes5:
        return r.readBytes(5, bytes);
    case Read::String:
        return r.readString(64, text);
    }
    return false;
}

// A u16-length-prefixed string field holding exactly these bytes.
QByteArray stringField(const QByteArray &bytes)
{
    QByteArray out;
    ByteWriter(out).u16(static_cast<quint16>(bytes.size())).bytes(bytes);
    return out;
}

} // namespace

class TestByteReader : public QObject
{
    Q_OBJECT

private slots:
    void readsBigEndianIntegers_data();
    void readsBigEndianIntegers();
    void readFailsAtEveryTruncationPoint_data();
    void readFailsAtEveryTruncationPoint();
    void negativeByteCountFails();
    void failureIsSticky();
    void stringLengthCapIsEnforced_data();
    void stringLengthCapIsEnforced();
    void stringUtf8IsStrict_data();
    void stringUtf8IsStrict();
    void stringEndingInsideCharacterIsRefused_data();
    void stringEndingInsideCharacterIsRefused();
    void controlCharactersRefusedOnlyInTextMode_data();
    void controlCharactersRefusedOnlyInTextMode();
    void stringsReadInSequence();
    void writerAndReaderAgree();
    void utf8TruncatedCutsAtCharacterBoundary_data();
    void utf8TruncatedCutsAtCharacterBoundary();
    void utf8TruncatedNeverSplitsAtAnyCap();
    void writerStringHonoursCap();
};

void TestByteReader::readsBigEndianIntegers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint64>("expected");

    QTest::newRow("u8 zero") << QByteArray::fromHex("00") << 1 << quint64(0);
    QTest::newRow("u8 max") << QByteArray::fromHex("ff") << 1 << quint64(0xFF);
    QTest::newRow("u16 order") << QByteArray::fromHex("0102") << 2 << quint64(0x0102);
    QTest::newRow("u16 high bit") << QByteArray::fromHex("8001") << 2 << quint64(0x8001);
    QTest::newRow("u16 max") << QByteArray::fromHex("ffff") << 2 << quint64(0xFFFF);
    QTest::newRow("u32 order") << QByteArray::fromHex("01020304") << 4 << quint64(0x01020304);
    QTest::newRow("u32 high bit") << QByteArray::fromHex("80000001") << 4 << quint64(0x80000001u);
    QTest::newRow("u32 max") << QByteArray::fromHex("ffffffff") << 4 << quint64(0xFFFFFFFFu);
    QTest::newRow("u64 order") << QByteArray::fromHex("0102030405060708") << 8
                               << quint64(0x0102030405060708ull);
    QTest::newRow("u64 high bit") << QByteArray::fromHex("8000000000000001") << 8
                                  << quint64(0x8000000000000001ull);
    QTest::newRow("u64 max") << QByteArray::fromHex("ffffffffffffffff") << 8
                             << quint64(0xFFFFFFFFFFFFFFFFull);
    QTest::newRow("u16 with extra byte") << QByteArray::fromHex("abcdef") << 2 << quint64(0xABCD);
}

void TestByteReader::readsBigEndianIntegers()
{
    QFETCH(QByteArray, input);
    QFETCH(int, width);
    QFETCH(quint64, expected);

    ByteReader r(input);
    quint64 value = 0;
    bool ok = false;
    if (width == 1) {
        quint8 v = 0;
        ok = r.readU8(v);
        value = v;
    } else if (width == 2) {
        quint16 v = 0;
        ok = r.readU16(v);
        value = v;
    } else if (width == 4) {
        quint32 v = 0;
        ok = r.readU32(v);
        value = v;
    } else {
        ok = r.readU64(value);
    }
    QVERIFY(ok);
    QCOMPARE(value, expected);
    QCOMPARE(r.position(), qsizetype(width));
    QCOMPARE(r.remaining(), input.size() - width);
    QVERIFY(!r.failed());
    QVERIFY(r.error().isEmpty());
}

void TestByteReader::readFailsAtEveryTruncationPoint_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("available");

    const std::pair<Read, const char *> kinds[] = {
        {Read::U8, "u8"},   {Read::U16, "u16"},      {Read::U32, "u32"},
        {Read::U64, "u64"}, {Read::Bytes5, "bytes"}, {Read::String, "string"},
    };
    for (const auto &[kind, name] : kinds) {
        const qsizetype full = completeInput(kind).size();
        for (qsizetype n = 0; n <= full; ++n)
            QTest::addRow("%s %lld/%lld", name, qlonglong(n), qlonglong(full))
                << int(kind) << int(n);
    }
}

void TestByteReader::readFailsAtEveryTruncationPoint()
{
    QFETCH(int, kind);
    QFETCH(int, available);

    const QByteArray full = completeInput(Read(kind));
    const bool complete = available == full.size();
    const QByteArray input = full.left(available);
    ByteReader r(input);
    QCOMPARE(doRead(r, Read(kind)), complete);
    QCOMPARE(r.failed(), !complete);
    QCOMPARE(r.error().isEmpty(), complete);
    if (complete) {
        QCOMPARE(r.position(), full.size());
        QVERIFY(r.atEnd());
    } else {
        // Never reads past the end, and stays failed.
        QVERIFY(r.position() <= input.size());
        quint8 next = 0;
        QVERIFY(!r.readU8(next));
    }
}

void TestByteReader::negativeByteCountFails()
{
    ByteReader r(QByteArrayView("abc"));
    QByteArray out("untouched");
    QVERIFY(!r.readBytes(-1, out));
    QVERIFY(r.failed());
    QCOMPARE(r.position(), qsizetype(0));
    QCOMPARE(out, QByteArray("untouched"));
}

void TestByteReader::failureIsSticky()
{
    const QByteArray input = QByteArray::fromHex("010203");
    ByteReader r(input);
    quint32 u32 = 0;
    QVERIFY(!r.readU32(u32));
    const QString firstError = r.error();
    QVERIFY(!firstError.isEmpty());

    // Every later read fails too, although 3 bytes are there to read.
    quint8 u8 = 0;
    quint16 u16 = 0;
    QByteArray bytes;
    QString text;
    QVERIFY(!r.readU8(u8));
    QVERIFY(!r.readU16(u16));
    QVERIFY(!r.readBytes(0, bytes));
    QVERIFY(!r.readString(10, text, false));
    QCOMPARE(u8, quint8(0));
    QCOMPARE(r.position(), qsizetype(0));

    // The first reason is kept.
    r.fail(QStringLiteral("a later reason"));
    QCOMPARE(r.error(), firstError);
}

void TestByteReader::stringLengthCapIsEnforced_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("cap");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("empty, cap 0") << stringField({}) << 0 << true;
    QTest::newRow("1 byte, cap 0") << stringField("a") << 0 << false;
    QTest::newRow("at cap") << stringField(QByteArray(128, 'a')) << 128 << true;
    QTest::newRow("one over cap, bytes present")
        << stringField(QByteArray(129, 'a')) << 128 << false;
    QTest::newRow("far over cap") << stringField(QByteArray(5000, 'a')) << 512 << false;
    QTest::newRow("max u16 length, cap 65535")
        << stringField(QByteArray(65535, 'a')) << 65535 << true;
    QTest::newRow("over cap, bytes absent") << QByteArray::fromHex("0081") << 128 << false;
    QTest::newRow("under cap, bytes absent") << QByteArray::fromHex("0005616263") << 128 << false;
    QTest::newRow("length prefix only half there") << QByteArray::fromHex("00") << 128 << false;
    QTest::newRow("multi-byte at cap")
        << stringField(QByteArray("\xE2\x82\xAC\xE2\x82\xAC")) << 6 << true;
    QTest::newRow("multi-byte over cap")
        << stringField(QByteArray("\xE2\x82\xAC\xE2\x82\xAC")) << 5 << false;
}

void TestByteReader::stringLengthCapIsEnforced()
{
    QFETCH(QByteArray, input);
    QFETCH(int, cap);
    QFETCH(bool, accepted);

    ByteReader r(input);
    QString out;
    QCOMPARE(r.readString(cap, out), accepted);
    QCOMPARE(r.failed(), !accepted);
    if (accepted) {
        QCOMPARE(r.position(), input.size());
        QCOMPARE(out.toUtf8(), input.mid(2));
    }
}

void TestByteReader::stringUtf8IsStrict_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    // Valid: every encoding width, at the edges of each range.
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("Ana's laptop") << true;
    QTest::newRow("U+0080 first 2-byte") << QByteArray("\xC2\x80") << true;
    QTest::newRow("U+00E9 e acute") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("U+07FF last 2-byte") << QByteArray("\xDF\xBF") << true;
    QTest::newRow("U+0800 first 3-byte") << QByteArray("\xE0\xA0\x80") << true;
    QTest::newRow("U+20AC euro") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("U+D7FF before surrogates") << QByteArray("\xED\x9F\xBF") << true;
    QTest::newRow("U+E000 after surrogates") << QByteArray("\xEE\x80\x80") << true;
    // U+FEFF is an ordinary (if invisible) character here, not an encoding mark to strip.
    QTest::newRow("U+FEFF alone") << QByteArray("\xEF\xBB\xBF") << true;
    QTest::newRow("U+FEFF then text") << QByteArray("\xEF\xBB\xBF") + "Ana" << true;
    QTest::newRow("text then U+FEFF") << QByteArray("Ana\xEF\xBB\xBF") << true;
    QTest::newRow("U+FFFD replacement") << QByteArray("\xEF\xBF\xBD") << true;
    QTest::newRow("U+FFFF last 3-byte") << QByteArray("\xEF\xBF\xBF") << true;
    QTest::newRow("U+10000 first 4-byte") << QByteArray("\xF0\x90\x80\x80") << true;
    QTest::newRow("U+1F600 emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("U+10FFFF last code point") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("mixed widths") << QByteArray("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z") << true;

    // Invalid: overlong forms.
    QTest::newRow("overlong NUL C0 80") << QByteArray("\xC0\x80") << false;
    QTest::newRow("overlong C1 BF") << QByteArray("\xC1\xBF") << false;
    QTest::newRow("overlong 3-byte E0 80 80") << QByteArray("\xE0\x80\x80") << false;
    QTest::newRow("overlong 3-byte E0 9F BF") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("overlong 4-byte F0 80 80 80") << QByteArray("\xF0\x80\x80\x80") << false;
    QTest::newRow("overlong 4-byte F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF") << false;
    // Surrogates.
    QTest::newRow("surrogate U+D800") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("surrogate U+DBFF") << QByteArray("\xED\xAF\xBF") << false;
    QTest::newRow("surrogate U+DC00") << QByteArray("\xED\xB0\x80") << false;
    QTest::newRow("surrogate U+DFFF") << QByteArray("\xED\xBF\xBF") << false;
    QTest::newRow("surrogate pair CESU-8") << QByteArray("\xED\xA0\xBD\xED\xB8\x80") << false;
    // Above U+10FFFF and impossible lead bytes.
    QTest::newRow("U+110000 F4 90 80 80") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << false;
    QTest::newRow("F7 lead") << QByteArray("\xF7\xBF\xBF\xBF") << false;
    QTest::newRow("5-byte F8 lead") << QByteArray("\xF8\x88\x80\x80\x80") << false;
    QTest::newRow("6-byte FC lead") << QByteArray("\xFC\x84\x80\x80\x80\x80") << false;
    QTest::newRow("FE") << QByteArray("\xFE") << false;
    QTest::newRow("FF") << QByteArray("\xFF") << false;
    QTest::newRow("FE FF as BOM") << QByteArray("\xFE\xFF") << false;
    // Lone continuation bytes.
    QTest::newRow("lone 80") << QByteArray("\x80") << false;
    QTest::newRow("lone BF") << QByteArray("\xBF") << false;
    QTest::newRow("continuation inside ascii") << QByteArray("a\x80z") << false;
    QTest::newRow("extra continuation after char") << QByteArray("\xC3\xA9\xA9") << false;
    // Truncated sequences, at the end and followed by something else.
    QTest::newRow("truncated 2-byte at end") << QByteArray("ab\xC3") << false;
    QTest::newRow("truncated 3-byte 1/3") << QByteArray("\xE2") << false;
    QTest::newRow("truncated 3-byte 2/3") << QByteArray("\xE2\x82") << false;
    QTest::newRow("truncated 4-byte 3/4") << QByteArray("\xF0\x9F\x98") << false;
    QTest::newRow("truncated 3-byte then ascii") << QByteArray("\xE2\x82z") << false;
    QTest::newRow("truncated 2-byte then lead") << QByteArray("\xC3\xC3\xA9") << false;
    QTest::newRow("bad continuation C3 28") << QByteArray("\xC3\x28") << false;
}

void TestByteReader::stringUtf8IsStrict()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);

    QCOMPARE(isValidUtf8(bytes), valid);
    // The same in text and in binary mode: UTF-8 validity is not a text-only rule.
    for (const bool text : {true, false}) {
        // U+0080 is valid UTF-8 but a C1 control, which text mode refuses on its own grounds.
        if (text && bytes == QByteArray("\xC2\x80"))
            continue;
        const QByteArray input = stringField(bytes);
        ByteReader r(input);
        QString out;
        QCOMPARE(r.readString(1024, out, text), valid);
        QCOMPARE(r.failed(), !valid);
        if (valid) {
            QVERIFY(r.atEnd());
            // Byte for byte what was sent: nothing (not even a leading BOM) is dropped.
            QCOMPARE(out.toUtf8(), bytes);
        }
    }
}

void TestByteReader::stringEndingInsideCharacterIsRefused_data()
{
    QTest::addColumn<QByteArray>("character");

    QTest::newRow("2-byte") << QByteArray("\xC3\xA9");
    QTest::newRow("3-byte") << QByteArray("\xE2\x82\xAC");
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80");
}

void TestByteReader::stringEndingInsideCharacterIsRefused()
{
    QFETCH(QByteArray, character);

    // The string's length cuts the character; its remaining bytes follow in the same buffer, so
    // a validator that looks one byte past the string would see a complete character.
    for (qsizetype kept = 1; kept < character.size(); ++kept) {
        const QByteArray input = stringField(character.left(kept)) + character.mid(kept);
        ByteReader r(input);
        QString out;
        QVERIFY2(!r.readString(16, out, false), qPrintable(QStringLiteral("kept %1").arg(kept)));
        QVERIFY(!isValidUtf8(QByteArrayView(character).first(kept)));
    }
}

void TestByteReader::controlCharactersRefusedOnlyInTextMode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isText");

    QTest::newRow("NUL") << QByteArray("\x00", 1) << false;
    QTest::newRow("NUL inside") << QByteArray("ab") + '\0' + "cd" << false;
    QTest::newRow("U+0001") << QByteArray("\x01") << false;
    QTest::newRow("tab") << QByteArray("a\tb") << false;
    QTest::newRow("newline") << QByteArray("line\n") << false;
    QTest::newRow("carriage return") << QByteArray("\rx") << false;
    QTest::newRow("escape") << QByteArray("\x1B[31m") << false;
    QTest::newRow("U+001F") << QByteArray("\x1F") << false;
    QTest::newRow("DEL U+007F") << QByteArray("x\x7F") << false;
    QTest::newRow("control after multi-byte") << QByteArray("\xC3\xA9\n") << false;
    QTest::newRow("space U+0020") << QByteArray(" ") << true;
    QTest::newRow("tilde U+007E") << QByteArray("~") << true;
    // C1 too: some terminals obey U+009B as CSI, and names are printed to terminals.
    QTest::newRow("C1 U+0080") << QByteArray("\xC2\x80") << false;
    QTest::newRow("C1 U+0085") << QByteArray("\xC2\x85") << false;
    QTest::newRow("C1 U+009B CSI") << QByteArray("\xC2\x9B"
                                                 "31m")
                                   << false;
    QTest::newRow("C1 U+009F") << QByteArray("\xC2\x9F") << false;
    QTest::newRow("U+00A0 no-break space") << QByteArray("\xC2\xA0") << true;
    QTest::newRow("multi-byte text") << QByteArray("Ana\xE2\x80\x99s \xF0\x9F\x92\xBB") << true;
}

void TestByteReader::controlCharactersRefusedOnlyInTextMode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isText);

    const QByteArray input = stringField(bytes);
    {
        ByteReader r(input);
        QString out;
        QCOMPARE(r.readString(64, out, true), isText);
        QCOMPARE(r.atEnd(), isText);
    }
    {
        ByteReader r(input);
        QString out;
        QVERIFY(r.readString(64, out, false));
        QCOMPARE(out.toUtf8(), bytes);
        QVERIFY(r.atEnd());
    }
    QCOMPARE(isPrintableText(QString::fromUtf8(bytes)), isText);
}

void TestByteReader::stringsReadInSequence()
{
    const QByteArray input = stringField("first") + stringField({}) + stringField("\xC3\xA9")
        + QByteArray::fromHex("2a");
    ByteReader r(input);
    QString a, b, c;
    quint8 tail = 0;
    QVERIFY(r.readString(8, a));
    QVERIFY(r.readString(8, b));
    QVERIFY(r.readString(8, c));
    QVERIFY(r.readU8(tail));
    QCOMPARE(a, QStringLiteral("first"));
    QCOMPARE(b, QString());
    QCOMPARE(c, QString(QChar(0xE9)));
    QCOMPARE(tail, quint8(0x2A));
    QVERIFY(r.atEnd());
}

void TestByteReader::writerAndReaderAgree()
{
    QByteArray out;
    ByteWriter(out)
        .u8(0xA5)
        .u16(0x0102)
        .u32(0x03040506)
        .u64(0x0708090A0B0C0D0Eull)
        .bytes("xyz")
        .string(QStringLiteral("h\u00e9"));
    QCOMPARE(out, QByteArray::fromHex("a5 0102 03040506 0708090a0b0c0d0e 78797a 0003 68c3a9"));

    ByteReader r(out);
    quint8 a = 0;
    quint16 b = 0;
    quint32 c = 0;
    quint64 d = 0;
    QByteArray e;
    QString f;
    QVERIFY(r.readU8(a) && r.readU16(b) && r.readU32(c) && r.readU64(d) && r.readBytes(3, e)
            && r.readString(3, f));
    QCOMPARE(a, quint8(0xA5));
    QCOMPARE(b, quint16(0x0102));
    QCOMPARE(c, quint32(0x03040506));
    QCOMPARE(d, quint64(0x0708090A0B0C0D0Eull));
    QCOMPARE(e, QByteArray("xyz"));
    QCOMPARE(f, QStringLiteral("h\u00e9"));
    QVERIFY(r.atEnd());
}

void TestByteReader::utf8TruncatedCutsAtCharacterBoundary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QByteArray>("expected");

    const QString euros = QString(3, QChar(0x20AC)); // 9 bytes
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x81"); // 8 bytes

    QTest::newRow("fits") << QStringLiteral("abc") << 3 << QByteArray("abc");
    QTest::newRow("ascii cut") << QStringLiteral("abcdef") << 4 << QByteArray("abcd");
    QTest::newRow("cap 0") << QStringLiteral("abc") << 0 << QByteArray();
    QTest::newRow("empty") << QString() << 5 << QByteArray();
    QTest::newRow("3-byte, cut after 1") << euros << 4 << QByteArray("\xE2\x82\xAC");
    QTest::newRow("3-byte, cut after 2") << euros << 5 << QByteArray("\xE2\x82\xAC");
    QTest::newRow("3-byte, exact") << euros << 6 << QByteArray("\xE2\x82\xAC\xE2\x82\xAC");
    QTest::newRow("3-byte, cap below one char") << euros << 2 << QByteArray();
    QTest::newRow("4-byte, cut after 3") << emoji << 7 << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("4-byte, cap 3") << emoji << 3 << QByteArray();
    QTest::newRow("2-byte after ascii") << QStringLiteral("a\u00e9") << 2 << QByteArray("a");
}

void TestByteReader::utf8TruncatedCutsAtCharacterBoundary()
{
    QFETCH(QString, text);
    QFETCH(int, maxBytes);
    QFETCH(QByteArray, expected);

    const QByteArray cut = utf8Truncated(text, maxBytes);
    QCOMPARE(cut, expected);
    QVERIFY(isValidUtf8(cut));
}

void TestByteReader::utf8TruncatedNeverSplitsAtAnyCap()
{
    const QString text = QString::fromUtf8("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z\xF4\x8F\xBF\xBF"
                                           "\xDF\xBF\xC2\x80!");
    const QByteArray full = text.toUtf8();
    for (qsizetype cap = 0; cap <= full.size() + 1; ++cap) {
        const QByteArray cut = utf8Truncated(text, cap);
        QVERIFY2(cut.size() <= cap, qPrintable(QStringLiteral("cap %1").arg(cap)));
        QVERIFY2(full.startsWith(cut), qPrintable(QStringLiteral("cap %1").arg(cap)));
        QVERIFY2(isValidUtf8(cut), qPrintable(QStringLiteral("cap %1").arg(cap)));
        // Maximal: the cut ends on a character boundary of the full text at or before cap,
        // and no later boundary fits.
        qsizetype nextBoundary = cut.size() + 1;
        while (nextBoundary < full.size() && (quint8(full[nextBoundary]) & 0xC0) == 0x80)
            ++nextBoundary;
        if (cut.size() < full.size())
            QVERIFY2(nextBoundary > cap, qPrintable(QStringLiteral("cap %1").arg(cap)));
    }
}

void TestByteReader::writerStringHonoursCap()
{
    QByteArray out;
    ByteWriter(out).string(QString(100, QChar(0xE9)), 9); // 200 bytes of "é", cap 9
    QCOMPARE(out, QByteArray::fromHex("0008") + QByteArray("\xC3\xA9").repeated(4));

    // Strings longer than the u16 length field allows are cut, never wrapped.
    QByteArray big;
    ByteWriter(big).string(QString(70000, QLatin1Char('x')));
    QCOMPARE(big.size(), qsizetype(2 + 65535));
    QCOMPARE(big.left(2), QByteArray::fromHex("ffff"));
}

QTEST_APPLESS_MAIN(TestByteReader)
#include "tst_bytereader.moc"
