#pragma once

#include "ui/models/peerlistmodel.h"

#include <QIcon>

namespace Ferry::Ui {

// Ferry's icons: the desktop theme's icon when it has one of that meaning (so Ferry looks at home
// in light and dark themes), else the SVG shipped in resources/icons (scales to any DPI).
class Icons
{
public:
    enum class Action {
        Send,
        SendFolder,
        Pause,
        Resume,
        Cancel,
        Retry,
        Folder,
        ShowFile,
        Remove,
        Incoming,
        Outgoing,
        Settings,
        About,
        Quit
    };

    static QIcon app(); // always ours: it is Ferry's brand
    static QIcon tray();
    static QIcon device(PeerListModel::DeviceKind kind);
    static QIcon action(Action action);
    // The SVG alone, for tests and for places where the theme's icon would not fit.
    static QIcon bundled(const QString &name);
};

} // namespace Ferry::Ui
