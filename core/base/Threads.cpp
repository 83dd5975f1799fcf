#include "core/base/Threads.h"

#include "core/base/TorchInclude.h"

#include <thread>

namespace itgan {

int hardwareThreads()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

int configureTorchThreads(int threads)
{
    const int wanted = threads > 0 ? threads : hardwareThreads();
    torch::set_num_threads(wanted);
    return torch::get_num_threads();
}

} // namespace itgan
