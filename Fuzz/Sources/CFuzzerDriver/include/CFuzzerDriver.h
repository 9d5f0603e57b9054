// libFuzzer's driver entry (compiler-rt, linked by -sanitize=fuzzer). SwiftPM gives every
// executable target its own `main`, so the fuzz targets call the driver from there.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
