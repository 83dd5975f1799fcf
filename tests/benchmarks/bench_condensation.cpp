// Condensation benchmark (not a test): seconds per iteration of GAN inversion, IT-GAN and
// pixel DM at the settings SPEC §8 quotes, a breakdown of one IT-GAN iteration into
// real-feature, generator and embedding time, and images/s with achieved GFLOP/s. GFLOP/s
// counts direct-convolution FLOPs: with the Winograd path (core/WinogradConv) it is the
// rate a direct convolution would need for the same time ("equivalent").
//   bench_condensation [--threads T] [--iterations N]
#include "core/BundledModels.h"
#include "core/ClassifierFile.h"
#include "core/CondensationSupport.h"
#include "core/DatasetLoader.h"
#include "core/DsaAugment.h"
#include "core/GanInversion.h"
#include "core/GeneratorFile.h"
#include "core/LatentCondenser.h"
#include "core/MemoryTuning.h"
#include "core/PixelCondenser.h"
#include "core/SyntheticSets.h"
#include "core/Threads.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace itgan;
using Clock = std::chrono::steady_clock;

namespace {

// ConvNet-128 (depth 3) forward FLOPs for one 1x28x28 image (first conv padded to 32x32).
constexpr double kConvNetForwardFlops = 2.0 * (32 * 32 * 128 * 9 * 1 + 16 * 16 * 128 * 128 * 9 + 8 * 8 * 128 * 128 * 9);

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string scratch(const std::string &name)
{
    const auto dir = fs::temp_directory_path() / ("bench-condensation-" + name);
    fs::remove_all(dir);
    return dir.string();
}

// Median seconds per iteration after the first (warm-up) iteration.
double medianSeconds(const std::vector<double> &seconds)
{
    std::vector<double> s(seconds.begin() + (seconds.size() > 1 ? 1 : 0), seconds.end());
    std::sort(s.begin(), s.end());
    return s[s.size() / 2];
}

JobHooks collect(std::vector<double> &seconds)
{
    JobHooks hooks;
    hooks.onIteration = [&seconds](const IterationEvent &e) { seconds.push_back(e.seconds); };
    return hooks;
}

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
    std::vector<double> seconds;
    runDm(data, c, {scratch("dm"), false, {}}, nullptr, collect(seconds));
    const double s = medianSeconds(seconds);
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
    std::vector<double> seconds;
    runItgan(g, data, pairedLatents(data, perClass, g.info().latentSize), c, {scratch("itgan"), false, {}}, nullptr,
             collect(seconds));
    const double s = medianSeconds(seconds);
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
    std::vector<double> seconds;
    runInversion(g, psi, data, c, {scratch("inversion"), false, {}}, nullptr, collect(seconds));
    const double s = medianSeconds(seconds);
    std::printf("inversion %5lld latents  %-14s: %6.3f s/it  %7.0f latents/s\n",
                static_cast<long long>(perClass * data.numClasses()), gname.c_str(), s,
                static_cast<double>(perClass * data.numClasses()) / s);
}

// One IT-GAN iteration's work, class by class, split into its three parts.
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
    const double total = realTime + generatorTime + embedTime;
    std::printf("IT-GAN breakdown (%s, %lld lat/class, real %lld/class): real features %.3f s (%.0f%%), generator "
                "fwd+bwd %.3f s (%.0f%%), embedding fwd+bwd %.3f s (%.0f%%)\n",
                gname.c_str(), static_cast<long long>(perClass), static_cast<long long>(realBatch), realTime,
                100 * realTime / total, generatorTime, 100 * generatorTime / total, embedTime, 100 * embedTime / total);
}

} // namespace

int main(int argc, char **argv)
{
    int threads = 0, iterations = 4;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--iterations"))
            iterations = std::atoi(argv[i + 1]);
    }
    keepFreedMemoryForReuse();
    std::printf("threads: %d\n", configureTorchThreads(threads));
    const Dataset data = loadDataset({"fashion-mnist"});
    torch::manual_seed(0);
    auto biggan = createGenerator("biggan32", 16, 128, 10, 1);
    auto bundled = loadGenerator(bundledModelPath(kBundledGenerator));
    auto psi = loadClassifier(bundledModelPath(kBundledClassifier), "convnet", 1, 28);

    benchDm(data, 10, 256, iterations);
    benchDm(data, 50, 256, iterations);
    benchDm(data, 10, 64, iterations);
    benchItgan(*biggan.generator, "biggan32 G16", data, 10, 500, iterations);
    benchItgan(*bundled.generator, "bundled dcgan", data, 10, 500, iterations);
    benchItgan(*biggan.generator, "biggan32 G16", data, 10, 256, iterations);
    benchItgan(*biggan.generator, "biggan32 G16", data, 10, 64, iterations);
    benchItgan(*biggan.generator, "biggan32 G16", data, 50, 256, iterations);
    benchItgan(*biggan.generator, "biggan32 G16", data, 50, 64, iterations);
    breakdownItgan(*biggan.generator, "biggan32 G16", data, 10, 500);
    breakdownItgan(*biggan.generator, "biggan32 G16", data, 50, 256);
    benchInversion(*biggan.generator, "biggan32 G16", *psi, data, 100, iterations);
    benchInversion(*bundled.generator, "bundled dcgan", *psi, data, 100, iterations);
    return 0;
}
