#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace suyuan::crypto {

// scrypt parameters (RFC 7914). Stored beside the database in profile.json; the derived
// key never is.
struct KdfParams
{
    quint64 n = 1u << 17;
    quint32 r = 8;
    quint32 p = 1;
    QByteArray salt; // 32 random bytes

    QJsonObject toJson() const;
    static Result<KdfParams> fromJson(const QJsonObject& json);
    quint64 memoryBytes() const { return 128ull * n * r * p; }
};

constexpr int kDerivedKeySize = 32;

// Derives the 256-bit database key from a passphrase.
Result<QByteArray> deriveKey(const QByteArray& passphrase, const KdfParams& params);

// Picks the scrypt cost that takes about targetMs on this machine (r = 8, p = 1,
// N a power of two between 2^15 and 2^20), with a fresh random salt.
KdfParams calibrateKdf(int targetMs = 500);

// Cheap parameters for unit tests that create many profiles. Never used by the apps.
KdfParams testKdfParams();

} // namespace suyuan::crypto
