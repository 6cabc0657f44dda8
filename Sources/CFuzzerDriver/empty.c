// Header-only target: the declaration of LLVMFuzzerRunDriver lives in include/fuzzer_driver.h.
