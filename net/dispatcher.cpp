#include "net/dispatcher.h"

#include "net/operationhandler.h"
#include "net/stream.h"

#include <algorithm>

namespace Ferry::Net {

void Dispatcher::registerHandler(quint16 tag, OperationHandler *handler)
{
    Q_ASSERT(tag != 0);
    m_handlers.insert(tag, handler);
}

void Dispatcher::dispatch(Stream *stream) const
{
    const quint16 tag = stream->header().tag;
    if (OperationHandler *handler = m_handlers.value(tag))
        return handler->handleStream(stream);
    stream->reset(
        ErrorCode::UnknownOperation,
        QStringLiteral("operation 0x%1 is not served here").arg(tag, 4, 16, QLatin1Char('0')));
}

QList<quint16> Dispatcher::tags() const
{
    QList<quint16> tags = m_handlers.keys();
    std::sort(tags.begin(), tags.end());
    return tags;
}

} // namespace Ferry::Net
