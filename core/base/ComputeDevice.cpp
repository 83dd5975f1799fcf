#include "core/base/ComputeDevice.h"

#include "core/base/Errors.h"
#include "core/base/Threads.h"

#include <mutex>

namespace itgan {

namespace {

std::mutex deviceMutex;
torch::Device selectedDevice(torch::kCPU);

int64_t cudaDevices()
{
    return torch::cuda::is_available() ? static_cast<int64_t>(torch::cuda::device_count()) : 0;
}

std::string cudaAvailability()
{
    if (!at::hasCUDA())
        return "this LibTorch build has no CUDA support";
    const int64_t count = cudaDevices();
    return count == 0 ? "no CUDA device is visible" : std::to_string(count) + " CUDA device(s)";
}

} // namespace

torch::Device parseComputeDevice(const std::string &text, const std::string &what)
{
    if (text == "cpu")
        return torch::Device(torch::kCPU);
    int64_t index = -1;
    if (text == "cuda") {
        // torchrun's convention: each rank on a host takes its own GPU (cuda:LOCAL_RANK, round robin).
        index = cudaDevices() > 0 ? positiveEnvironmentInteger("LOCAL_RANK") % cudaDevices() : 0;
    } else if (text.rfind("cuda:", 0) == 0 && text.size() > 5 && text.size() <= 8
               && text.find_first_not_of("0123456789", 5) == std::string::npos) {
        index = std::stoll(text.substr(5));
    } else {
        throw ConfigError(what + " \"" + text + "\": expected cpu, cuda or cuda:N (N = a GPU's number)");
    }
    if (index >= cudaDevices())
        throw ConfigError(what + " \"" + text + "\": this process cannot use CUDA device " + std::to_string(index) + " ("
                          + cudaAvailability() + "); use cpu");
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

void checkComputeDevice(const std::string &text)
{
    parseComputeDevice(text);
}

void setComputeDevice(const torch::Device &device)
{
    std::lock_guard<std::mutex> lock(deviceMutex);
    selectedDevice = device;
}

torch::Device computeDevice()
{
    std::lock_guard<std::mutex> lock(deviceMutex);
    return selectedDevice;
}

torch::Tensor toComputeDevice(const torch::Tensor &t)
{
    return t.to(computeDevice());
}

std::vector<std::string> availableComputeDevices()
{
    std::vector<std::string> devices{"cpu"};
    for (int64_t i = 0; i < cudaDevices(); ++i)
        devices.push_back("cuda:" + std::to_string(i));
    return devices;
}

std::string describeComputeDevices()
{
    std::string names;
    for (const auto &device : availableComputeDevices())
        names += (names.empty() ? "" : ", ") + device;
    return names + " (" + cudaAvailability() + ")";
}

} // namespace itgan
