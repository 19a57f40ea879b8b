#include "net/operations/spacedrop/sha256.h"

#include <openssl/evp.h>

namespace Ferry::Net {

namespace {
constexpr int kDigestSize = 32;

// OpenSSL only fails here on allocation failure or a broken build; there is nothing sensible to
// recover to, and a wrong digest would silently pass or fail a transfer.
void check(int ok, const char *what)
{
    if (ok != 1)
        qFatal("Sha256: %s failed", what);
}
} // namespace

struct Sha256::Ctx
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Ctx>())
{
    check(m_ctx->ctx != nullptr, "EVP_MD_CTX_new");
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    check(EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr), "EVP_DigestInit_ex");
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        check(EVP_DigestUpdate(m_ctx->ctx, data.data(), size_t(data.size())), "EVP_DigestUpdate");
}

QByteArray Sha256::result() const
{
    // Finalize a copy, so that more data may follow.
    Ctx copy;
    check(copy.ctx != nullptr, "EVP_MD_CTX_new");
    check(EVP_MD_CTX_copy_ex(copy.ctx, m_ctx->ctx), "EVP_MD_CTX_copy_ex");
    QByteArray digest(kDigestSize, Qt::Uninitialized);
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(copy.ctx, reinterpret_cast<unsigned char *>(digest.data()), &size),
          "EVP_DigestFinal_ex");
    Q_ASSERT(size == unsigned(kDigestSize));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray digest(kDigestSize, Qt::Uninitialized);
    unsigned int size = 0;
    check(EVP_Digest(data.data(), size_t(data.size()),
                     reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(),
                     nullptr),
          "EVP_Digest");
    return digest;
}

} // namespace Ferry::Net
