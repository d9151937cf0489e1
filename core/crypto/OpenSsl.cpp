#include "OpenSsl.h"

#include <openssl/crypto.h>

namespace suyuan::crypto {

bool initOpenSsl()
{
    static const bool ok = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
    return ok;
}

} // namespace suyuan::crypto
