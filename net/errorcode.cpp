#include "net/errorcode.h"

namespace Ferry::Net {

bool isWireCode(ErrorCode code)
{
    const auto value = static_cast<quint16>(code);
    return value > 0 && value < 0x100;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("None");
    case ErrorCode::ProtocolViolation:
        return QStringLiteral("ProtocolViolation");
    case ErrorCode::FrameTooLarge:
        return QStringLiteral("FrameTooLarge");
    case ErrorCode::UnknownFrameType:
        return QStringLiteral("UnknownFrameType");
    case ErrorCode::BadHello:
        return QStringLiteral("BadHello");
    case ErrorCode::IncompatibleVersion:
        return QStringLiteral("IncompatibleVersion");
    case ErrorCode::IdentityMismatch:
        return QStringLiteral("IdentityMismatch");
    case ErrorCode::SelfConnection:
        return QStringLiteral("SelfConnection");
    case ErrorCode::HandshakeTimeout:
        return QStringLiteral("HandshakeTimeout");
    case ErrorCode::IdleTimeout:
        return QStringLiteral("IdleTimeout");
    case ErrorCode::FlowControlViolation:
        return QStringLiteral("FlowControlViolation");
    case ErrorCode::TooManyStreams:
        return QStringLiteral("TooManyStreams");
    case ErrorCode::UnknownOperation:
        return QStringLiteral("UnknownOperation");
    case ErrorCode::MalformedMessage:
        return QStringLiteral("MalformedMessage");
    case ErrorCode::Timeout:
        return QStringLiteral("Timeout");
    case ErrorCode::Cancelled:
        return QStringLiteral("Cancelled");
    case ErrorCode::ShuttingDown:
        return QStringLiteral("ShuttingDown");
    case ErrorCode::InternalError:
        return QStringLiteral("InternalError");
    case ErrorCode::TooManyConnections:
        return QStringLiteral("TooManyConnections");
    case ErrorCode::Disconnected:
        return QStringLiteral("Disconnected");
    case ErrorCode::DiskFull:
        return QStringLiteral("DiskFull");
    case ErrorCode::IntegrityMismatch:
        return QStringLiteral("IntegrityMismatch");
    case ErrorCode::SizeMismatch:
        return QStringLiteral("SizeMismatch");
    case ErrorCode::SourceChanged:
        return QStringLiteral("SourceChanged");
    case ErrorCode::ReadFailed:
        return QStringLiteral("ReadFailed");
    case ErrorCode::WriteFailed:
        return QStringLiteral("WriteFailed");
    case ErrorCode::ConnectFailed:
        return QStringLiteral("ConnectFailed");
    case ErrorCode::TlsFailed:
        return QStringLiteral("TlsFailed");
    case ErrorCode::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case ErrorCode::NotConnected:
        return QStringLiteral("NotConnected");
    }
    return QStringLiteral("UnknownError%1").arg(static_cast<quint16>(code));
}

QString Error::toString() const
{
    QString text = errorCodeName(code);
    if (remote)
        text += QStringLiteral(" (from peer)");
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

} // namespace Ferry::Net
