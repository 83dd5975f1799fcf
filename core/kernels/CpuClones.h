#pragma once
// ITGAN_CPU_CLONES before a hot loop's function: GCC compiles it for AVX-512, AVX2 and the
// x86-64 baseline and an ifunc resolver picks one when the program loads, so one binary is
// fast on every x86-64 CPU without -march.
//
// ThreadSanitizer instruments that resolver too, and it runs while the dynamic loader
// relocates, before TSan's runtime is up: the program crashes before main (GCC 12). Under
// TSan (the `tsan` preset) only the baseline is built; races do not depend on the ISA.
#if defined(__SANITIZE_THREAD__)
#define ITGAN_CPU_CLONES
#else
#define ITGAN_CPU_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#endif
