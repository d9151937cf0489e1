#pragma once

#include "util/Result.h"

namespace suyuan::crypto {

// Known-answer tests run at startup: RFC 8032 Ed25519 vectors, SHA-256 (FIPS 180-2),
// scrypt (RFC 7914). The apps refuse to run on a build whose crypto is broken.
Status runSelfTest();

} // namespace suyuan::crypto
