#include "app/connectorreport.h"

#include "app/control/nodeconnector.h"

namespace Ferry::App {

void reportConnectorProblems(NodeConnector *connector, QObject *context,
                             std::function<void(const QString &)> printLine,
                             std::function<void(int)> finish)
{
    QObject::connect(connector, &NodeConnector::failed, context,
                     [printLine, finish](const QString &reason) {
                         printLine(QStringLiteral("ferry: %1").arg(reason));
                         finish(1);
                     });
    QObject::connect(connector, &NodeConnector::warned, context,
                     [printLine](const QString &warning) {
                         printLine(QStringLiteral("ferry: warning: %1").arg(warning));
                     });
}

} // namespace Ferry::App
