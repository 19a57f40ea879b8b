#pragma once

#include <QString>
#include <QStringList>

namespace Ferry::Ui {

// What the user can set in the desktop app (Settings dialog), as one value. Stored with
// QSettings by SettingsStore. Empty strings and 0 mean "the default" where noted.
struct AppSettings
{
    QString deviceName; // empty: the host name
    QString downloadFolder; // empty: ~/Downloads (or home when it does not exist)
    bool networkingEnabled = true; // off: no listening, no discovery, no transfers
    QStringList discoveryInterfaces; // empty: every interface
    int listenPort = 0; // 0: the default port (47474), falling back to a free one
    int requestTimeoutSeconds = 60; // an unanswered incoming request is declined after this
    bool startMinimised = false; // start in the tray (when one exists)
    QString language; // empty: the system's; else a locale name such as "de" or "pt_BR"

    static constexpr int kMinRequestTimeout = 10;
    static constexpr int kMaxRequestTimeout = 3600;

    // C++17: no defaulted comparison. Keep it in step with the members.
    friend bool operator==(const AppSettings &a, const AppSettings &b)
    {
        return a.deviceName == b.deviceName && a.downloadFolder == b.downloadFolder
            && a.networkingEnabled == b.networkingEnabled
            && a.discoveryInterfaces == b.discoveryInterfaces && a.listenPort == b.listenPort
            && a.requestTimeoutSeconds == b.requestTimeoutSeconds
            && a.startMinimised == b.startMinimised && a.language == b.language;
    }
    friend bool operator!=(const AppSettings &a, const AppSettings &b) { return !(a == b); }
};

} // namespace Ferry::Ui
