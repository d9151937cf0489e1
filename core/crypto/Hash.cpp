#include "Hash.h"

#include "OpenSsl.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cstdlib>

namespace suyuan::crypto {

namespace {
// Before anything else uses OpenSSL: no exit-time cleanup (see OpenSsl.h).
[[maybe_unused]] const bool kOpenSslReady = initOpenSsl();
} // namespace

QByteArray sha256(const char* data, qsizetype size)
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size),
           reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    return sha256(data.constData(), data.size());
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()),
         reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        std::abort();
    }
    return out;
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    }
    secret.clear();
}

} // namespace suyuan::crypto
