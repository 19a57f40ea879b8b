#include "ui/icons.h"

namespace Ferry::Ui {

namespace {

QIcon themed(const char *themeName, const char *ours)
{
    return QIcon::fromTheme(QLatin1String(themeName), Icons::bundled(QLatin1String(ours)));
}

} // namespace

QIcon Icons::bundled(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon Icons::app()
{
    return bundled(QStringLiteral("ferry"));
}

QIcon Icons::tray()
{
    return bundled(QStringLiteral("ferry-tray"));
}

QIcon Icons::device(PeerListModel::DeviceKind kind)
{
    using Kind = PeerListModel::DeviceKind;
    switch (kind) {
    case Kind::Computer:
        return themed("computer", "computer");
    case Kind::Laptop:
        return themed("computer-laptop", "laptop");
    case Kind::Phone:
        return themed("phone", "phone");
    case Kind::Tablet:
        return themed("tablet", "tablet");
    case Kind::Server:
        return themed("network-server", "server");
    case Kind::Unknown:
        break;
    }
    return bundled(QStringLiteral("unknown"));
}

QIcon Icons::action(Action action)
{
    switch (action) {
    case Action::Send:
        return themed("document-send", "send");
    case Action::SendFolder:
        return themed("folder-remote", "folder");
    case Action::Pause:
        return themed("media-playback-pause", "pause");
    case Action::Resume:
        return themed("media-playback-start", "resume");
    case Action::Cancel:
        return themed("process-stop", "cancel");
    case Action::Retry:
        return themed("view-refresh", "retry");
    case Action::Folder:
        return themed("folder-open", "folder");
    case Action::ShowFile:
        return themed("document-open", "folder");
    case Action::Remove:
        return themed("edit-clear", "cancel");
    case Action::Incoming:
        return bundled(QStringLiteral("incoming"));
    case Action::Outgoing:
        return bundled(QStringLiteral("outgoing"));
    case Action::Settings:
        return themed("preferences-system", "settings");
    case Action::About:
        return QIcon::fromTheme(QStringLiteral("help-about"), app());
    case Action::Quit:
        return QIcon::fromTheme(QStringLiteral("application-exit"));
    }
    return {};
}

} // namespace Ferry::Ui
