#include "core/base/Threads.h"

#include "core/base/TorchInclude.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace itgan {

int hardwareThreads()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

int positiveEnvironmentInteger(const char *name)
{
    const char *text = std::getenv(name);
    if (!text)
        return 0;
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    return end != text && *end == '\0' && value > 0 && value <= 4096 ? static_cast<int>(value) : 0;
}

int defaultTorchThreads()
{
    if (const int omp = positiveEnvironmentInteger("OMP_NUM_THREADS")) // as PyTorch, and what `itgan launch` sets per rank
        return omp;
    const int ranksHere = positiveEnvironmentInteger("LOCAL_WORLD_SIZE"); // torchrun-style launchers: share the cores
    return ranksHere > 1 ? std::max(1, hardwareThreads() / ranksHere) : hardwareThreads();
}

int configureTorchThreads(int threads)
{
    const int wanted = threads > 0 ? threads : defaultTorchThreads();
    torch::set_num_threads(wanted);
    return torch::get_num_threads();
}

} // namespace itgan
