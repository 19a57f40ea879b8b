#include "net/operations/spacedrop/transfermanifest.h"

#include "net/bytereader.h"
#include "net/operations/spacedrop/destinationplan.h"
#include "net/operations/spacedrop/sha256.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// The manifest format, one compact JSON object:
//   {"format": 1, "kind": "incoming" | "outgoing", "id": "<uuid, no braces>",
//    "sender" | "peer": "<identity text>", "senderName" | "peerName": "…", "message": "…",
//    "entries": [["file" | "folder", <executable>, "<size>", "<mtime>", "<path>"], …],
//    "createdMs": "<i64>", optional "interruptedMs": "<i64 ≥ 0>" (absent: 0), incoming:
//    "destination": "/abs", "localPaths": ["a/b", …], "entriesDigest": "<64 hex digits>",
//    "resumeIndex": <u32>, outgoing: "sourcePaths": ["/abs/a/b", …]}
// u64 and i64 values are decimal strings (a JSON number is a double: exact only up to 2^53), in
// their one canonical spelling. Entries are arrays, not objects, to keep files small (100 000
// entries with 60-byte paths: about 16 MiB; the cap is 64 MiB). Unknown keys are ignored.

namespace Ferry::Net {

namespace {

constexpr int kFormat = 1;
constexpr qsizetype kMaxManifestBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxTextBytes = Spacedrop::kMaxMessageText; // message, device name
const QLatin1String kIncoming("incoming");
const QLatin1String kOutgoing("outgoing");
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolderMode = kFileMode | QFileDevice::ExeOwner;

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Canonical decimal only ("12", "-3", "0"; not "+1", "012", " 1", "-0"), within T.
template<typename T> std::optional<T> parseDecimal(const QString &text)
{
    bool ok = false;
    const T value = std::is_signed_v<T> ? T(text.toLongLong(&ok)) : T(text.toULongLong(&ok));
    return ok && text == QString::number(value) ? std::optional<T>(value) : std::nullopt;
}

// A stored local path of an incoming transfer: relative, '/'-separated, and every component a
// name DestinationPlan could have chosen (sanitizeComponent leaves it alone), so no "", ".",
// "..", backslash, drive letter or control character, whatever the platform.
QString localPathProblem(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return QStringLiteral("is empty or absolute");
    for (const QStringView part : QStringView(path).split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return QStringLiteral("has an empty, '.' or '..' component");
        if (sanitizeComponent(part.toString()) != part)
            return QStringLiteral("has the unsafe component \"%1\"").arg(part);
    }
    return {};
}

bool isText(const QString &s)
{
    return isPrintableText(s) && s.toUtf8().size() <= kMaxTextBytes;
}

bool isAbsolutePath(const QString &s)
{
    return QDir::isAbsolutePath(s) && !s.contains(QChar(0));
}

// Reads the fields of one JSON object, each checked for its type and rule; keeps the first
// problem. Values of fields that fail are defaults, and the caller gives up at the end.
class Fields
{
public:
    explicit Fields(const QJsonObject &object) : m_object(object) { }

    bool ok() const { return m_why.isEmpty(); }
    void check(bool good, const QString &why)
    {
        if (!good && m_why.isEmpty())
            m_why = why;
    }
    template<typename M> std::optional<M> result(M manifest, QString *why) const
    {
        if (why)
            *why = m_why;
        return ok() ? std::optional(std::move(manifest)) : std::nullopt;
    }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key, QJsonValue::Type type)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        check(v.type() == type, QStringLiteral("\"%1\" is missing or of the wrong type").arg(key));
        return v;
    }
    // A string that is valid UTF-16 (no lone surrogate) and passes rule.
    QString string(const char *key, bool (*rule)(const QString &) = nullptr,
                   const char *what = "valid Unicode")
    {
        const QString s = value(key, QJsonValue::String).toString();
        check(QStringView(s).isValidUtf16() && (!rule || rule(s)),
              QStringLiteral("\"%1\" is not %2").arg(QLatin1String(key), QLatin1String(what)));
        return s;
    }
    // An array of exactly `count` elements (at most kMaxEntryCount when count is -1).
    QJsonArray array(const char *key, qsizetype count)
    {
        const QJsonArray a = value(key, QJsonValue::Array).toArray();
        check(count < 0 ? a.size() <= Spacedrop::kMaxEntryCount : a.size() == count,
              QStringLiteral("\"%1\" has %2 elements").arg(QLatin1String(key)).arg(a.size()));
        return a;
    }

private:
    const QJsonObject &m_object;
    QString m_why;
};

// One entry, by the field rules of docs/PROTOCOL.md §13.2.
QString entryFromJson(const QJsonValue &v, SpacedropEntry &e)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 5 || !a[0].isString() || !a[1].isBool() || !a[2].isString()
        || !a[3].isString() || !a[4].isString())
        return QStringLiteral("not [type, executable, size, mtime, path]");
    const QString type = a[0].toString();
    const auto size = parseDecimal<quint64>(a[2].toString());
    const auto mtime = parseDecimal<qint64>(a[3].toString());
    if ((type != QLatin1String("file") && type != QLatin1String("folder")) || !size || !mtime)
        return QStringLiteral("unknown type, or a size or time that is not a decimal integer");
    e = {type == QLatin1String("file") ? SpacedropEntry::Type::File : SpacedropEntry::Type::Folder,
         a[1].toBool(), *size, *mtime, a[4].toString()};
    if (!e.isFile() && (e.size != 0 || e.executable))
        return QStringLiteral("a folder with a size or marked executable");
    QString why;
    return Spacedrop::isValidWirePath(e.path, &why) ? QString() : why;
}

SpacedropEntries entriesFromJson(Fields &f)
{
    const QJsonArray array = f.array("entries", -1);
    SpacedropEntries entries(f.ok() ? array.size() : 0);
    for (qsizetype i = 0; i < entries.size() && f.ok(); ++i) {
        const QString why = entryFromJson(array[i], entries[i]);
        f.check(why.isEmpty(), QStringLiteral("entry %1: %2").arg(i).arg(why));
    }
    return entries;
}

// The fields both kinds have; the other device is `who` (its identity) and `whoName`.
template<typename M>
void commonFromJson(Fields &f, M &m, RemoteIdentity &who, const char *whoKey, QString &name,
                    const char *nameKey)
{
    const auto isUuid = [](const QString &s) { return uuidText(QUuid::fromString(s)) == s; };
    const auto isIdentity
        = [](const QString &s) { return RemoteIdentity::fromText(s).has_value(); };
    const auto isI64 = [](const QString &s) { return parseDecimal<qint64>(s).has_value(); };
    // QUuid::fromString() accepts trailing junk, hence the comparison of spellings.
    m.id = QUuid::fromString(f.string("id", isUuid, "a lower-case UUID without braces"));
    f.check(!m.id.isNull(), QStringLiteral("\"id\" is the null UUID"));
    who = RemoteIdentity::fromText(f.string(whoKey, isIdentity, "an identity")).value_or(who);
    name = f.string(nameKey, isText, "text");
    m.message = f.string("message", isText, "text");
    m.createdMs = parseDecimal<qint64>(f.string("createdMs", isI64, "a decimal i64")).value_or(0);
    const auto isTime = [](const QString &s) { return parseDecimal<qint64>(s).value_or(-1) >= 0; };
    if (f.has("interruptedMs"))
        m.interruptedMs
            = parseDecimal<qint64>(f.string("interruptedMs", isTime, "a decimal i64 >= 0"))
                  .value_or(0);
    m.entries = entriesFromJson(f);
}

template<typename M> QJsonObject commonToJson(QLatin1String kind, const M &m)
{
    QJsonArray array;
    for (const SpacedropEntry &e : m.entries)
        array.append(QJsonArray{e.isFile() ? QStringLiteral("file") : QStringLiteral("folder"),
                                e.executable, QString::number(e.size), QString::number(e.mtimeMs),
                                e.path});
    QJsonObject object{{QLatin1String("format"), kFormat},
                       {QLatin1String("kind"), kind},
                       {QLatin1String("id"), uuidText(m.id)},
                       {QLatin1String("message"), m.message},
                       {QLatin1String("entries"), array},
                       {QLatin1String("createdMs"), QString::number(m.createdMs)}};
    if (m.interruptedMs != 0)
        object.insert(QLatin1String("interruptedMs"), QString::number(m.interruptedMs));
    return object;
}

// The object of a manifest file, of any kind; the size cap comes before the parser.
std::optional<QJsonObject> parseObject(QByteArrayView json, QString *why)
{
    QJsonParseError error{};
    QJsonDocument document;
    if (json.size() <= kMaxManifestBytes)
        document = QJsonDocument::fromJson(json.toByteArray(), &error);
    const bool ok = json.size() <= kMaxManifestBytes && document.isObject()
        && document.object().value(QLatin1String("format")) == kFormat;
    if (why && !ok)
        *why = json.size() > kMaxManifestBytes
            ? QStringLiteral("%1 bytes, over the cap of %2").arg(json.size()).arg(kMaxManifestBytes)
            : error.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON: %1 at %2").arg(error.errorString()).arg(error.offset)
            : QStringLiteral("not a JSON object with \"format\": %1").arg(kFormat);
    return ok ? std::optional(document.object()) : std::nullopt;
}

std::optional<IncomingManifest> incomingFrom(const QJsonObject &object, QString *why)
{
    Fields f(object);
    IncomingManifest m;
    f.check(object.value(QLatin1String("kind")) == kIncoming,
            QStringLiteral("\"kind\" is not \"incoming\""));
    commonFromJson(f, m, m.sender, "sender", m.senderName, "senderName");
    m.destination = f.string("destination", isAbsolutePath, "an absolute path");
    const QJsonArray paths = f.array("localPaths", m.entries.size());
    for (qsizetype i = 0; i < paths.size() && f.ok(); ++i) {
        m.localPaths.append(paths[i].toString());
        const QString problem = localPathProblem(m.localPaths.last());
        f.check(problem.isEmpty(), QStringLiteral("local path %1 %2").arg(i).arg(problem));
    }
    const double resume = f.value("resumeIndex", QJsonValue::Double).toDouble();
    f.check(resume >= 0 && resume <= m.entries.size() && resume == qint64(resume),
            QStringLiteral("\"resumeIndex\" is not 0 … the entry count"));
    m.resumeIndex = f.ok() ? quint32(resume) : 0;
    const QString digest = f.string("entriesDigest");
    m.entriesDigest = QByteArray::fromHex(digest.toLatin1());
    f.check(digest == QLatin1String(m.entriesDigest.toHex()) && m.entriesDigest.size() == 32,
            QStringLiteral("\"entriesDigest\" is not 64 lower-case hex digits"));
    // Last, as the most expensive check: it fails when the entry list was altered.
    if (f.ok())
        f.check(m.entriesDigest == entriesDigest(m.entries),
                QStringLiteral("\"entriesDigest\" does not match the entries"));
    return f.result(std::move(m), why);
}

std::optional<OutgoingManifest> outgoingFrom(const QJsonObject &object, QString *why)
{
    Fields f(object);
    OutgoingManifest m;
    f.check(object.value(QLatin1String("kind")) == kOutgoing,
            QStringLiteral("\"kind\" is not \"outgoing\""));
    commonFromJson(f, m, m.peer, "peer", m.peerName, "peerName");
    const QJsonArray paths = f.array("sourcePaths", m.entries.size());
    for (qsizetype i = 0; i < paths.size() && f.ok(); ++i) {
        const QString path = paths[i].toString();
        f.check(paths[i].isString() && QStringView(path).isValidUtf16() && isAbsolutePath(path),
                QStringLiteral("source path %1 is not an absolute path").arg(i));
        m.sourcePaths.append(path);
    }
    return f.result(std::move(m), why);
}

QString manifestPath(const QString &folder, const QUuid &id)
{
    return folder + QLatin1Char('/') + uuidText(id) + QLatin1String(".json");
}

bool save(const QString &folder, const QUuid &id, const QByteArray &json, QString *error)
{
    const QString path = manifestPath(folder, id);
    const QFileInfo info(folder);
    QSaveFile file(path);
    QString why;
    // The folder is created owner-only, so that nobody else can ever list it.
    if (id.isNull() || json.size() > kMaxManifestBytes) // it could not be loaded again
        why = QStringLiteral("a manifest without an id or over %1 bytes").arg(kMaxManifestBytes);
    else if (!info.isDir()
             && (info.exists() || info.isSymLink() || !QDir().mkpath(info.absolutePath())
                 || !QDir().mkdir(folder, kFolderMode)))
        why = QStringLiteral("cannot create the folder %1").arg(folder);
    else if (QFileInfo(path).isSymLink()) // QSaveFile would write to wherever it points
        why = QStringLiteral("%1 is a symbolic link").arg(path);
    else if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kFileMode)
             || file.write(json) != json.size() || !file.commit())
        why = QStringLiteral("cannot save %1: %2").arg(path, file.errorString());
    if (error)
        *error = why;
    return why.isEmpty();
}

// The object in one manifest file, which must be a regular file within the cap.
std::optional<QJsonObject> readObject(const QString &path, QString *why)
{
    const QFileInfo info(path);
    QFile file(path);
    if (info.isSymLink() || !info.isFile() || info.size() > kMaxManifestBytes)
        *why = QStringLiteral("not a regular file of at most %1 bytes").arg(kMaxManifestBytes);
    else if (!file.open(QIODevice::ReadOnly))
        *why = file.errorString();
    else
        return parseObject(file.read(kMaxManifestBytes + 1), why);
    return std::nullopt;
}

// Every "*.json" file in folder whose kind is `kind`, parsed by parse. Files of the other kind
// are skipped; anything else that fails is reported and left where it is.
template<typename M, typename Parse>
QList<M> load(const QString &folder, QLatin1String kind, Parse parse, QStringList *problems)
{
    QList<M> out;
    const QStringList names = QDir(folder).entryList(
        {QStringLiteral("*.json")},
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder + QLatin1Char('/') + name;
        QString why;
        const auto object = readObject(path, &why);
        const QJsonValue fileKind = object ? object->value(QLatin1String("kind")) : QJsonValue();
        if (object && fileKind != kind && (fileKind == kIncoming || fileKind == kOutgoing))
            continue;
        std::optional<M> m = object ? parse(*object, &why) : std::nullopt;
        if (m && name != uuidText(m->id) + QLatin1String(".json"))
            why = QStringLiteral("holds transfer %1, not the one its name says")
                      .arg(uuidText(m->id));
        else if (m)
            out.append(std::move(*m));
        if (!why.isEmpty() && problems)
            problems->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return out;
}

} // namespace

QByteArray IncomingManifest::toJson() const
{
    QJsonObject object = commonToJson(kIncoming, *this);
    object.insert(QLatin1String("sender"), sender.toText());
    object.insert(QLatin1String("senderName"), senderName);
    object.insert(QLatin1String("destination"), destination);
    object.insert(QLatin1String("localPaths"), QJsonArray::fromStringList(localPaths));
    object.insert(QLatin1String("entriesDigest"), QLatin1String(entriesDigest.toHex()));
    object.insert(QLatin1String("resumeIndex"), qint64(resumeIndex));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<IncomingManifest> IncomingManifest::fromJson(QByteArrayView json, QString *why)
{
    const auto object = parseObject(json, why);
    return object ? incomingFrom(*object, why) : std::nullopt;
}

QByteArray OutgoingManifest::toJson() const
{
    QJsonObject object = commonToJson(kOutgoing, *this);
    object.insert(QLatin1String("peer"), peer.toText());
    object.insert(QLatin1String("peerName"), peerName);
    object.insert(QLatin1String("sourcePaths"), QJsonArray::fromStringList(sourcePaths));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OutgoingManifest> OutgoingManifest::fromJson(QByteArrayView json, QString *why)
{
    const auto object = parseObject(json, why);
    return object ? outgoingFrom(*object, why) : std::nullopt;
}

QByteArray entriesDigest(const SpacedropEntries &entries)
{
    Sha256 sha;
    for (const QByteArray &message : Spacedrop::EntryBatch::encodeAll(entries))
        sha.addData(message);
    return sha.result();
}

ManifestStore::ManifestStore(QString folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{ }

bool ManifestStore::saveIncoming(const IncomingManifest &manifest, QString *error)
{
    return save(m_folder, manifest.id, manifest.toJson(), error);
}

bool ManifestStore::saveOutgoing(const OutgoingManifest &manifest, QString *error)
{
    return save(m_folder, manifest.id, manifest.toJson(), error);
}

void ManifestStore::remove(const QUuid &id)
{
    if (!id.isNull())
        QFile::remove(manifestPath(m_folder, id));
}

QList<IncomingManifest> ManifestStore::loadIncoming(QStringList *problems) const
{
    return load<IncomingManifest>(m_folder, kIncoming, incomingFrom, problems);
}

QList<OutgoingManifest> ManifestStore::loadOutgoing(QStringList *problems) const
{
    return load<OutgoingManifest>(m_folder, kOutgoing, outgoingFrom, problems);
}

} // namespace Ferry::Net
