#pragma once

#include <QByteArray>

namespace suyuan::crypto {

constexpr int kSha256Size = 32;

QByteArray sha256(const QByteArray& data);
QByteArray sha256(const char* data, qsizetype size);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// Cryptographically secure random bytes (OpenSSL RAND_bytes); aborts if the RNG fails,
// because nothing safe can be done without it.
QByteArray randomBytes(int count);
bool constantTimeEqual(const QByteArray& a, const QByteArray& b);
// Overwrites the buffer's bytes before it is released (OPENSSL_cleanse).
void wipe(QByteArray& secret);

} // namespace suyuan::crypto
