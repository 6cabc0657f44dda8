#ifndef NOTIFYGUARD_CMILTER_SHIM_H
#define NOTIFYGUARD_CMILTER_SHIM_H

// libmilter's public API. Everything Swift needs is non-variadic, so the shim only includes it;
// smfi_setmlreply (variadic) is deliberately not used: our replies are one line.
#include <libmilter/mfapi.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <unistd.h>

// SMFI_VERSION is a preprocessor choice inside mfapi.h; exposing it as a constant keeps the
// registration in Swift on the same protocol version the header was compiled for.
static inline int cmilter_version(void) { return SMFI_VERSION; }

// O_PATH and AT_EMPTY_PATH are Linux extensions that Swift's Glibc module leaves out (they need _GNU_SOURCE).
// Together they let the socket file's group be set on the file we opened without following a symlink.
#ifdef __linux__
#ifndef O_PATH
#define O_PATH 010000000
#endif
#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH 0x1000
#endif
static inline int cmilter_open_nofollow_path(const char *path) { return open(path, O_PATH | O_NOFOLLOW | O_CLOEXEC); }
static inline int cmilter_fchown_fd_group(int fd, gid_t group) { return fchownat(fd, "", (uid_t)-1, group, AT_EMPTY_PATH); }
#endif

#endif
