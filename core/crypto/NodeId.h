#pragma once

#include <QByteArray>
#include <QString>

namespace suyuan::crypto {

// A node's printable fingerprint: the first 155 bits of SHA-256(public key) in
// Crockford base32 (no I, L, O, U), a Luhn mod 32 check character, grouped by four:
// "7K2M-…-Q4XC" (8 groups, 32 characters). Easy to read over the phone: the check
// character catches any single mistyped character and most swaps of neighbours.
QString nodeIdFromPublicKey(const QByteArray& publicKey);

// Normalises user input (case, spaces, dashes, I/L→1, O→0) and checks the check character.
// Returns the canonical grouped form, or an empty string if the input is not a node ID.
QString normaliseNodeId(const QString& input);

} // namespace suyuan::crypto
