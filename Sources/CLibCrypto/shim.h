#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto (Debian's libssl-dev), for SHA-256 only: the campaign store keys fingerprints by a digest
// that an attacker cannot steer into a genuine fingerprint's.
#include <openssl/evp.h>
#endif
