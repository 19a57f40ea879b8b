#pragma once

#include "net/decoderesult.h"

#include <QByteArray>
#include <QMetaType>

// DecodeStatus in QTest data tables (QFETCH) and readable QCOMPARE failures.
Q_DECLARE_METATYPE(Ferry::Net::DecodeStatus)

namespace Ferry::Net {
// In the enum's own namespace, so that QCOMPARE finds it by argument-dependent lookup.
inline char *toString(DecodeStatus status)
{
    const char *names[] = {"Ok", "NeedMore", "Invalid", "TooLarge"};
    return qstrdup(names[int(status)]);
}
} // namespace Ferry::Net
