#include "ComputeOptions.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Threads.h"

namespace itgan::cli {

void addComputeOptions(CLI::App &cmd, ComputeOptions &options)
{
    cmd.add_option("--threads", options.threads, "LibTorch threads (0 = all cores)")
        ->capture_default_str()
        ->check(CLI::Range(0, 4096));
    cmd.add_option("--device", options.device, "Where to compute: cpu, cuda or cuda:N")->capture_default_str();
}

int applyComputeOptions(const ComputeOptions &options)
{
    setComputeDevice(parseComputeDevice(options.device, "--device"));
    return configureTorchThreads(options.threads);
}

} // namespace itgan::cli
