#include "app/control/nodeinfo.h"

namespace Ferry::App {

QString nodeKindName(NodeInfo::Kind kind)
{
    switch (kind) {
    case NodeInfo::Kind::Gui:
        return QStringLiteral("gui");
    case NodeInfo::Kind::Headless:
        return QStringLiteral("headless");
    case NodeInfo::Kind::Cli:
        break;
    }
    return QStringLiteral("cli");
}

QString describeNode(const NodeInfo &info)
{
    switch (info.kind) {
    case NodeInfo::Kind::Gui:
        return QStringLiteral("the Ferry window (pid %1)").arg(info.pid);
    case NodeInfo::Kind::Headless:
        return QStringLiteral("ferry --headless (pid %1)").arg(info.pid);
    case NodeInfo::Kind::Cli:
        break;
    }
    return QStringLiteral("ferry %1 (pid %2)").arg(info.command).arg(info.pid);
}

} // namespace Ferry::App
