// Where a ConvNet-128 forward of real images spends its time, layer by layer, and the
// fused inference path (core/FusedConvBlocks) against the modules (not a test).
//   bench_layers [--batch 500] [--channels 1]
#include "core/ConvNet.h"
#include "core/MemoryTuning.h"
#include "core/Threads.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>

using namespace itgan;

namespace {

double seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

} // namespace

int main(int argc, char **argv)
{
    int64_t batch = 500, channels = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--batch"))
            batch = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--channels"))
            channels = std::atoll(argv[i + 1]);
    }
    keepFreedMemoryForReuse();
    configureTorchThreads(2);
    torch::manual_seed(0);
    ConvNetOptions options;
    options.channels = channels;
    options.imageSize = channels == 1 ? 28 : 32;
    ConvNet net(options);
    const auto x = torch::randn({batch, channels, options.imageSize, options.imageSize});
    auto clock = [] { return std::chrono::steady_clock::now(); };
    const int reps = 5;
    double unfused = 0, fused = 0;
    for (int r = 0; r <= reps; ++r) {
        auto a = clock();
        {
            torch::AutoGradMode on(true); // the modules, as on the synthetic path (no input gradient here)
            net->embed(x);
        }
        auto b = clock();
        {
            torch::NoGradGuard off; // the fused path, as on the real path
            net->embed(x);
        }
        auto c = clock();
        if (r > 0) {
            unfused += seconds(a, b) / reps;
            fused += seconds(b, c) / reps;
        }
    }
    std::printf("ConvNet-128 embed of %lld %lldx%lldx%lld images, 2 threads: modules %.1f ms, fused %.1f ms (%.2fx)\n",
                static_cast<long long>(batch), static_cast<long long>(channels),
                static_cast<long long>(options.imageSize), static_cast<long long>(options.imageSize), unfused * 1e3,
                fused * 1e3, unfused / fused);
    return 0;
}
