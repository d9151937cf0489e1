#pragma once

#include "Ledger.h"
#include "crypto/Kdf.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace suyuan {

// A profile is a directory: profile.json (format, KDF parameters and salt, a key check
// value, the name of the current database file) and that SQLCipher database. The
// passphrase → scrypt → raw 256-bit SQLCipher key. See docs/architecture.md.
class Profile
{
public:
    static QString defaultDirectory();
    static bool exists(const QString& dir);

    // Creates the profile and its Ed25519 identity. kdf: empty = calibrate to ~0.5 s.
    static Result<std::unique_ptr<Ledger>> create(const QString& dir, const QByteArray& passphrase,
                                                  const QString& organisation,
                                                  std::optional<crypto::KdfParams> kdf = std::nullopt);
    static Result<std::unique_ptr<Ledger>> open(const QString& dir, const QByteArray& passphrase);

    // Re-encrypts the database under a key from the new passphrase. Atomic: until the
    // final rename of profile.json the old passphrase opens the profile, after it the new.
    static Status changePassphrase(const QString& dir, const QByteArray& oldPassphrase,
                                   const QByteArray& newPassphrase,
                                   std::optional<crypto::KdfParams> kdf = std::nullopt);

    static QString profileFile(const QString& dir);
};

} // namespace suyuan
