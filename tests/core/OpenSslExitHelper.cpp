// Says whether OpenSSL's exit-time cleanup (OPENSSL_cleanup) runs when this process exits.
// Built twice: with suyuan_core (SUYUAN_WITH_CORE: core turns the cleanup off) and without
// it (the control: OpenSSL's default). TestCrypto runs both.
#ifdef SUYUAN_WITH_CORE
#include "crypto/Hash.h"
#endif

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdio>

namespace {
void cleanupRan()
{
    std::fputs("openssl-cleanup-ran\n", stdout);
    std::fflush(stdout);
}
} // namespace

int main()
{
#ifdef SUYUAN_WITH_CORE
    (void)suyuan::crypto::sha256(QByteArrayLiteral("x"));
#endif
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    unsigned char random[16];
    if (EVP_Digest("x", 1, digest, &size, EVP_sha256(), nullptr) != 1 || RAND_bytes(random, 16) != 1 ||
        OPENSSL_atexit(cleanupRan) != 1) {
        return 2;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return 0;
}
