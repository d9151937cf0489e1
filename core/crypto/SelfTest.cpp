#include "SelfTest.h"

#include "Ed25519.h"
#include "Hash.h"
#include "OpenSsl.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace suyuan::crypto {

namespace {
// Before anything else uses OpenSSL: no exit-time cleanup (see OpenSsl.h).
[[maybe_unused]] const bool kOpenSslReady = initOpenSsl();
} // namespace

namespace {
struct Ed25519Vector
{
    const char* seed;
    const char* publicKey;
    const char* message;
    const char* signature;
};

// RFC 8032, section 7.1, tests 1 and 2.
constexpr Ed25519Vector kVectors[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
     "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
     "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
};

Error failed(const char* what)
{
    return Error(ErrorCode::Crypto,
                 QCoreApplication::translate("suyuan", "Cryptographic self-test failed: %1. "
                                                       "This build cannot be trusted.")
                     .arg(QLatin1String(what)));
}
} // namespace

Status runSelfTest()
{
    if (sha256(QByteArrayLiteral("abc")).toHex() !=
        QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")) {
        return failed("SHA-256");
    }
    for (const auto& v : kVectors) {
        auto key = SigningKey::fromSeed(QByteArray::fromHex(v.seed));
        if (!key.ok() || key->publicKey().toHex() != QByteArray(v.publicKey)) {
            return failed("Ed25519 public key");
        }
        const QByteArray message = QByteArray::fromHex(v.message);
        const QByteArray expected = QByteArray::fromHex(v.signature);
        if (key->sign(message) != expected) {
            return failed("Ed25519 sign");
        }
        if (!verifyEd25519(key->publicKey(), message, expected)) {
            return failed("Ed25519 verify");
        }
        QByteArray tampered = expected;
        tampered[10] = static_cast<char>(tampered.at(10) ^ 1);
        if (verifyEd25519(key->publicKey(), message, tampered)) {
            return failed("Ed25519 rejects a bad signature");
        }
    }
    // RFC 7914, section 12, first vector.
    unsigned char out[64];
    if (EVP_PBE_scrypt("", 0, reinterpret_cast<const unsigned char*>(""), 0, 16, 1, 1, 0, out, sizeof out) !=
            1 ||
        QByteArray(reinterpret_cast<const char*>(out), 64).toHex() !=
            QByteArrayLiteral("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                              "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")) {
        return failed("scrypt");
    }
    return {};
}

} // namespace suyuan::crypto
