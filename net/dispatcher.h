#pragma once

#include <QHash>
#include <QList>

namespace Ferry::Net {

class OperationHandler;
class Stream;

// The single table from Header tag to the handler that serves it (docs/PROTOCOL.md §7).
class Dispatcher
{
public:
    void registerHandler(quint16 tag, OperationHandler *handler);
    // Hands the stream to its handler, or resets it with UnknownOperation.
    void dispatch(Stream *stream) const;
    QList<quint16> tags() const;

private:
    QHash<quint16, OperationHandler *> m_handlers;
};

} // namespace Ferry::Net
