// Generator benchmark (not a test): forward+backward images/s of each generator
// architecture at batch 64 and 256, and GAN training steps/s (issue: generative prior).
//   bench_generator [--threads T] [--steps N]
#include "core/DatasetLoader.h"
#include "core/GanTrainer.h"
#include "core/GeneratorFile.h"
#include "core/MemoryTuning.h"
#include "core/Threads.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

using namespace itgan;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

void benchGenerator(const std::string &arch, int64_t width, int64_t batch)
{
    torch::manual_seed(0);
    LoadedGenerator g = createGenerator(arch, width, 128, 10, arch == "biggan32" ? 3 : 1);
    g.generator->setTraining(false);
    auto z = torch::randn({batch, 128}).requires_grad_(true);
    auto y = torch::randint(0, 10, {batch}, torch::kInt64);
    double best = 1e9;
    for (int i = 0; i < 4; ++i) {
        const auto t = Clock::now();
        g.generator->generate(z, y).pow(2).mean().backward();
        if (i > 0) // one warm-up
            best = std::min(best, secondsSince(t));
    }
    std::printf("%-9s width %-3lld batch %-4lld fwd+bwd (grad to z): %8.1f images/s\n", arch.c_str(),
                static_cast<long long>(width), static_cast<long long>(batch), batch / best);
}

void benchTraining(const std::string &arch, int64_t width, int dSteps, int64_t steps)
{
    Dataset data = loadDataset({"fashion-mnist", 32, 0});
    const std::string dir = (std::filesystem::temp_directory_path() / ("bench-gan-" + arch)).string();
    std::filesystem::remove_all(dir);
    GanTrainingConfig c;
    c.arch = arch;
    c.width = width;
    c.discriminatorWidth = width;
    c.steps = steps;
    c.discriminatorSteps = dSteps;
    c.checkpointEvery = steps;
    c.sampleEvery = steps;
    c.logEvery = steps;
    GanTrainer trainer(c, data, dir, false);
    const auto t = Clock::now();
    trainer.run();
    const double s = secondsSince(t);
    std::printf("train-gan %-9s width %-3lld batch 64, %d D steps per G step: %.2f G steps/s (%lld steps, %.1f s incl. "
                "one checkpoint and sample grid)\n",
                arch.c_str(), static_cast<long long>(width), dSteps, steps / s, static_cast<long long>(steps), s);
    std::filesystem::remove_all(dir);
}

} // namespace

int main(int argc, char **argv)
{
    int threads = 0;
    int64_t steps = 40;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--steps") && i + 1 < argc)
            steps = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: %s [--threads T] [--steps N]\n", argv[0]);
            return 2;
        }
    }
    keepFreedMemoryForReuse();
    std::printf("threads %d\n", configureTorchThreads(threads));
    try {
        for (int64_t batch : {64, 256}) {
            benchGenerator("dcgan32", 32, batch);
            benchGenerator("dcgan32", 64, batch);
            benchGenerator("biggan32", 16, batch);
            benchGenerator("biggan32", 64, batch);
        }
        benchTraining("dcgan32", 32, 2, steps);
        benchTraining("biggan32", 16, 2, steps);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_generator: %s\n", e.what());
        return 1;
    }
    return 0;
}
