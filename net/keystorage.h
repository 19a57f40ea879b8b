#pragma once

#include <QMetaType>
#include <QString>

namespace Ferry::Net {

// Where this device's private key is kept, as reported by IdentityStore::loaded().
struct KeyStorage
{
    enum class Where {
        Keychain, // the system keychain (Secret Service)
        FallbackFile, // a file readable only by the user, because the keychain was not usable
    };

    Where where = Where::Keychain;
    QString location; // human text, e.g. "Secret Service keychain" or "file in ~/.local/…"
    // Non-empty exactly when the key is in the fallback file: why the keychain was not usable,
    // and that the key is in a file readable only by the user. Shown to the user, never hidden.
    QString warning;
    bool created = false; // a new identity was made during this run
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::KeyStorage)
