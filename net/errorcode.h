#pragma once

#include <QMetaType>
#include <QString>

namespace Ferry::Net {

// Error codes of docs/PROTOCOL.md §8. Values below 0x100 travel in GOAWAY and RESET frames;
// values from 0x100 up describe what this node saw locally and are never sent.
enum class ErrorCode : quint16 {
    None = 0,
    ProtocolViolation = 1,
    FrameTooLarge = 2,
    UnknownFrameType = 3,
    BadHello = 4,
    IncompatibleVersion = 5,
    IdentityMismatch = 6,
    SelfConnection = 7,
    HandshakeTimeout = 8,
    IdleTimeout = 9,
    FlowControlViolation = 10,
    TooManyStreams = 11,
    UnknownOperation = 12,
    MalformedMessage = 13,
    Timeout = 14,
    Cancelled = 15,
    ShuttingDown = 16,
    InternalError = 17,
    TooManyConnections = 18,
    Disconnected = 19,
    DiskFull = 20,
    IntegrityMismatch = 21,
    SizeMismatch = 22,
    SourceChanged = 23,
    ReadFailed = 24,
    WriteFailed = 25,

    ConnectFailed = 0x100,
    TlsFailed = 0x101,
    ConnectionLost = 0x102,
    NotConnected = 0x103,
};

// True for codes that may be put on the wire.
bool isWireCode(ErrorCode code);

// Stable English name, e.g. "IdentityMismatch" (logs, CLI, tests).
QString errorCodeName(ErrorCode code);

// A typed error with a human detail. Emitted once per failing operation.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;
    bool remote = false; // true when the peer sent this code (GOAWAY/RESET)

    bool isError() const { return code != ErrorCode::None; }
    QString toString() const;
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::ErrorCode)
Q_DECLARE_METATYPE(Ferry::Net::Error)
