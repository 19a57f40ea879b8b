#include "net/secretstore.h"

namespace Ferry::Net {

QString secretStatusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return QStringLiteral("Ok");
    case SecretStore::Status::NotFound:
        return QStringLiteral("NotFound");
    case SecretStore::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case SecretStore::Status::TimedOut:
        return QStringLiteral("TimedOut");
    case SecretStore::Status::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("Unknown(%1)").arg(int(status));
}

} // namespace Ferry::Net
