#ifndef NOTIFYGUARD_CMILTER_SHIM_H
#define NOTIFYGUARD_CMILTER_SHIM_H

// libmilter's public API. Everything Swift needs is non-variadic, so the shim only includes it;
// smfi_setmlreply (variadic) is deliberately not used: our replies are one line.
#include <libmilter/mfapi.h>
#include <sys/socket.h>

// SMFI_VERSION is a preprocessor choice inside mfapi.h; exposing it as a constant keeps the
// registration in Swift on the same protocol version the header was compiled for.
static inline int cmilter_version(void) { return SMFI_VERSION; }

#endif
