#include "net/deviceidentity.h"

#include <QSslSocket>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <array>

namespace Ferry::Net {

namespace {

constexpr long kNotBeforeSlack = -60L * 60; // tolerate a peer clock an hour behind
constexpr long kValidity = 20L * 365 * 24 * 60 * 60; // 20 years; peers ignore the dates anyway
constexpr char kCommonName[] = "ferry-device";

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

constexpr size_t kSignatureSize = 64; // Ed25519 (RFC 8032 §5.1.6)

// An empty view may have a null data(); OpenSSL wants a pointer even for zero bytes.
const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(view.data());
}

bool setRandomSerial(X509 *x)
{
    std::array<unsigned char, 8> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
        return false;
    bytes[0] &= 0x7F; // keep the DER INTEGER positive and at most 8 bytes
    bytes[0] |= 0x40; // and never zero
    BnPtr bn(BN_bin2bn(bytes.data(), int(bytes.size()), nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x)) != nullptr;
}

// Self-signed X.509 v3 certificate over pkey (docs/PROTOCOL.md §3), as DER.
QByteArray makeCertificateDer(EVP_PKEY *pkey)
{
    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), 2) != 1 || !setRandomSerial(x.get()))
        return {};
    if (!X509_gmtime_adj(X509_getm_notBefore(x.get()), kNotBeforeSlack)
        || !X509_gmtime_adj(X509_getm_notAfter(x.get()), kValidity))
        return {};
    X509_NAME *name = X509_get_subject_name(x.get());
    const auto *cn = reinterpret_cast<const unsigned char *>(kCommonName);
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) != 1
        || X509_set_issuer_name(x.get(), name) != 1 || X509_set_pubkey(x.get(), pkey) != 1)
        return {};
    // Ed25519 signs the message itself: no separate digest.
    if (X509_sign(x.get(), pkey, nullptr) <= 0)
        return {};
    const int length = i2d_X509(x.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(x.get(), &out) != length)
        return {};
    return der;
}

QByteArray rawPublicKey(const EVP_PKEY *pkey)
{
    std::array<unsigned char, RemoteIdentity::kSize> raw{};
    size_t length = raw.size();
    if (EVP_PKEY_get_raw_public_key(pkey, raw.data(), &length) != 1 || length != raw.size())
        return {};
    return QByteArray(reinterpret_cast<const char *>(raw.data()), qsizetype(length));
}

} // namespace

struct DeviceIdentity::Data
{
    Data() = default;
    Data(const Data &) = delete;
    Data &operator=(const Data &) = delete;
    ~Data() { OPENSSL_cleanse(seed.data(), seed.size()); }

    // Not a QByteArray: implicit sharing would let copies of the seed outlive the cleanse.
    std::array<unsigned char, kSeedSize> seed{};
    PkeyPtr pkey;
    RemoteIdentity identity;
    QSslCertificate certificate;
};

DeviceIdentity DeviceIdentity::generate()
{
    PkeyPtr pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!pkey)
        return {};
    std::array<unsigned char, kSeedSize> seed{};
    size_t length = seed.size();
    if (EVP_PKEY_get_raw_private_key(pkey.get(), seed.data(), &length) != 1
        || length != seed.size()) {
        OPENSSL_cleanse(seed.data(), seed.size());
        return {};
    }
    QByteArray seedBytes(reinterpret_cast<const char *>(seed.data()), kSeedSize);
    OPENSSL_cleanse(seed.data(), seed.size());
    auto identity = fromPrivateSeed(seedBytes);
    // seedBytes is not shared, so data() does not detach: this wipes the only copy.
    OPENSSL_cleanse(seedBytes.data(), size_t(seedBytes.size()));
    return identity.value_or(DeviceIdentity());
}

std::optional<DeviceIdentity> DeviceIdentity::fromPrivateSeed(const QByteArray &seed)
{
    if (seed.size() != kSeedSize)
        return std::nullopt;
    auto data = std::make_shared<Data>();
    std::copy(seed.cbegin(), seed.cend(), data->seed.begin());
    data->pkey.reset(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, data->seed.data(),
                                                  data->seed.size()));
    if (!data->pkey)
        return std::nullopt;
    data->identity = RemoteIdentity::fromRawKey(rawPublicKey(data->pkey.get()));
    const QByteArray der = makeCertificateDer(data->pkey.get());
    if (data->identity.isNull() || der.isEmpty())
        return std::nullopt;
    data->certificate = QSslCertificate(der, QSsl::Der);
    if (data->certificate.isNull())
        return std::nullopt;
    DeviceIdentity identity;
    identity.m_data = std::move(data);
    return identity;
}

RemoteIdentity DeviceIdentity::remoteIdentity() const
{
    return m_data ? m_data->identity : RemoteIdentity();
}

QByteArray DeviceIdentity::privateSeed() const
{
    if (!m_data)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_data->seed.data()), kSeedSize);
}

QSslCertificate DeviceIdentity::certificate() const
{
    return m_data ? m_data->certificate : QSslCertificate();
}

QSslKey DeviceIdentity::privateKey() const
{
    if (!m_data)
        return {};
    // The opaque QSslKey constructor takes ownership of one reference (Ed25519 keys do not load
    // into QSslKey from PEM or DER; see toolchain.md §6).
    if (EVP_PKEY_up_ref(m_data->pkey.get()) != 1)
        return {};
    return QSslKey(Qt::HANDLE(m_data->pkey.get()), QSsl::PrivateKey);
}

QByteArray DeviceIdentity::sign(QByteArrayView message) const
{
    if (!m_data)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray signature(qsizetype(kSignatureSize), Qt::Uninitialized);
    size_t length = kSignatureSize;
    // Pure Ed25519 hashes the message itself: no digest, and only the one-shot call.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_data->pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          bytesOf(message), size_t(message.size()))
            != 1
        || length != kSignatureSize) {
        ERR_clear_error(); // leave nothing queued for Qt's TLS code to misreport later
        return {};
    }
    return signature;
}

bool verifySignature(const RemoteIdentity &identity, QByteArrayView message,
                     QByteArrayView signature)
{
    if (identity.isNull() || signature.size() != qsizetype(kSignatureSize))
        return false;
    const QByteArray &raw = identity.rawKey();
    PkeyPtr pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(raw), size_t(raw.size())));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    // EVP_DigestVerify: 1 valid, 0 bad signature, below 0 an error.
    const bool valid = pkey && ctx
        && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) == 1
        && EVP_DigestVerify(ctx.get(), bytesOf(signature), size_t(signature.size()),
                            bytesOf(message), size_t(message.size()))
            == 1;
    if (!valid)
        ERR_clear_error(); // forged datagrams must not leave errors for Qt's TLS code
    return valid;
}

std::optional<RemoteIdentity> identityFromCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return std::nullopt;
    // With Qt's OpenSSL backend the certificate is already parsed: use its X509 rather than
    // parse the DER again (d2i_X509 costs ~90 µs here, and this runs on every connection).
    X509Ptr parsed;
    const X509 *x = nullptr;
    if (QSslSocket::activeBackend() == QLatin1String("openssl"))
        x = static_cast<const X509 *>(certificate.handle());
    if (!x) {
        const QByteArray der = certificate.toDer();
        const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
        parsed.reset(d2i_X509(nullptr, &in, long(der.size())));
        x = parsed.get();
    }
    if (!x)
        return std::nullopt;
    const EVP_PKEY *pkey = X509_get0_pubkey(x); // not owned
    if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_ED25519)
        return std::nullopt;
    const RemoteIdentity identity = RemoteIdentity::fromRawKey(rawPublicKey(pkey));
    if (identity.isNull())
        return std::nullopt;
    return identity;
}

} // namespace Ferry::Net
