#include "core/kernels/KernelReport.h"

#include "core/base/ComputeDevice.h"
#include "core/base/TorchInclude.h"
#include "core/kernels/WinogradConv.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <dlfcn.h>

#include <sstream>

namespace itgan {
namespace {

// at::native::get_cpu_capability() is not exported by Debian's libtorch; show_config()
// prints it as "CPU capability usage: AVX2".
std::string atenCapability()
{
    const std::string config = at::show_config();
    const std::string key = "CPU capability usage: ";
    const auto at = config.find(key);
    if (at == std::string::npos)
        return "unknown";
    const auto end = config.find('\n', at);
    return config.substr(at + key.size(), end == std::string::npos ? std::string::npos : end - at - key.size());
}

std::string onednnIsaName(dnnl::cpu_isa isa)
{
    switch (isa) {
    case dnnl::cpu_isa::all: return "all";
    case dnnl::cpu_isa::sse41: return "sse41";
    case dnnl::cpu_isa::avx: return "avx";
    case dnnl::cpu_isa::avx2: return "avx2";
    case dnnl::cpu_isa::avx2_vnni: return "avx2_vnni";
    case dnnl::cpu_isa::avx512_mic: return "avx512_mic";
    case dnnl::cpu_isa::avx512_mic_4ops: return "avx512_mic_4ops";
    case dnnl::cpu_isa::avx512_core: return "avx512_core";
    case dnnl::cpu_isa::avx512_core_vnni: return "avx512_core_vnni";
    case dnnl::cpu_isa::avx512_core_bf16: return "avx512_core_bf16";
    case dnnl::cpu_isa::avx512_core_amx: return "avx512_core_amx";
    }
    return "unknown";
}

// OpenBLAS says which kernel set it picked; LibTorch links it, so the symbol is in the
// process when OpenBLAS is the BLAS (looked up at run time: no link dependency on it).
std::string openblasCore()
{
    using CoreName = char *(*)();
    auto corename = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!corename)
        return "unknown (not OpenBLAS)";
    const char *name = corename();
    return name ? name : "unknown";
}

// Probed at 128 channels (the ConvNet's); every stride-1 3×3 convolution of the zoo takes it where it applies.
std::string winogradDetail(WinogradConv3x3::Status status, const std::string &isa)
{
    switch (status) {
    case WinogradConv3x3::Status::OneDnn: return "oneDNN F(4,3), " + isa;
    case WinogradConv3x3::Status::Own:
        return "own F(4,3), AVX2 + FMA with BLAS sgemm (oneDNN has none for " + isa + ")";
    case WinogradConv3x3::Status::DisabledByEnvironment: return "direct (ITGAN_NO_WINOGRAD is set)";
    case WinogradConv3x3::Status::NoKernel: break;
    }
    return "direct (oneDNN has no Winograd kernel for " + isa + " and this CPU lacks AVX2 + FMA for the own one)";
}

} // namespace

KernelReport currentKernels()
{
    KernelReport r;
    r.atenCapability = atenCapability();
    r.onednnIsa = onednnIsaName(dnnl::get_effective_cpu_isa());
    r.openblasCore = openblasCore();
    const auto winograd = WinogradConv3x3::status(128, 128);
    r.winogradKernel = winograd == WinogradConv3x3::Status::OneDnn ? "oneDNN"
                       : winograd == WinogradConv3x3::Status::Own  ? "own"
                                                                   : "";
    r.winogradDetail = winogradDetail(winograd, r.onednnIsa);
    r.fusedKernels = "portable C++ (baseline x86-64, every CPU), OpenMP";
    r.computeDevices = describeComputeDevices();
    return r;
}

std::string describeKernels(const KernelReport &r)
{
    std::ostringstream s;
    s << "ATen vector kernels: " << r.atenCapability << "\n"
      << "oneDNN ISA: " << r.onednnIsa << "\n"
      << "OpenBLAS core: " << r.openblasCore << "\n"
      << "Winograd 3x3 (stride-1 convolutions, forward and gradients): " << r.winogradDetail << "\n"
      << "Fused ConvNet blocks, scale-shift-ReLU: " << r.fusedKernels << "\n"
      << "Compute devices: " << r.computeDevices;
    return s.str();
}

std::string kernelSummary(const KernelReport &r)
{
    const std::string conv = r.winogradKernel.empty() ? "direct conv" : r.winogradKernel == "own" ? "own Winograd" : "Winograd";
    return conv + " (oneDNN " + r.onednnIsa + ")";
}

} // namespace itgan
