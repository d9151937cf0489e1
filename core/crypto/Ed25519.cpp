#include "Ed25519.h"

#include "Hash.h"
#include "OpenSsl.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <cstdlib>
#include <utility>

namespace suyuan::crypto {

namespace {
// Before anything else uses OpenSSL: no exit-time cleanup (see OpenSsl.h).
[[maybe_unused]] const bool kOpenSslReady = initOpenSsl();
} // namespace

namespace {
const unsigned char* u8(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p);
}
} // namespace

SigningKey::SigningKey(EVP_PKEY* key) : m_key(key)
{
}

SigningKey::SigningKey(SigningKey&& other) noexcept : m_key(std::exchange(other.m_key, nullptr))
{
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

SigningKey::~SigningKey()
{
    EVP_PKEY_free(m_key);
}

SigningKey SigningKey::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key) {
        std::abort(); // no RNG or no Ed25519: the startup self-test would have refused to run
    }
    return SigningKey(key);
}

Result<SigningKey> SigningKey::fromSeed(const QByteArray& seed)
{
    if (seed.size() != kEd25519KeySize) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("suyuan", "The stored private key is damaged."));
    }
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u8(seed.constData()),
                                                 static_cast<size_t>(seed.size()));
    if (!key) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("suyuan", "The stored private key is damaged."));
    }
    return SigningKey(key);
}

QByteArray SigningKey::publicKey() const
{
    QByteArray out(kEd25519KeySize, Qt::Uninitialized);
    size_t len = kEd25519KeySize;
    EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

QByteArray SigningKey::seed() const
{
    QByteArray out(kEd25519KeySize, Qt::Uninitialized);
    size_t len = kEd25519KeySize;
    EVP_PKEY_get_raw_private_key(m_key, reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    Signer signer(*this);
    return signer.sign(message);
}

Signer::Signer(const SigningKey& key)
{
    // Keep our own reference so that the signer outlives nothing it borrows.
    QByteArray seed = key.seed();
    m_key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u8(seed.constData()), 32);
    wipe(seed);
    m_ctx = EVP_MD_CTX_new();
    if (!m_key || !m_ctx || EVP_DigestSignInit(m_ctx, nullptr, nullptr, nullptr, m_key) != 1) {
        std::abort();
    }
}

Signer::~Signer()
{
    EVP_MD_CTX_free(m_ctx);
    EVP_PKEY_free(m_key);
}

QByteArray Signer::sign(const char* data, qsizetype size)
{
    QByteArray sig(kEd25519SignatureSize, Qt::Uninitialized);
    size_t len = kEd25519SignatureSize;
    if (EVP_DigestSign(m_ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, u8(data),
                       static_cast<size_t>(size)) != 1 ||
        len != kEd25519SignatureSize) {
        std::abort();
    }
    return sig;
}

Verifier::Verifier(const QByteArray& publicKey)
{
    if (publicKey.size() != kEd25519KeySize) {
        return;
    }
    m_key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(publicKey.constData()), 32);
    if (!m_key) {
        return;
    }
    m_ctx = EVP_MD_CTX_new();
    if (m_ctx && EVP_DigestVerifyInit(m_ctx, nullptr, nullptr, nullptr, m_key) != 1) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

Verifier::~Verifier()
{
    EVP_MD_CTX_free(m_ctx);
    EVP_PKEY_free(m_key);
}

bool Verifier::verify(const char* data, qsizetype size, const QByteArray& signature)
{
    if (!m_ctx || signature.size() != kEd25519SignatureSize) {
        return false;
    }
    return EVP_DigestVerify(m_ctx, u8(signature.constData()), kEd25519SignatureSize, u8(data),
                            static_cast<size_t>(size)) == 1;
}

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    Verifier verifier(publicKey);
    return verifier.verify(message, signature);
}

} // namespace suyuan::crypto
