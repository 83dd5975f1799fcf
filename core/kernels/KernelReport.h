#pragma once
// Which compute kernels this process runs on this CPU, for `itgan --version` and the
// studio's About box and status bar. Results may differ between CPUs only by float
// rounding (tests/TestSupport.h derives the tolerances), but speed differs a lot, so users and bug reports
// need to see which path ran.
//
// The kernels and the CPUs they need:
//  - LibTorch's vectorised ATen ops: AVX2 or AVX-512 builds of each op, chosen at start-up
//    (ATEN_CPU_CAPABILITY=default|avx2|avx512 caps it).
//  - oneDNN (LibTorch's convolutions, and our Winograd calls): the best ISA it finds,
//    from SSE4.1 up (ONEDNN_MAX_CPU_ISA=AVX2 etc. caps it).
//  - OpenBLAS (LibTorch's matrix multiplies): a kernel set per CPU core type
//    (OPENBLAS_CORETYPE=Haswell etc. overrides it).
//  - Winograd F(4,3) for 3×3 convolutions (core/kernels/WinogradConv.h): oneDNN's on AVX-512,
//    the project's own (core/kernels/WinogradF43.h) on AVX2 + FMA; older CPUs keep LibTorch's
//    direct convolution.
//  - The fused ConvNet-block and scale-shift-ReLU kernels (core/kernels/FusedConvBlocks.h,
//    core/kernels/ScaleShiftRelu.h): portable C++ compiled for baseline x86-64, on every CPU.
// All of the above run when a job computes on the CPU (`--device cpu`, the default); on a
// GPU LibTorch's CUDA operators run, and the own kernels step aside.
#include <string>

namespace itgan {

struct KernelReport {
    std::string atenCapability; // "AVX2", "AVX512" or "DEFAULT"
    std::string onednnIsa;      // e.g. "avx512_core_bf16", "avx2"
    std::string openblasCore;   // e.g. "SkylakeX", "Haswell", "Zen"; "unknown" if not OpenBLAS
    std::string winogradKernel; // which Winograd the 3×3 convolutions run: "oneDNN", "own", or "" (direct)
    std::string winogradDetail; // e.g. "oneDNN F(4,3), avx512_core", "own F(4,3), AVX2 …" or "direct (…why…)"
    std::string fusedKernels;   // the fused blocks' build (portable)
    std::string computeDevices; // what --device may name here (core/base/ComputeDevice.h)
};

// Queried on each call: a few oneDNN primitive descriptors the first time (WinogradConv3x3
// caches its probe), string work after that.
KernelReport currentKernels();

// One line per kernel family, "name: value", for --version and the About box.
std::string describeKernels(const KernelReport &report);

// The shortest form for a status bar: "Winograd (oneDNN avx512_core_bf16)", "own Winograd (oneDNN avx2)"
// or "direct conv (oneDNN sse41)".
std::string kernelSummary(const KernelReport &report);

} // namespace itgan
