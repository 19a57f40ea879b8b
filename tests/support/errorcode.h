#pragma once

#include "net/errorcode.h"

#include <QByteArray>

namespace Ferry::Net {
// Readable QCOMPARE failures. In the enum's own namespace, so that QCOMPARE finds it by
// argument-dependent lookup.
inline char *toString(ErrorCode code)
{
    return qstrdup(errorCodeName(code).toLatin1().constData());
}
} // namespace Ferry::Net
