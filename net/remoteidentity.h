#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ferry::Net {

// A peer's identity: its raw 32-byte Ed25519 public key (docs/PROTOCOL.md §2). This is the only
// thing that identifies a peer; never an address or a name.
class RemoteIdentity
{
public:
    static constexpr qsizetype kSize = 32;

    RemoteIdentity() = default;
    // Empty (isNull) unless raw is exactly kSize bytes.
    static RemoteIdentity fromRawKey(const QByteArray &raw);
    // Parses the 52-character base32 text form, case-insensitive; nullopt on anything else.
    static std::optional<RemoteIdentity> fromText(const QString &text);

    bool isNull() const { return m_key.isEmpty(); }
    const QByteArray &rawKey() const { return m_key; }

    QString toText() const; // 52 chars, lower-case base32, no padding
    QString shortText() const; // "xxxx-xxxx": for display and prefix matching only
    QString fingerprint() const; // "3B0C 44A2 …": 8 groups of 4 hex of SHA-256(key)

    friend bool operator==(const RemoteIdentity &a, const RemoteIdentity &b)
    {
        return a.m_key == b.m_key;
    }
    friend bool operator!=(const RemoteIdentity &a, const RemoteIdentity &b) { return !(a == b); }
    friend bool operator<(const RemoteIdentity &a, const RemoteIdentity &b)
    {
        return a.m_key < b.m_key;
    }

private:
    QByteArray m_key;
};

inline size_t qHash(const RemoteIdentity &id, size_t seed = 0)
{
    return qHash(id.rawKey(), seed);
}

QString base32Encode(const QByteArray &data);
std::optional<QByteArray> base32Decode(const QString &text);

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::RemoteIdentity)
