#include "app/control/jsonfieldreader.h"

#include <cmath>

namespace Ferry::App {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// The rules every string of the protocol obeys; empty when it does.
QString textProblem(const QString &text, qsizetype maxBytes, bool nonEmpty)
{
    if (nonEmpty && text.isEmpty())
        return QStringLiteral("is empty");
    if (text.contains(QChar(0)))
        return QStringLiteral("contains NUL");
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > maxBytes)
        return QStringLiteral("is %1 bytes long, more than %2").arg(bytes).arg(maxBytes);
    return {};
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString context)
    : m_object(object), m_context(std::move(context))
{ }

QJsonValue JsonFieldReader::take(const QString &name, QJsonValue::Type type)
{
    m_read.insert(name);
    if (failed())
        return {};
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        fail(QStringLiteral("field \"%1\" is missing").arg(name));
        return {};
    }
    if (it->type() != type) {
        fail(QStringLiteral("field \"%1\" is not %2").arg(name, typeName(type)));
        return {};
    }
    return *it;
}

QString JsonFieldReader::text(const QString &name, qsizetype maxBytes, bool nonEmpty)
{
    const QString value = take(name, QJsonValue::String).toString();
    if (failed())
        return {};
    const QString problem = textProblem(value, maxBytes, nonEmpty);
    if (!problem.isEmpty()) {
        fail(QStringLiteral("field \"%1\" %2").arg(name, problem));
        return {};
    }
    return value;
}

QString JsonFieldReader::optionalText(const QString &name, qsizetype maxBytes)
{
    m_read.insert(name);
    return has(name) ? text(name, maxBytes) : QString();
}

int JsonFieldReader::choice(const QString &name, const QStringList &names)
{
    const QString value = take(name, QJsonValue::String).toString();
    if (failed())
        return 0;
    const int index = int(names.indexOf(value));
    if (index < 0) {
        fail(QStringLiteral("field \"%1\" is not one of %2")
                 .arg(name, names.join(QStringLiteral(", "))));
        return 0;
    }
    return index;
}

qint64 JsonFieldReader::integer(const QString &name, qint64 min, qint64 max)
{
    const double value = take(name, QJsonValue::Double).toDouble();
    if (failed())
        return min;
    if (!std::isfinite(value) || value != std::floor(value) || value < double(min)
        || value > double(max)) {
        fail(QStringLiteral("field \"%1\" is not an integer from %2 to %3")
                 .arg(name)
                 .arg(min)
                 .arg(max));
        return min;
    }
    return qint64(value);
}

qint64 JsonFieldReader::optionalInteger(const QString &name, qint64 min, qint64 max,
                                        qint64 fallback)
{
    m_read.insert(name);
    return has(name) ? integer(name, min, max) : fallback;
}

double JsonFieldReader::number(const QString &name, double min, double max)
{
    const double value = take(name, QJsonValue::Double).toDouble();
    if (failed())
        return min;
    if (!std::isfinite(value) || value < min || value > max) {
        fail(QStringLiteral("field \"%1\" is out of range").arg(name));
        return min;
    }
    return value;
}

bool JsonFieldReader::boolean(const QString &name)
{
    return take(name, QJsonValue::Bool).toBool();
}

QUuid JsonFieldReader::uuid(const QString &name)
{
    const QString value = take(name, QJsonValue::String).toString();
    if (failed())
        return {};
    // Only the canonical form "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (36 characters).
    const QUuid id = value.size() == 36 ? QUuid::fromString(value) : QUuid();
    if (id.isNull()) {
        fail(QStringLiteral("field \"%1\" is not a UUID").arg(name));
        return {};
    }
    return id;
}

QUuid JsonFieldReader::optionalUuid(const QString &name)
{
    m_read.insert(name);
    return has(name) ? uuid(name) : QUuid();
}

Net::RemoteIdentity JsonFieldReader::identity(const QString &name, bool allowNull)
{
    const QString value = take(name, QJsonValue::String).toString();
    if (failed() || (allowNull && value.isEmpty()))
        return {};
    const std::optional<Net::RemoteIdentity> id
        = value.size() == 52 ? Net::RemoteIdentity::fromText(value) : std::nullopt;
    if (!id || id->isNull()) {
        fail(QStringLiteral("field \"%1\" is not an identity").arg(name));
        return {};
    }
    return *id;
}

QStringList JsonFieldReader::texts(const QString &name, qsizetype maxItems, qsizetype maxBytes,
                                   bool nonEmptyItems)
{
    const QJsonArray items = array(name, maxItems);
    QStringList out;
    for (const QJsonValue &item : items) {
        if (failed())
            return {};
        if (!item.isString()) {
            fail(QStringLiteral("field \"%1\" holds something other than strings").arg(name));
            return {};
        }
        const QString problem = textProblem(item.toString(), maxBytes, nonEmptyItems);
        if (!problem.isEmpty()) {
            fail(QStringLiteral("an item of field \"%1\" %2").arg(name, problem));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonArray JsonFieldReader::array(const QString &name, qsizetype maxItems)
{
    const QJsonArray value = take(name, QJsonValue::Array).toArray();
    if (failed())
        return {};
    if (value.size() > maxItems) {
        fail(QStringLiteral("field \"%1\" has %2 items, more than %3")
                 .arg(name)
                 .arg(value.size())
                 .arg(maxItems));
        return {};
    }
    return value;
}

QJsonObject JsonFieldReader::object(const QString &name)
{
    return take(name, QJsonValue::Object).toObject();
}

void JsonFieldReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = m_context.isEmpty() ? why : QStringLiteral("%1: %2").arg(m_context, why);
}

bool JsonFieldReader::finish(QString *why)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it) {
        if (!m_read.contains(it.key()))
            fail(QStringLiteral("unknown field \"%1\"").arg(it.key().left(64)));
    }
    if (why)
        *why = m_error;
    return !failed();
}

} // namespace Ferry::App
