#pragma once
// The device every job computes on: `--device cpu|cuda|cuda:N` of the CLI's jobs, the
// "device" key of a compare configuration, the studio's Device setting.
//
// Process-wide, like LibTorch's thread count: chosen once before a job starts. Modules go to
// it where they are built or loaded (createNetwork, loadGenerator, the discriminator), batches
// where they are cut; datasets, latent sets and every file written stay on the CPU, and random
// draws come from CPU generators before they move, so one seed draws the same numbers on
// every device. The CPU-only fast kernels (core/kernels) check `is_cpu()` and leave other
// devices to LibTorch's own operators.
#include "core/base/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

// "cpu", "cuda" or "cuda:N"; "cuda" is this rank's GPU, cuda:LOCAL_RANK modulo the GPU count
// (torchrun's convention; cuda:0 without a launcher). Throws ConfigError naming `what` (e.g. "--device")
// and the value when it is malformed or names a device this process cannot use.
torch::Device parseComputeDevice(const std::string &text, const std::string &what = "device");
// Throws what parseComputeDevice throws (for configuration schemas).
void checkComputeDevice(const std::string &text);

void setComputeDevice(const torch::Device &device);
torch::Device computeDevice();

// `t` on the compute device (the same tensor when it is there already).
torch::Tensor toComputeDevice(const torch::Tensor &t);

// What this process can compute on: "cpu", then "cuda:0", "cuda:1", ...
std::vector<std::string> availableComputeDevices();

// One line for --version and the About box, e.g. "cpu (this LibTorch build has no CUDA support)"
// or "cpu, cuda:0 (1 CUDA device(s))".
std::string describeComputeDevices();

} // namespace itgan
