#pragma once

#include <QString>

#include <optional>

namespace Ferry::Net {

// What a pure decoder returns: a message, a request for more bytes, or a reason for refusal.
enum class DecodeStatus { Ok, NeedMore, Invalid, TooLarge };

template<typename T> struct DecodeResult
{
    DecodeStatus status = DecodeStatus::NeedMore;
    std::optional<T> value;
    qsizetype consumed = 0; // bytes used, valid only with Ok
    QString why; // why Invalid / TooLarge

    static DecodeResult ok(T v, qsizetype used)
    {
        DecodeResult r;
        r.status = DecodeStatus::Ok;
        r.value = std::move(v);
        r.consumed = used;
        return r;
    }
    static DecodeResult needMore() { return {}; }
    static DecodeResult invalid(QString reason)
    {
        DecodeResult r;
        r.status = DecodeStatus::Invalid;
        r.why = std::move(reason);
        return r;
    }
    static DecodeResult tooLarge(QString reason)
    {
        DecodeResult r;
        r.status = DecodeStatus::TooLarge;
        r.why = std::move(reason);
        return r;
    }
    bool isOk() const { return status == DecodeStatus::Ok; }
};

} // namespace Ferry::Net
