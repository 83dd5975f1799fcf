// Generator benchmark (built on demand, not registered with CTest: timings on shared machines are
// noise): forward+backward images/s of each generator architecture at batch 64 and 256,
// frozen, with the gradient flowing to z as inversion and IT-GAN need it, and GAN training steps/s
// (issue: generative prior). A Qt Test program: it fails if images leave tanh's range, the
// latent gradient is zero or not finite, a training run does not reach its steps, or a
// training loss is not finite.
//   [ITGAN_BENCH_THREADS=N] [ITGAN_BENCH_STEPS=40] bench_generator
#include "BenchSupport.h"

#include "core/data/DatasetLoader.h"
#include "core/gan/GanTrainer.h"
#include "core/generators/GeneratorFile.h"
#include "core/base/MemoryTuning.h"
#include "core/base/Threads.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

using namespace itgan;
using bench::Clock;
using bench::secondsSince;

namespace {

// What one generator's forward+backward series measured, for the test slot to check.
struct GeneratorRun {
    double imagesPerSecond = 0;       // best of 3 after one warm-up
    double largestPixel = 0;          // max |pixel| over every forward (tanh: ≤ 1)
    double smallestGradientNorm = -1; // min ‖dL/dz‖ over every backward
    bool gradientsFinite = true;
};

GeneratorRun benchGenerator(const std::string &arch, int64_t width, int64_t batch)
{
    torch::manual_seed(0);
    LoadedGenerator g = createGenerator(arch, width, 128, 10, arch == "biggan32" ? 3 : 1);
    g.generator->setTraining(false);
    g.generator->setWeightsRequireGrad(false); // frozen, as inversion and IT-GAN run it
    auto z = torch::randn({batch, 128}).requires_grad_(true);
    auto y = torch::randint(0, 10, {batch}, torch::kInt64);
    GeneratorRun run;
    double best = 1e9;
    for (int i = 0; i < 4; ++i) {
        z.mutable_grad() = torch::Tensor();
        const auto t = Clock::now();
        const auto images = g.generator->generate(z, y);
        images.pow(2).mean().backward();
        const double s = secondsSince(t);
        run.largestPixel = std::max(run.largestPixel, images.abs().max().item<double>());
        const double gradNorm = z.grad().norm().item<double>();
        run.gradientsFinite = run.gradientsFinite && std::isfinite(gradNorm);
        run.smallestGradientNorm = i == 0 ? gradNorm : std::min(run.smallestGradientNorm, gradNorm);
        if (i > 0) // one warm-up
            best = std::min(best, s);
    }
    run.imagesPerSecond = batch / best;
    std::printf("%-9s width %-3lld batch %-4lld fwd+bwd (grad to z): %8.1f images/s\n", arch.c_str(),
                static_cast<long long>(width), static_cast<long long>(batch), run.imagesPerSecond);
    return run;
}

struct TrainingRun {
    int64_t lastStep = 0;
    bool lossesFinite = true;
};

TrainingRun benchTraining(const Dataset &data, const std::string &arch, int64_t width, int dSteps, int64_t steps)
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
    TrainingRun run;
    GanTrainingCallbacks callbacks;
    callbacks.onStep = [&](const GanStepEvent &e, int64_t) {
        run.lossesFinite = run.lossesFinite && std::isfinite(e.lossD) && std::isfinite(e.lossG);
        run.lastStep = e.step;
    };
    const auto t = Clock::now();
    trainer.run(nullptr, callbacks);
    const double s = secondsSince(t);
    std::printf("train-gan %-9s width %-3lld batch 64, %d D steps per G step: %.2f G steps/s (%lld steps, %.1f s incl. "
                "one checkpoint and sample grid)\n",
                arch.c_str(), static_cast<long long>(width), dSteps, steps / s, static_cast<long long>(steps), s);
    std::filesystem::remove_all(dir);
    return run;
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

    void forwardBackward_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("batch");
        for (int batch : {64, 256}) {
            for (const auto &[arch, width] : {std::pair{"dcgan32", 32}, {"dcgan32", 64}, {"biggan32", 16}, {"biggan32", 64}})
                QTest::addRow("%s width %d batch %d", arch, width, batch) << QString(arch) << width << batch;
        }
    }

    void forwardBackward()
    {
        QFETCH(QString, arch);
        QFETCH(int, width);
        QFETCH(int, batch);
        const GeneratorRun run = benchGenerator(arch.toStdString(), width, batch);
        QVERIFY2(run.largestPixel <= 1.0, qPrintable(QString("a pixel of %1 outside tanh's range").arg(run.largestPixel)));
        QVERIFY2(run.gradientsFinite, "a latent gradient was not finite");
        QVERIFY2(run.smallestGradientNorm > 0,
                 qPrintable(QString("a latent gradient had norm %1").arg(run.smallestGradientNorm)));
        QVERIFY2(std::isfinite(run.imagesPerSecond) && run.imagesPerSecond > 0,
                 qPrintable(QString("%1 images/s").arg(run.imagesPerSecond)));
    }

    void training_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("width");
        QTest::newRow("dcgan32 width 32") << QString("dcgan32") << 32;
        QTest::newRow("biggan32 width 16") << QString("biggan32") << 16;
    }

    void training()
    {
        QFETCH(QString, arch);
        QFETCH(int, width);
        const int64_t steps = bench::environmentInt("ITGAN_BENCH_STEPS", 40);
        if (!m_data)
            m_data = std::make_unique<Dataset>(loadDataset({"fashion-mnist", 32, 0}));
        const TrainingRun run = benchTraining(*m_data, arch.toStdString(), width, 2, steps);
        QVERIFY2(run.lossesFinite, "a GAN loss was not finite");
        QCOMPARE(run.lastStep, steps);
    }

private:
    std::unique_ptr<Dataset> m_data; // loaded once, by the first training row
};

QTEST_GUILESS_MAIN(GeneratorBenchmark)
#include "bench_generator.moc"
