// Generator benchmark (built, not registered with CTest: timings on shared machines are
// noise): forward+backward images/s of each generator architecture at batch 64 and 256,
// frozen, with the gradient flowing to z as inversion and IT-GAN need it, and GAN training steps/s
// (issue: generative prior). A Qt Test program: it fails if images leave tanh's range, the
// latent gradient is zero or not finite, a training run does not reach its steps, or a
// training loss is not finite.
//   [ITGAN_BENCH_THREADS=N] [ITGAN_BENCH_STEPS=40] bench_generator
#include "BenchSupport.h"

#include "core/DatasetLoader.h"
#include "core/GanTrainer.h"
#include "core/GeneratorFile.h"
#include "core/MemoryTuning.h"
#include "core/Threads.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

using namespace itgan;
using bench::Clock;
using bench::require;
using bench::secondsSince;

namespace {

void benchGenerator(const std::string &arch, int64_t width, int64_t batch)
{
    torch::manual_seed(0);
    LoadedGenerator g = createGenerator(arch, width, 128, 10, arch == "biggan32" ? 3 : 1);
    g.generator->setTraining(false);
    g.generator->setWeightsRequireGrad(false); // frozen, as inversion and IT-GAN run it
    auto z = torch::randn({batch, 128}).requires_grad_(true);
    auto y = torch::randint(0, 10, {batch}, torch::kInt64);
    double best = 1e9;
    for (int i = 0; i < 4; ++i) {
        z.mutable_grad() = torch::Tensor();
        const auto t = Clock::now();
        const auto images = g.generator->generate(z, y);
        images.pow(2).mean().backward();
        const double s = secondsSince(t);
        require(images.abs().max().item<double>() <= 1.0, arch + ": generated pixels outside [-1, 1]");
        const double gradNorm = z.grad().norm().item<double>();
        require(std::isfinite(gradNorm) && gradNorm > 0,
                arch + ": latent gradient norm " + std::to_string(gradNorm) + " (zero or not finite)");
        if (i > 0) // one warm-up
            best = std::min(best, s);
    }
    std::printf("%-9s width %-3lld batch %-4lld fwd+bwd (grad to z): %8.1f images/s\n", arch.c_str(),
                static_cast<long long>(width), static_cast<long long>(batch), batch / best);
}

void benchTraining(const Dataset &data, const std::string &arch, int64_t width, int dSteps, int64_t steps)
{
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
    int64_t lastStep = 0;
    GanTrainingCallbacks callbacks;
    callbacks.onStep = [&](const GanStepEvent &e, int64_t) {
        require(std::isfinite(e.lossD) && std::isfinite(e.lossG),
                arch + " step " + std::to_string(e.step) + ": a loss is not finite");
        lastStep = e.step;
    };
    const auto t = Clock::now();
    trainer.run(nullptr, callbacks);
    const double s = secondsSince(t);
    require(lastStep == steps, arch + ": training reported step " + std::to_string(lastStep) + " of " + std::to_string(steps));
    std::printf("train-gan %-9s width %-3lld batch 64, %d D steps per G step: %.2f G steps/s (%lld steps, %.1f s incl. "
                "one checkpoint and sample grid)\n",
                arch.c_str(), static_cast<long long>(width), dSteps, steps / s, static_cast<long long>(steps), s);
    std::filesystem::remove_all(dir);
}

} // namespace

class GeneratorBenchmark : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        keepFreedMemoryForReuse();
        std::printf("threads %d\n", configureTorchThreads(bench::environmentInt("ITGAN_BENCH_THREADS", 0)));
    }

    void forwardBackward()
    {
        bench::runChecked([] {
            for (int64_t batch : {64, 256}) {
                benchGenerator("dcgan32", 32, batch);
                benchGenerator("dcgan32", 64, batch);
                benchGenerator("biggan32", 16, batch);
                benchGenerator("biggan32", 64, batch);
            }
        });
    }

    void training()
    {
        bench::runChecked([] {
            const int64_t steps = bench::environmentInt("ITGAN_BENCH_STEPS", 40);
            const Dataset data = loadDataset({"fashion-mnist", 32, 0});
            benchTraining(data, "dcgan32", 32, 2, steps);
            benchTraining(data, "biggan32", 16, 2, steps);
        });
    }
};

QTEST_GUILESS_MAIN(GeneratorBenchmark)
#include "bench_generator.moc"
