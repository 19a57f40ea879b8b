// libFuzzer target: the manifest files of unfinished Spacedrop transfers, read back from disk as
// untrusted input (IncomingManifest / OutgoingManifest::fromJson). An accepted manifest holds only
// what the rules allow (checked here independently where that is cheap), re-serialises to JSON
// that parses to the same manifest, and serialises the same way twice.
#include "fuzzcheck.h"
#include "net/operations/spacedrop/destinationplan.h"
#include "net/operations/spacedrop/spacedropmessage.h"
#include "net/operations/spacedrop/transfermanifest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Ferry::Net;
using namespace FuzzSupport;

namespace {

template<typename M> bool sameCommon(const M &a, const M &b)
{
    return a.id == b.id && a.message == b.message && a.entries == b.entries
        && a.createdMs == b.createdMs;
}

void checkEntries(const SpacedropEntries &entries)
{
    FUZZ_CHECK(entries.size() <= qsizetype(Spacedrop::kMaxEntryCount));
    for (const SpacedropEntry &e : entries) {
        FUZZ_CHECK(e.type == SpacedropEntry::Type::File || e.type == SpacedropEntry::Type::Folder);
        FUZZ_CHECK(e.isFile() || (e.size == 0 && !e.executable));
        FUZZ_CHECK(Spacedrop::isValidWirePath(e.path));
        FUZZ_CHECK(isProtocolText(e.path));
    }
}

// A stored local path: relative, and no component that could leave the destination.
void checkLocalPath(const QString &path)
{
    FUZZ_CHECK(!path.isEmpty() && !path.startsWith(u'/') && QDir::isRelativePath(path));
    for (const QString &part : path.split(u'/')) {
        FUZZ_CHECK(!part.isEmpty() && part != u"." && part != u"..");
        FUZZ_CHECK(!part.contains(u'\\') && !part.contains(u':') && isProtocolText(part));
        FUZZ_CHECK(part.toUtf8().size() <= 255);
        FUZZ_CHECK(sanitizeComponent(part) == part);
    }
}

void checkIncoming(const IncomingManifest &m)
{
    FUZZ_CHECK(!m.id.isNull() && !m.sender.isNull());
    FUZZ_CHECK(QDir::isAbsolutePath(m.destination));
    checkEntries(m.entries);
    FUZZ_CHECK(m.localPaths.size() == m.entries.size());
    for (const QString &path : m.localPaths)
        checkLocalPath(path);
    FUZZ_CHECK(m.resumeIndex <= quint32(m.entries.size()));
    FUZZ_CHECK(m.entriesDigest == entriesDigest(m.entries));

    const QByteArray json = m.toJson();
    QString why = QStringLiteral("unset");
    const auto again = IncomingManifest::fromJson(json, &why);
    FUZZ_CHECK(again.has_value() && why.isEmpty());
    FUZZ_CHECK(sameCommon(*again, m) && again->sender == m.sender
               && again->senderName == m.senderName && again->destination == m.destination
               && again->localPaths == m.localPaths && again->entriesDigest == m.entriesDigest
               && again->resumeIndex == m.resumeIndex);
    FUZZ_CHECK(again->toJson() == json);
    FUZZ_CHECK(!OutgoingManifest::fromJson(json));
}

void checkOutgoing(const OutgoingManifest &m)
{
    FUZZ_CHECK(!m.id.isNull() && !m.peer.isNull());
    checkEntries(m.entries);
    FUZZ_CHECK(m.sourcePaths.size() == m.entries.size());
    for (const QString &path : m.sourcePaths)
        FUZZ_CHECK(QDir::isAbsolutePath(path) && !path.contains(QChar(0)));

    const QByteArray json = m.toJson();
    const auto again = OutgoingManifest::fromJson(json);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(sameCommon(*again, m) && again->peer == m.peer && again->peerName == m.peerName
               && again->sourcePaths == m.sourcePaths);
    FUZZ_CHECK(again->toJson() == json);
    FUZZ_CHECK(!IncomingManifest::fromJson(json));
}

// Mutated entries hardly ever come with their own SHA-256, which would stop every mutated
// incoming manifest at the digest check. This gives the object the digest of its entries (read
// through an outgoing manifest made around them), so that the checks after it are fuzzed too.
QByteArray withMatchingDigest(QByteArrayView input)
{
    QJsonObject object = QJsonDocument::fromJson(input.toByteArray()).object();
    const QJsonValue entries = object.value(QLatin1String("entries"));
    if (!entries.isArray() || entries.toArray().size() > 10'000)
        return {};
    QJsonArray sources;
    for (qsizetype i = 0; i < entries.toArray().size(); ++i)
        sources.append(QStringLiteral("/s"));
    const QJsonObject probe{
        {QLatin1String("format"), 1},
        {QLatin1String("kind"), QStringLiteral("outgoing")},
        {QLatin1String("id"), QStringLiteral("00000000-0000-4000-8000-000000000001")},
        {QLatin1String("peer"), QString(52, u'a')},
        {QLatin1String("peerName"), QString()},
        {QLatin1String("message"), QString()},
        {QLatin1String("createdMs"), QStringLiteral("0")},
        {QLatin1String("entries"), entries},
        {QLatin1String("sourcePaths"), sources}};
    const auto parsed = OutgoingManifest::fromJson(QJsonDocument(probe).toJson());
    if (!parsed)
        return {};
    object.insert(QLatin1String("entriesDigest"),
                  QString::fromLatin1(entriesDigest(parsed->entries).toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void checkInput(QByteArrayView input)
{
    QString why;
    const auto incoming = IncomingManifest::fromJson(input, &why);
    FUZZ_CHECK(incoming.has_value() == why.isEmpty());
    if (incoming)
        checkIncoming(*incoming);
    const auto outgoing = OutgoingManifest::fromJson(input, &why);
    FUZZ_CHECK(outgoing.has_value() == why.isEmpty());
    if (outgoing)
        checkOutgoing(*outgoing);
    FUZZ_CHECK(!(incoming && outgoing));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    checkInput(input);
    const QByteArray patched = withMatchingDigest(input);
    if (!patched.isEmpty())
        checkInput(patched);
    return 0;
}
