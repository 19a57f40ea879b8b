#pragma once

#include "net/remoteidentity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Ferry::App {

// Reads the fields of one JSON object of the local control protocol (docs/CONTROL.md) strictly:
// each field has the JSON type, range and size asked for, and finish() refuses fields nobody
// asked for. The first problem is kept (with the field's name) and later reads return defaults,
// so a caller reads every field and checks once.
class JsonFieldReader
{
public:
    // The largest integer a JSON number carries exactly (2^53).
    static constexpr qint64 kMaxInteger = qint64(1) << 53;

    explicit JsonFieldReader(const QJsonObject &object, QString context = {});

    bool has(const QString &name) const { return m_object.contains(name); }
    // A string of at most maxBytes of UTF-8 with no NUL; empty is refused when nonEmpty.
    QString text(const QString &name, qsizetype maxBytes, bool nonEmpty = false);
    QString optionalText(const QString &name, qsizetype maxBytes);
    // One of the names; returns its index (0 when absent or wrong, after noting the problem).
    int choice(const QString &name, const QStringList &names);
    qint64 integer(const QString &name, qint64 min, qint64 max);
    qint64 optionalInteger(const QString &name, qint64 min, qint64 max, qint64 fallback);
    double number(const QString &name, double min, double max);
    bool boolean(const QString &name);
    QUuid uuid(const QString &name);
    QUuid optionalUuid(const QString &name);
    // A full identity (52 characters of base32); allowNull accepts "" as the null identity.
    Net::RemoteIdentity identity(const QString &name, bool allowNull = false);
    QStringList texts(const QString &name, qsizetype maxItems, qsizetype maxBytes,
                      bool nonEmptyItems);
    QJsonArray array(const QString &name, qsizetype maxItems);
    QJsonObject object(const QString &name);

    // Notes a problem found by the caller (a nested value, a rule across fields).
    void fail(const QString &why);
    bool failed() const { return !m_error.isEmpty(); }
    // True when every field was read and valid and no other field is present.
    bool finish(QString *why);

private:
    // The value, noting it as read; notes a problem when it is absent or not of type.
    QJsonValue take(const QString &name, QJsonValue::Type type);

    QJsonObject m_object;
    QString m_context;
    QSet<QString> m_read;
    QString m_error;
};

} // namespace Ferry::App
