#include "net/operations/spacedrop/destinationplan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Ferry::Net {

namespace {

constexpr qsizetype kMaxNameBytes = 255; // NAME_MAX of ext4, APFS, …
// A file's name leaves room for its ".part" twin, which must fit in NAME_MAX too.
constexpr qsizetype kMaxFileNameBytes = kMaxNameBytes - 5;
// A longer "extension" is not one: the name is cut from its end like a name without a dot.
constexpr qsizetype kMaxExtensionBytes = 64;

qsizetype utf8Size(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += utf8Size(char32_t(c));
        }
    }
    return bytes;
}

// The longest prefix of text that is at most maxBytes of UTF-8, ending at a code point boundary.
QStringView cutUtf8(QStringView text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair
            = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const qsizetype size = pair ? 4 : utf8Size(char32_t(text[i].unicode()));
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        i += pair ? 2 : 1;
    }
    return text.left(i);
}

// Where the extension starts (its dot), or -1: not a leading dot, not a final dot, not too long.
qsizetype extensionStart(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1 || utf8Size(name.mid(dot)) > kMaxExtensionBytes)
        return -1;
    return dot;
}

// Cuts name to maxBytes keeping its extension (the stem is cut instead).
QString fitName(const QString &name, qsizetype maxBytes, QStringView suffix = {})
{
    const qsizetype room = maxBytes - utf8Size(suffix);
    const qsizetype dot = extensionStart(name);
    QString out;
    if (dot < 0)
        return out.append(cutUtf8(name, room)).append(suffix);
    const QStringView extension = QStringView(name).mid(dot);
    return out.append(cutUtf8(QStringView(name).left(dot), room - utf8Size(extension)))
        .append(suffix)
        .append(extension);
}

// Characters common file systems refuse, control characters, and the bidirectional embedding,
// override and isolate controls (U+202A–U+202E, U+2066–U+2069): "invoice\u202Efdp.exe" shows as
// "invoiceexe.pdf", a spoofing trick with no place in a file name. Lone surrogates (which UTF-8
// cannot carry) go too.
bool isRefused(char16_t c)
{
    switch (c) {
    case u'\\':
    case u'/':
    case u':':
    case u'*':
    case u'?':
    case u'"':
    case u'<':
    case u'>':
    case u'|':
        return true;
    default:
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069);
    }
}

QString replaceRefused(const QString &component)
{
    QString out = component;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar ch = out[i];
        if (ch.isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate())
            ++i;
        else if (ch.isSurrogate() || isRefused(ch.unicode()))
            out[i] = u'_';
    }
    return out;
}

void stripTrailingDotsAndSpaces(QString &name)
{
    qsizetype end = name.size();
    while (end > 0 && (name[end - 1] == u'.' || name[end - 1] == u' '))
        --end;
    name.truncate(end);
}

// Windows treats these as devices whatever the extension ("CON.tar.gz") and ignores spaces
// before the first dot ("CON .txt"). A superset of §13.4's list: COM0, LPT0, the superscript
// digits ¹²³ and CONIN$/CONOUT$ are reserved too on current Windows.
bool isDeviceName(QStringView name)
{
    QStringView stem = name.left(name.indexOf(u'.')); // whole name when there is no dot
    while (stem.endsWith(u' '))
        stem.chop(1);
    if (stem.size() == 3) {
        for (const char *device : {"CON", "PRN", "AUX", "NUL"}) {
            if (stem.compare(QLatin1String(device), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    if (stem.size() == 4) {
        const QStringView prefix = stem.left(3);
        const char16_t digit = stem[3].unicode();
        const bool port = prefix.compare(u"COM", Qt::CaseInsensitive) == 0
            || prefix.compare(u"LPT", Qt::CaseInsensitive) == 0;
        return port
            && ((digit >= u'0' && digit <= u'9') || digit == u'\u00B9' || digit == u'\u00B2'
                || digit == u'\u00B3');
    }
    return stem.compare(u"CONIN$", Qt::CaseInsensitive) == 0
        || stem.compare(u"CONOUT$", Qt::CaseInsensitive) == 0;
}

QString sanitize(const QString &component, qsizetype maxBytes)
{
    QString out = replaceRefused(component);
    for (;;) {
        stripTrailingDotsAndSpaces(out);
        if (isDeviceName(out))
            out.prepend(u'_');
        if (out.isEmpty())
            out = QStringLiteral("_");
        if (utf8Size(out) <= maxBytes)
            return out;
        // The cut may leave trailing spaces or a device name ("CON" + 300 spaces + "x"): again.
        out = fitName(out, maxBytes);
    }
}

// How names are compared. Unicode case folding, full (toUpper first: Qt's toCaseFolded() is the
// simple folding, which keeps "ß" apart from "SS"), of the canonical decomposition, recomposed:
// so "Straße"/"STRASSE" and NFC "é"/NFD "e\u0301" collide. macOS file systems treat the NFC and
// NFD forms as one name, and elsewhere two names that look identical are a trap; the names keep
// the spelling the sender chose, only the comparison normalises.
QString foldKey(const QString &name)
{
    const bool ascii
        = std::all_of(name.begin(), name.end(), [](QChar ch) { return ch.unicode() < 0x80; });
    if (ascii)
        return name.toLower();
    return name.normalized(QString::NormalizationForm_D)
        .toUpper()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

QString numbered(const QString &name, int n, bool isFolder, qsizetype maxBytes)
{
    const QString suffix = QLatin1String(" (") + QString::number(n) + QLatin1Char(')');
    if (isFolder)
        return cutUtf8(name, maxBytes - utf8Size(suffix)).toString() + suffix;
    return fitName(name, maxBytes, suffix);
}

QString join(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

struct Folder
{
    QString localPath; // "" for the destination itself
    QHash<QString, int> subfolders; // the sender's component → index of the planned folder
    QHash<QString, bool> taken; // folded names in use here → whether a file has it
    QHash<QString, int> nextNumber; // kind + folded name → the first " (n)" not tried yet
};

class Planner
{
public:
    explicit Planner(const DestinationPlan::ExistsFn &exists) : m_exists(exists)
    {
        m_folders.emplace_back();
    }

    // The local path of entry; appends the folders it creates to created.
    QString place(const SpacedropEntry &entry, QStringList &created)
    {
        // Empty pieces ("a//b", "/a", "") cannot come from a valid wire path; dropping them keeps
        // the result relative. "." and ".." become "_" in sanitizeComponent().
        QList<QStringView> parts = QStringView(entry.path).split(u'/', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            parts.append(QStringView(u"_"));
        int folder = 0;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            folder = subfolder(folder, parts[i], created);
        if (!entry.isFile())
            return m_folders[subfolder(folder, parts.last(), created)].localPath;
        const QString name = sanitize(parts.last().toString(), kMaxFileNameBytes);
        return join(m_folders[folder].localPath, claim(folder, name, false));
    }

private:
    // The planned folder for the sender's folder component raw inside parent: one folder however
    // often the sender names it, a fresh one (with a unique name) the first time.
    int subfolder(int parent, QStringView raw, QStringList &created)
    {
        const QString key = raw.toString();
        const auto found = m_folders[parent].subfolders.constFind(key);
        if (found != m_folders[parent].subfolders.constEnd())
            return *found;
        const QString name = claim(parent, sanitizeComponent(key), true);
        Folder child;
        child.localPath = join(m_folders[parent].localPath, name);
        created.append(child.localPath);
        m_folders.push_back(std::move(child));
        const int index = int(m_folders.size() - 1);
        m_folders[parent].subfolders.insert(key, index);
        return index;
    }

    // Free: no name here folds alike, the name is not the ".part" twin of a file here, a file's
    // own twin is free too, and at the top the destination holds neither the name nor its twin.
    bool isFree(const Folder &folder, bool topLevel, const QString &name, const QString &key,
                bool isFolder) const
    {
        const QLatin1String part(".part");
        if (folder.taken.contains(key) || (!isFolder && folder.taken.contains(key + part)))
            return false;
        if (key.endsWith(part) && folder.taken.value(key.chopped(part.size()), false))
            return false;
        return !topLevel || !(m_exists(name) || m_exists(name + part));
    }

    // Takes name, or the first "name (n)" that is free, in folder.
    QString claim(int index, const QString &name, bool isFolder)
    {
        Folder &folder = m_folders[index];
        const bool topLevel = index == 0;
        QString key = foldKey(name);
        QString chosen = name;
        if (!isFree(folder, topLevel, chosen, key, isFolder)) {
            // Numbers below the hint were all taken before: 100 000 copies of one name stay linear.
            int &n = folder.nextNumber[QChar(isFolder ? u'/' : u'f') + key];
            for (n = qMax(n, 1);; ++n) {
                chosen = numbered(name, n, isFolder, isFolder ? kMaxNameBytes : kMaxFileNameBytes);
                key = foldKey(chosen);
                if (isFree(folder, topLevel, chosen, key, isFolder))
                    break;
            }
            ++n;
        }
        folder.taken.insert(key, !isFolder);
        return chosen;
    }

    const DestinationPlan::ExistsFn &m_exists;
    std::deque<Folder> m_folders; // [0]: the destination; a deque keeps references stable
};

// Whether anything, a dangling symbolic link included, has this path.
bool pathTaken(const QString &path)
{
#ifdef Q_OS_UNIX
    // An error other than "no such file" (EACCES, ENAMETOOLONG, …) says "free": creating the file
    // (O_EXCL) or the folder then fails safely, where "taken" could rename forever.
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
#else
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
#endif
}

} // namespace

QString sanitizeComponent(const QString &component)
{
    return sanitize(component, kMaxNameBytes);
}

QString numberedName(const QString &name, int n, bool isFolder)
{
    return numbered(name, n, isFolder, kMaxNameBytes);
}

DestinationPlan DestinationPlan::make(const QString &destination, const SpacedropEntries &entries)
{
    // Listing the folder once makes the check case-insensitive (foldKey) on case-sensitive file
    // systems too; lstat() catches what the listing missed (a name created meanwhile).
    QSet<QString> present;
    QDirIterator it(destination,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        present.insert(foldKey(it.fileName()));
    }
    const QString prefix = destination + u'/';
    return make(entries, [&](const QString &name) {
        return present.contains(foldKey(name)) || pathTaken(prefix + name);
    });
}

DestinationPlan DestinationPlan::make(const SpacedropEntries &entries, const ExistsFn &exists)
{
    const ExistsFn nothing = [](const QString &) { return false; };
    Planner planner(exists ? exists : nothing);
    DestinationPlan plan;
    plan.m_localPaths.reserve(entries.size());
    for (const SpacedropEntry &entry : entries)
        plan.m_localPaths.append(planner.place(entry, plan.m_folders));
    return plan;
}

} // namespace Ferry::Net
