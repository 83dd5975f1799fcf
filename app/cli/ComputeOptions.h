#pragma once
// --threads and --device: where and how wide every computing command runs.
#include <CLI/CLI.hpp>

#include <string>

namespace itgan::cli {

struct ComputeOptions {
    int threads = 0;            // LibTorch threads, 0 = all cores
    std::string device = "cpu"; // cpu | cuda | cuda:N (core/base/ComputeDevice.h)
};

// --threads N refuses negative counts and more than 4 096 (a typo that would start
// thousands of threads); --device is checked by applyComputeOptions, which knows the GPUs.
void addComputeOptions(CLI::App &cmd, ComputeOptions &options);

// Sets LibTorch's threads and the compute device before any work or file; a device this
// process cannot use is a ConfigError naming --device. Returns the threads in force.
int applyComputeOptions(const ComputeOptions &options);

} // namespace itgan::cli
