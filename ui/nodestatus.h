#pragma once

#include "net/keystorage.h"
#include "net/remoteidentity.h"

#include <QString>

namespace Ferry::Ui {

// What the window shows about this device's node; set by the composition root whenever the node
// starts, stops or fails.
struct NodeStatus
{
    bool running = false; // listening and discovering
    QString deviceName;
    Net::RemoteIdentity identity;
    quint16 port = 0; // TCP port the node listens on (0 while not running)
    QString error; // why the node is not running, when it failed; empty otherwise
    Net::KeyStorage keyStorage;
};

} // namespace Ferry::Ui
