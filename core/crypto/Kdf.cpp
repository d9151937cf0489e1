#include "Kdf.h"

#include "Hash.h"
#include "OpenSsl.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/evp.h>

#include <cmath>

namespace suyuan::crypto {

namespace {
// Before anything else uses OpenSSL: no exit-time cleanup (see OpenSsl.h).
[[maybe_unused]] const bool kOpenSslReady = initOpenSsl();
} // namespace

namespace {
constexpr quint64 kMinN = 1u << 15;
constexpr quint64 kMaxN = 1u << 20;
constexpr quint64 kMaxMemory = 2ull << 30;

Error invalid()
{
    return Error(
        ErrorCode::ProfileInvalid,
        QCoreApplication::translate("suyuan", "The key derivation settings in profile.json are invalid."));
}
} // namespace

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("scrypt")},
                       {QStringLiteral("n"), static_cast<double>(n)},
                       {QStringLiteral("r"), static_cast<double>(r)},
                       {QStringLiteral("p"), static_cast<double>(p)},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())}};
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("algorithm")).toString() != QStringLiteral("scrypt")) {
        return invalid();
    }
    KdfParams params;
    params.n = static_cast<quint64>(json.value(QStringLiteral("n")).toDouble());
    params.r = static_cast<quint32>(json.value(QStringLiteral("r")).toInt());
    params.p = static_cast<quint32>(json.value(QStringLiteral("p")).toInt());
    params.salt = QByteArray::fromHex(json.value(QStringLiteral("salt")).toString().toLatin1());
    const bool powerOfTwo = params.n >= 2 && (params.n & (params.n - 1)) == 0;
    if (!powerOfTwo || params.n > kMaxN || params.r < 1 || params.r > 64 || params.p < 1 || params.p > 16 ||
        params.salt.size() < 16 || params.memoryBytes() > kMaxMemory) {
        return invalid();
    }
    return params;
}

Result<QByteArray> deriveKey(const QByteArray& passphrase, const KdfParams& params)
{
    QByteArray key(kDerivedKeySize, Qt::Uninitialized);
    const int rc =
        EVP_PBE_scrypt(passphrase.constData(), static_cast<size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char*>(params.salt.constData()),
                       static_cast<size_t>(params.salt.size()), params.n, params.r, params.p,
                       params.memoryBytes() + (64ull << 20), reinterpret_cast<unsigned char*>(key.data()),
                       static_cast<size_t>(key.size()));
    if (rc != 1) {
        wipe(key);
        return Error(
            ErrorCode::Crypto,
            QCoreApplication::translate("suyuan", "The passphrase could not be processed (scrypt failed)."));
    }
    return key;
}

KdfParams calibrateKdf(int targetMs)
{
    KdfParams params;
    params.salt = randomBytes(32);
    // Time one small run and scale: scrypt's cost is linear in N.
    KdfParams probe = params;
    probe.n = 1u << 14;
    QElapsedTimer timer;
    timer.start();
    const QByteArray probePass = QByteArrayLiteral("calibration");
    auto key = deriveKey(probePass, probe);
    const double probeMs = std::max<double>(1.0, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    const double wanted = static_cast<double>(probe.n) * targetMs / probeMs;
    quint64 n = kMinN;
    while (n < kMaxN && static_cast<double>(n) * 1.41 < wanted) {
        n <<= 1;
    }
    params.n = n;
    if (key.ok()) {
        wipe(key.value());
    }
    return params;
}

KdfParams testKdfParams()
{
    KdfParams params;
    params.n = 1u << 10;
    params.salt = randomBytes(32);
    return params;
}

} // namespace suyuan::crypto
