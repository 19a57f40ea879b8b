#pragma once

#include "net/decoderesult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ferry::App {

// One message of the local control protocol between a Ferry node and its front-ends
// (docs/CONTROL.md): a 4-byte big-endian length, then that many bytes of UTF-8 JSON, an object
// whose "type" names the message. Pure value code: decode() checks the framing, the JSON and
// every field the type has (types, ranges, sizes, UUIDs, identities, nested values) and refuses
// any other field.
struct ControlMessage
{
    static constexpr qsizetype kPrefixSize = 4;
    static constexpr qsizetype kMaxPayload = 1 << 20; // 1 MiB of JSON
    static constexpr int kProtocolVersion = 1;
    static constexpr qsizetype kMaxPaths = 4096; // send, raise: paths in one selection

    enum class Type {
        // A front-end's, answered by Result (Hello by Welcome).
        Hello,
        Subscribe,
        Send,
        Accept,
        Decline,
        Cancel,
        Pause,
        Resume,
        Retry,
        Raise,
        Quit,
        // The node's.
        Welcome,
        Result,
        Synced,
        Error,
        PeerDiscovered,
        PeerUpdated,
        PeerLost,
        TransferAdded,
        TransferChanged,
        TransferRemoved,
        RequestReceived,
        RequestClosed,
    };

    Type type = Type::Error;
    QJsonObject fields; // every field but "type"

    // The whole message, length prefix included; empty when it would exceed kMaxPayload.
    QByteArray encode() const;
    // The first message in buffer: Ok (consumed = its size), NeedMore, Invalid (bad UTF-8,
    // JSON or field) or TooLarge (the length prefix says more than kMaxPayload).
    static Net::DecodeResult<ControlMessage> decode(QByteArrayView buffer);
    // Why fields are not a valid message of type; empty when they are.
    static QString check(Type type, const QJsonObject &fields);

    static QString typeName(Type type); // "hello", "transferChanged", …
    static std::optional<Type> typeFromName(const QString &name);
    // Commands carry "seq" and are answered by a Result with the same seq.
    static bool isCommand(Type type);
    qint64 seq() const { return qint64(fields.value(QStringLiteral("seq")).toDouble()); }
};

} // namespace Ferry::App
