#include "app/control/controlmessage.h"

#include "app/control/controlvalues.h"
#include "app/control/jsonfieldreader.h"
#include "net/bytereader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <limits>

namespace Ferry::App {

namespace {

using Type = ControlMessage::Type;

const QStringList kTypeNames{
    QStringLiteral("hello"),
    QStringLiteral("subscribe"),
    QStringLiteral("send"),
    QStringLiteral("accept"),
    QStringLiteral("decline"),
    QStringLiteral("cancel"),
    QStringLiteral("pause"),
    QStringLiteral("resume"),
    QStringLiteral("retry"),
    QStringLiteral("raise"),
    QStringLiteral("quit"),
    QStringLiteral("welcome"),
    QStringLiteral("result"),
    QStringLiteral("synced"),
    QStringLiteral("error"),
    QStringLiteral("peerDiscovered"),
    QStringLiteral("peerUpdated"),
    QStringLiteral("peerLost"),
    QStringLiteral("transferAdded"),
    QStringLiteral("transferChanged"),
    QStringLiteral("transferRemoved"),
    QStringLiteral("requestReceived"),
    QStringLiteral("requestClosed"),
};
const QStringList kClientKinds{QStringLiteral("gui"), QStringLiteral("headless"),
                               QStringLiteral("cli")};
const QStringList kOutcomes{QStringLiteral("accepted"), QStringLiteral("declined"),
                            QStringLiteral("timedOut"), QStringLiteral("withdrawn")};
constexpr qint64 kMaxPid = std::numeric_limits<qint32>::max();

// A nested value (peer, transfer, request, node) read by its own strict parser.
template<typename Parse> void nested(JsonFieldReader &reader, const QString &name, Parse parse)
{
    const QJsonObject object = reader.object(name);
    if (reader.failed())
        return;
    QString why;
    if (!parse(object, &why))
        reader.fail(why);
}

void readSend(JsonFieldReader &reader)
{
    reader.text(QStringLiteral("to"), ControlValues::kMaxNameBytes, true);
    const QStringList paths = reader.texts(QStringLiteral("paths"), ControlMessage::kMaxPaths,
                                           ControlValues::kMaxPathBytes, true);
    if (!reader.failed() && paths.isEmpty())
        reader.fail(QStringLiteral("field \"paths\" is empty"));
    reader.optionalText(QStringLiteral("message"), ControlValues::kMaxTextBytes);
}

// raise: "paths", when present, are files to offer for sending in the window; the window reads
// them, so they must be absolute (not resolved against the node's working folder) and local (a
// Qt resource path ":/…" counts as absolute to QDir, but is not the user's file).
void readRaise(JsonFieldReader &reader)
{
    if (!reader.has(QStringLiteral("paths")))
        return;
    const QStringList paths = reader.texts(QStringLiteral("paths"), ControlMessage::kMaxPaths,
                                           ControlValues::kMaxPathBytes, true);
    if (!reader.failed() && paths.isEmpty())
        reader.fail(QStringLiteral("field \"paths\" is empty"));
    for (const QString &path : paths) {
        if (!QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char(':'))) {
            reader.fail(QStringLiteral("an item of field \"paths\" is not an absolute path"));
            return;
        }
    }
}

void readFields(JsonFieldReader &reader, Type type)
{
    if (ControlMessage::isCommand(type))
        reader.integer(QStringLiteral("seq"), 0, JsonFieldReader::kMaxInteger);
    switch (type) {
    case Type::Hello:
        reader.integer(QStringLiteral("protocol"), 1, 65535);
        reader.choice(QStringLiteral("kind"), kClientKinds);
        reader.integer(QStringLiteral("pid"), 0, kMaxPid);
        reader.text(QStringLiteral("version"), ControlValues::kMaxNameBytes);
        reader.optionalText(QStringLiteral("command"), ControlValues::kMaxNameBytes);
        return;
    case Type::Send:
        return readSend(reader);
    case Type::Accept:
        reader.uuid(QStringLiteral("id"));
        reader.optionalText(QStringLiteral("destination"), ControlValues::kMaxPathBytes);
        return;
    case Type::Decline:
    case Type::Cancel:
    case Type::Pause:
    case Type::Resume:
    case Type::Retry:
    case Type::TransferRemoved:
        reader.uuid(QStringLiteral("id"));
        return;
    case Type::Raise:
        return readRaise(reader);
    case Type::Subscribe:
    case Type::Quit:
        return;
    case Type::Welcome:
        reader.integer(QStringLiteral("protocol"), 1, 65535);
        return nested(reader, QStringLiteral("node"), ControlValues::nodeFromJson);
    case Type::Result:
    case Type::Synced:
        reader.integer(QStringLiteral("seq"), 0, JsonFieldReader::kMaxInteger);
        if (type == Type::Synced)
            return;
        reader.boolean(QStringLiteral("ok"));
        reader.optionalText(QStringLiteral("error"), ControlValues::kMaxTextBytes);
        reader.optionalUuid(QStringLiteral("id"));
        return;
    case Type::Error:
        reader.text(QStringLiteral("message"), ControlValues::kMaxTextBytes);
        return;
    case Type::PeerDiscovered:
    case Type::PeerUpdated:
        return nested(reader, QStringLiteral("peer"), ControlValues::peerFromJson);
    case Type::PeerLost:
        reader.identity(QStringLiteral("identity"));
        return;
    case Type::TransferAdded:
    case Type::TransferChanged:
        return nested(reader, QStringLiteral("transfer"), ControlValues::transferFromJson);
    case Type::RequestReceived:
        return nested(reader, QStringLiteral("request"), ControlValues::requestFromJson);
    case Type::RequestClosed:
        reader.uuid(QStringLiteral("id"));
        reader.choice(QStringLiteral("outcome"), kOutcomes);
        reader.optionalText(QStringLiteral("by"), ControlValues::kMaxNameBytes);
        return;
    }
}

} // namespace

QByteArray ControlMessage::encode() const
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("type"), typeName(type));
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (json.size() > kMaxPayload)
        return {};
    QByteArray out(kPrefixSize, Qt::Uninitialized);
    const quint32 size = quint32(json.size());
    out[0] = char(size >> 24);
    out[1] = char(size >> 16);
    out[2] = char(size >> 8);
    out[3] = char(size);
    return out + json;
}

Net::DecodeResult<ControlMessage> ControlMessage::decode(QByteArrayView buffer)
{
    using Result = Net::DecodeResult<ControlMessage>;
    if (buffer.size() < kPrefixSize)
        return Result::needMore();
    const quint32 size = (quint32(quint8(buffer[0])) << 24) | (quint32(quint8(buffer[1])) << 16)
        | (quint32(quint8(buffer[2])) << 8) | quint32(quint8(buffer[3]));
    if (size > quint32(kMaxPayload))
        return Result::tooLarge(
            QStringLiteral("a message of %1 bytes (at most %2)").arg(size).arg(kMaxPayload));
    if (size == 0)
        return Result::invalid(QStringLiteral("an empty message"));
    if (buffer.size() < kPrefixSize + qsizetype(size))
        return Result::needMore();
    const QByteArrayView payload = buffer.sliced(kPrefixSize, size);
    if (!Net::isValidUtf8(payload))
        return Result::invalid(QStringLiteral("the message is not UTF-8"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result::invalid(
            QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return Result::invalid(QStringLiteral("the message is not a JSON object"));
    QJsonObject fields = document.object();
    const QJsonValue typeValue = fields.take(QStringLiteral("type"));
    const std::optional<Type> type = typeFromName(typeValue.toString());
    if (!typeValue.isString() || !type)
        return Result::invalid(QStringLiteral("no known \"type\""));
    const QString why = check(*type, fields);
    if (!why.isEmpty())
        return Result::invalid(why);
    return Result::ok(ControlMessage{*type, fields}, kPrefixSize + size);
}

QString ControlMessage::check(Type type, const QJsonObject &fields)
{
    JsonFieldReader reader(fields, typeName(type));
    readFields(reader, type);
    QString why;
    reader.finish(&why);
    return why;
}

QString ControlMessage::typeName(Type type)
{
    return kTypeNames.at(int(type));
}

std::optional<ControlMessage::Type> ControlMessage::typeFromName(const QString &name)
{
    const qsizetype index = kTypeNames.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Type(index);
}

bool ControlMessage::isCommand(Type type)
{
    return int(type) <= int(Type::Quit);
}

} // namespace Ferry::App
