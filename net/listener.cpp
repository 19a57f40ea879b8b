#include "net/listener.h"

namespace Ferry::Net {

void Listener::incomingConnection(qintptr socketDescriptor)
{
    Q_EMIT accepted(socketDescriptor);
}

} // namespace Ferry::Net
