#pragma once

#include "util/Result.h"

#include <QByteArray>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace suyuan::crypto {

constexpr int kEd25519KeySize = 32;
constexpr int kEd25519SignatureSize = 64;

// An Ed25519 private key held in OpenSSL. The raw seed is only ever exported to be
// stored inside the encrypted database.
class SigningKey
{
public:
    static SigningKey generate();
    static Result<SigningKey> fromSeed(const QByteArray& seed);

    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    ~SigningKey();

    QByteArray publicKey() const;
    QByteArray seed() const; // caller must wipe()
    QByteArray sign(const QByteArray& message) const;

private:
    explicit SigningKey(EVP_PKEY* key);
    EVP_PKEY* m_key = nullptr;
};

// A reusable signing context: one per thread. Initialised once, then each sign() is a
// single EVP_DigestSign, which is how OpenSSL's own speed test measures the primitive.
class Signer
{
public:
    explicit Signer(const SigningKey& key);
    ~Signer();
    Signer(const Signer&) = delete;
    Signer& operator=(const Signer&) = delete;

    QByteArray sign(const char* data, qsizetype size);
    QByteArray sign(const QByteArray& message) { return sign(message.constData(), message.size()); }

private:
    EVP_PKEY* m_key = nullptr;
    EVP_MD_CTX* m_ctx = nullptr;
};

// A reusable verification context for one public key: one per thread and author.
class Verifier
{
public:
    explicit Verifier(const QByteArray& publicKey);
    ~Verifier();
    Verifier(const Verifier&) = delete;
    Verifier& operator=(const Verifier&) = delete;

    bool isValid() const { return m_ctx != nullptr; }
    bool verify(const char* data, qsizetype size, const QByteArray& signature);
    bool verify(const QByteArray& message, const QByteArray& signature)
    {
        return verify(message.constData(), message.size(), signature);
    }

private:
    EVP_PKEY* m_key = nullptr;
    EVP_MD_CTX* m_ctx = nullptr;
};

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

} // namespace suyuan::crypto
