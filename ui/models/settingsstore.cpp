#include "ui/models/settingsstore.h"

#include "net/peermetadata.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

#include <algorithm>
#include <optional>

namespace Ferry::Ui {

namespace {

// INI keys. Renaming one loses the user's setting: add, never rename.
const QString kDeviceName = QStringLiteral("device/name");
const QString kDownloadFolder = QStringLiteral("transfers/downloadFolder");
const QString kRequestTimeout = QStringLiteral("transfers/requestTimeoutSeconds");
const QString kNetworking = QStringLiteral("network/enabled");
const QString kInterfaces = QStringLiteral("network/discoveryInterfaces");
const QString kListenPort = QStringLiteral("network/listenPort");
const QString kStartMinimised = QStringLiteral("ui/startMinimised");
const QString kLanguage = QStringLiteral("ui/language");

constexpr qsizetype kMaxPath = 4096;
constexpr qsizetype kMaxInterfaceName = 64; // Linux allows 15, Windows GUIDs take 38
constexpr int kMaxInterfaces = 64;

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    });
}

// A scalar as QSettings reads it back from INI: a string (a list, from "a, b", is not one).
std::optional<QString> scalar(const QVariant &value)
{
    if (!value.isValid() || value.typeId() == QMetaType::QStringList
        || value.typeId() == QMetaType::QVariantList || !value.canConvert<QString>())
        return std::nullopt;
    return value.toString().trimmed();
}

std::optional<bool> toBool(const QVariant &value)
{
    const QString text = scalar(value).value_or(QString()).toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<qint64> toInteger(const QVariant &value)
{
    bool ok = false;
    const qint64 number = scalar(value).value_or(QString()).toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

// Anything that fits the device name of a HELLO unchanged; else the default (the host name).
QString validName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || hasControl(trimmed)
        || trimmed.toUtf8().size() > Net::PeerMetadata::kMaxName)
        return {};
    return trimmed;
}

QString validFolder(const QString &folder)
{
    if (folder.isEmpty() || folder.size() > kMaxPath || hasControl(folder)
        || !QDir::isAbsolutePath(folder))
        return {};
    return QDir::cleanPath(folder);
}

// Interface names as the OS spells them ("eth0", "wlp2s0", "en0", "{GUID}", "vlan@1"): bad ones
// are dropped, the rest kept in order, once each.
QStringList validInterfaces(const QStringList &names)
{
    static const QRegularExpression sane(QStringLiteral("^[A-Za-z0-9_.:@{}\\-]+$"));
    QStringList kept;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.size() <= kMaxInterfaceName && sane.match(name).hasMatch() && !kept.contains(name)
            && kept.size() < kMaxInterfaces)
            kept.append(name);
    }
    return kept;
}

QStringList toList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    if (const std::optional<QString> one = scalar(value); one && !one->isEmpty())
        return {*one};
    return {};
}

QString validLanguage(const QString &language)
{
    static const QRegularExpression locale(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return locale.match(language).hasMatch() ? language : QString();
}

int validPort(qint64 port, int fallback)
{
    return port >= 0 && port <= 65535 ? int(port) : fallback;
}

int validTimeout(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, AppSettings::kMinRequestTimeout,
                                  AppSettings::kMaxRequestTimeout));
}

// settings with every value that would not load replaced by its default.
AppSettings validated(const AppSettings &settings)
{
    const AppSettings defaults;
    AppSettings v;
    v.deviceName = validName(settings.deviceName);
    v.downloadFolder = validFolder(settings.downloadFolder);
    v.networkingEnabled = settings.networkingEnabled;
    v.discoveryInterfaces = validInterfaces(settings.discoveryInterfaces);
    v.listenPort = validPort(settings.listenPort, defaults.listenPort);
    v.requestTimeoutSeconds = validTimeout(settings.requestTimeoutSeconds);
    v.startMinimised = settings.startMinimised;
    v.language = validLanguage(settings.language);
    return v;
}

} // namespace

SettingsStore::SettingsStore(const QString &filePath) : m_path(filePath) { }

AppSettings SettingsStore::load() const
{
    const QSettings ini(m_path, QSettings::IniFormat);
    const AppSettings defaults;
    AppSettings s;
    s.deviceName = validName(scalar(ini.value(kDeviceName)).value_or(QString()));
    s.downloadFolder = validFolder(scalar(ini.value(kDownloadFolder)).value_or(QString()));
    s.networkingEnabled = toBool(ini.value(kNetworking)).value_or(defaults.networkingEnabled);
    s.discoveryInterfaces = validInterfaces(toList(ini.value(kInterfaces)));
    s.listenPort = validPort(toInteger(ini.value(kListenPort)).value_or(defaults.listenPort),
                             defaults.listenPort);
    s.requestTimeoutSeconds = validTimeout(
        toInteger(ini.value(kRequestTimeout)).value_or(defaults.requestTimeoutSeconds));
    s.startMinimised = toBool(ini.value(kStartMinimised)).value_or(defaults.startMinimised);
    s.language = validLanguage(scalar(ini.value(kLanguage)).value_or(QString()));
    return s;
}

bool SettingsStore::save(const AppSettings &settings) const
{
    const AppSettings v = validated(settings);
    QSettings ini(m_path, QSettings::IniFormat);
    ini.setValue(kDeviceName, v.deviceName);
    ini.setValue(kDownloadFolder, v.downloadFolder);
    ini.setValue(kNetworking, v.networkingEnabled);
    ini.setValue(kInterfaces, v.discoveryInterfaces);
    ini.setValue(kListenPort, v.listenPort);
    ini.setValue(kRequestTimeout, v.requestTimeoutSeconds);
    ini.setValue(kStartMinimised, v.startMinimised);
    ini.setValue(kLanguage, v.language);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

} // namespace Ferry::Ui
