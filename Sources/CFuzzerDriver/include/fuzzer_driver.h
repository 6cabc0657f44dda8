#ifndef NOTIFYGUARD_FUZZER_DRIVER_H
#define NOTIFYGUARD_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs that keep their own main (SwiftPM executables must have one).
// Declared here because Swift can't import it from a header libFuzzer ships; defined by -sanitize=fuzzer's runtime.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
