// Condensation benchmark (built on demand, not registered with CTest: timings on shared machines are
// noise): seconds per iteration of GAN inversion, IT-GAN and pixel DM at the settings
// of core/README.md "Where the time goes" (10 and 50 per class, real batch 64 and 256, plus the reference settings), a
// breakdown of one IT-GAN iteration into real-feature, generator and embedding time, and
// images/s with achieved GFLOP/s. GFLOP/s counts direct-convolution FLOPs: with the
// Winograd path (core/kernels/WinogradConv) it is the rate a direct convolution would need for the
// same time ("equivalent"). A Qt Test program: it fails if a run did not do every
// iteration, a loss or time is not finite, or a breakdown part took no time.
//   [ITGAN_BENCH_ITERATIONS=4] [ITGAN_BENCH_THREADS=N] bench_condensation
#include "BenchSupport.h"

#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/condensation/CondensationSupport.h"
#include "core/data/DatasetLoader.h"
#include "core/augment/DsaAugment.h"
#include "core/condensation/GanInversion.h"
#include "core/generators/GeneratorFile.h"
#include "core/condensation/LatentCondenser.h"
#include "core/base/MemoryTuning.h"
#include "core/condensation/PixelCondenser.h"
#include "core/latents/SyntheticSets.h"
#include "core/base/Threads.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace itgan;
using bench::Clock;
using bench::secondsSince;

namespace {

// ConvNet-128 (depth 3) forward FLOPs for one 1x28x28 image (first conv padded to 32x32).
constexpr double kConvNetForwardFlops = 2.0 * (32 * 32 * 128 * 9 * 1 + 16 * 16 * 128 * 128 * 9 + 8 * 8 * 128 * 128 * 9);

std::string scratch(const std::string &name)
{
    const auto dir = fs::temp_directory_path() / ("bench-condensation-" + name);
    fs::remove_all(dir);
    return dir.string();
}

// Every iteration's event of one run.
struct Events {
    std::vector<IterationEvent> all;

    JobHooks hooks()
    {
        JobHooks h;
        h.onIteration = [this](const IterationEvent &e) { all.push_back(e); };
        return h;
    }

    // Median seconds per iteration after the first (warm-up) iteration, once the run is
    // checked: every planned iteration happened, with finite loss terms and times.
    double checkedMedianSeconds(int planned) const
    {
        if (static_cast<int>(all.size()) != planned)
            throw std::runtime_error(std::to_string(all.size()) + " iterations reported, " + std::to_string(planned)
                                     + " planned");
        std::vector<double> s;
        for (const auto &e : all) {
            for (const auto &[name, value] : e.terms)
                if (!std::isfinite(value))
                    throw std::runtime_error(e.method + " iteration " + std::to_string(e.iteration) + ": " + name
                                             + " is " + std::to_string(value));
            if (!(e.seconds > 0) || !std::isfinite(e.seconds))
                throw std::runtime_error(e.method + " iteration " + std::to_string(e.iteration) + " took "
                                         + std::to_string(e.seconds) + " s");
            if (&e != &all.front()) // the warm-up
                s.push_back(e.seconds);
        }
        std::sort(s.begin(), s.end());
        return s[s.size() / 2];
    }
};

LatentSet pairedLatents(const Dataset &data, int64_t perClass, int64_t latentSize)
{
    LatentSet set;
    set.sourceIndices = chooseIndicesPerClass(data.train.labels, data.numClasses(), perClass, 0);
    set.labels = data.train.labels.index_select(0, set.sourceIndices);
    set.latents = torch::randn({set.size(), latentSize});
    return set;
}

void benchDm(const Dataset &data, int64_t perClass, int64_t realBatch, int iterations)
{
    DmConfig c;
    c.imagesPerClass = perClass;
    c.realBatch = realBatch;
    c.iterations = iterations;
    c.checkpointEvery = 1000000;
    Events events;
    runDm(data, c, {scratch("dm"), false, {}}, nullptr, events.hooks());
    const double s = events.checkedMedianSeconds(iterations);
    const double images = static_cast<double>(data.numClasses() * (realBatch + perClass));
    // real: forward only; synthetic: forward + input-gradient backward (~2x forward).
    const double flops = data.numClasses() * (realBatch + 2.0 * perClass) * kConvNetForwardFlops;
    std::printf("DM        %3lld img/class  real batch %4lld : %6.3f s/it  %7.0f images/s  %5.0f GFLOP/s equiv.\n",
                static_cast<long long>(perClass), static_cast<long long>(realBatch), s, images / s, flops / s / 1e9);
}

void benchItgan(Generator &g, const std::string &gname, const Dataset &data, int64_t perClass, int64_t realBatch,
                int iterations)
{
    ItganConfig c;
    c.realBatch = realBatch;
    c.iterations = iterations;
    c.checkpointEvery = 1000000;
    Events events;
    runItgan(g, data, pairedLatents(data, perClass, g.info().latentSize), c, {scratch("itgan"), false, {}}, nullptr,
             events.hooks());
    const double s = events.checkedMedianSeconds(iterations);
    const double images = static_cast<double>(data.numClasses() * (realBatch + 2 * perClass));
    const double flops = data.numClasses() * (realBatch + perClass + 2.0 * perClass) * kConvNetForwardFlops;
    std::printf("IT-GAN    %3lld lat/class  real batch %4lld  %-14s: %6.3f s/it  %7.0f images/s  %5.0f GFLOP/s equiv. (ConvNet part)\n",
                static_cast<long long>(perClass), static_cast<long long>(realBatch), gname.c_str(), s, images / s,
                flops / s / 1e9);
}

void benchInversion(Generator &g, const std::string &gname, ClassifierNet &psi, const Dataset &data, int64_t perClass,
                    int iterations)
{
    InversionConfig c;
    c.imagesPerClass = perClass;
    c.iterations = iterations;
    c.checkpointEvery = 1000000;
    Events events;
    runInversion(g, psi, data, c, {scratch("inversion"), false, {}}, nullptr, events.hooks());
    const double s = events.checkedMedianSeconds(iterations);
    std::printf("inversion %5lld latents  %-14s: %6.3f s/it  %7.0f latents/s\n",
                static_cast<long long>(perClass * data.numClasses()), gname.c_str(), s,
                static_cast<double>(perClass * data.numClasses()) / s);
}

// One IT-GAN iteration's work, class by class, split into its three parts; each part must
// take measurable time.
void breakdownItgan(Generator &g, const std::string &gname, const Dataset &data, int64_t perClass, int64_t realBatch)
{
    const RealClassImages real(data);
    const DsaAugment augment(resolveDsaStrategy("auto", data.allowsHorizontalFlip()));
    g.setTraining(false);
    g.setWeightsRequireGrad(false);
    double realTime = 0, generatorTime = 0, embedTime = 0;
    for (int rep = 0; rep < 3; ++rep) {
        double r = 0, gen = 0, emb = 0;
        for (int64_t c = 0; c < data.numClasses(); ++c) {
            auto net = freshEmbeddingNet("convnet", data, c + 100 * rep, false);
            auto t = Clock::now();
            {
                torch::NoGradGuard noGrad;
                net->embed(augment.siamese(real.sample(c, realBatch, c), c)).mean(0);
                net->embed(augment.siamese(real.sample(c, perClass, c + 1), c));
            }
            r += secondsSince(t);
            auto z = torch::randn({perClass, g.info().latentSize}).requires_grad_(true);
            auto y = torch::full({perClass}, c, torch::kInt64);
            t = Clock::now();
            auto images = generateInClassifierSpace(g, z, y, data);
            auto leaf = images.detach().requires_grad_(true);
            gen += secondsSince(t);
            t = Clock::now();
            net->embed(augment.siamese(leaf, c)).mean(0).pow(2).sum().backward();
            emb += secondsSince(t);
            t = Clock::now();
            images.backward(leaf.grad());
            gen += secondsSince(t);
        }
        // The fastest of three repetitions of each part.
        realTime = rep == 0 ? r : std::min(realTime, r);
        generatorTime = rep == 0 ? gen : std::min(generatorTime, gen);
        embedTime = rep == 0 ? emb : std::min(embedTime, emb);
    }
    if (!(realTime > 0 && generatorTime > 0 && embedTime > 0))
        throw std::runtime_error("an IT-GAN breakdown part took no time");
    const double total = realTime + generatorTime + embedTime;
    std::printf("IT-GAN breakdown (%s, %lld lat/class, real %lld/class): real features %.3f s (%.0f%%), generator "
                "fwd+bwd %.3f s (%.0f%%), embedding fwd+bwd %.3f s (%.0f%%)\n",
                gname.c_str(), static_cast<long long>(perClass), static_cast<long long>(realBatch), realTime,
                100 * realTime / total, generatorTime, 100 * generatorTime / total, embedTime, 100 * embedTime / total);
}

} // namespace

// The benchmark's parts as test slots.
class CondensationBenchmark : public QObject {
    Q_OBJECT

    int m_iterations = 4;
    Dataset m_data;
    LoadedGenerator m_biggan, m_bundled;
    std::shared_ptr<ClassifierNet> m_psi;

private slots:
    void initTestCase()
    {
        m_iterations = bench::environmentInt("ITGAN_BENCH_ITERATIONS", 4);
        QVERIFY2(m_iterations >= 2, "ITGAN_BENCH_ITERATIONS: at least 2 (the first is a warm-up)");
        keepFreedMemoryForReuse();
        std::printf("threads: %d\n", configureTorchThreads(bench::environmentInt("ITGAN_BENCH_THREADS", 0)));
        m_data = loadDataset({"fashion-mnist"});
        torch::manual_seed(0);
        m_biggan = createGenerator("biggan32", 16, 128, 10, 1);
        m_bundled = loadGenerator(bundledModelPath(kBundledGenerator));
        m_psi = loadClassifier(bundledModelPath(kBundledClassifier), "convnet", 1, 28);
    }

    void dm()
    {
        bench::runChecked([&] {
            for (int64_t perClass : {10, 50})
                for (int64_t realBatch : {256, 64})
                    benchDm(m_data, perClass, realBatch, m_iterations);
        });
    }

    void itgan()
    {
        bench::runChecked([&] {
            benchItgan(*m_biggan.generator, "biggan32 G16", m_data, 10, 500, m_iterations);
            benchItgan(*m_bundled.generator, "bundled dcgan", m_data, 10, 500, m_iterations);
            for (int64_t perClass : {10, 50})
                for (int64_t realBatch : {256, 64})
                    benchItgan(*m_biggan.generator, "biggan32 G16", m_data, perClass, realBatch, m_iterations);
        });
    }

    void itganBreakdown()
    {
        bench::runChecked([&] {
            breakdownItgan(*m_biggan.generator, "biggan32 G16", m_data, 10, 500);
            breakdownItgan(*m_biggan.generator, "biggan32 G16", m_data, 50, 256);
        });
    }

    void inversion()
    {
        bench::runChecked([&] {
            for (int64_t perClass : {10, 50, 100})
                benchInversion(*m_biggan.generator, "biggan32 G16", *m_psi, m_data, perClass, m_iterations);
            benchInversion(*m_bundled.generator, "bundled dcgan", *m_psi, m_data, 100, m_iterations);
        });
    }
};

QTEST_GUILESS_MAIN(CondensationBenchmark)
#include "bench_condensation.moc"
