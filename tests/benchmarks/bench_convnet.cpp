// ConvNet throughput benchmark (not a test): forward+backward images/s and GFLOP/s at
// batch 256, width 128, depth 3, for 3x32x32 and 1x28x28 inputs, and the wall time of
// one evaluation-training epoch on 500 real Fashion-MNIST images (SPEC §8).
//   bench_convnet [--iterations N] [--threads T] [--no-memory-tuning]
#include "core/ClassifierTrainer.h"
#include "core/DatasetLoader.h"
#include "core/MemoryTuning.h"
#include "core/NetworkFactory.h"
#include "core/Threads.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace itgan;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int64_t kBatch = 256;
constexpr int64_t kWidth = 128;
constexpr int64_t kDepth = 3;

// Multiply-adds x2 of the convolutions and the classifier for one image, forward only.
double forwardFlopsPerImage(int64_t channels, int64_t size)
{
    double flops = 0;
    int64_t in = channels, side = size + (channels == 1 ? 4 : 0); // 28x28 is padded by 3 -> 32x32 output
    for (int64_t d = 0; d < kDepth; ++d) {
        flops += 2.0 * in * kWidth * 9 * side * side;
        in = kWidth;
        side /= 2;
    }
    flops += 2.0 * kWidth * side * side * 10;
    return flops;
}

// Backward costs twice the forward (input and weight gradients), except that the first
// conv needs no input gradient.
double trainingFlopsPerImage(int64_t channels, int64_t size)
{
    const double firstConv = 2.0 * channels * kWidth * 9 * 32 * 32;
    return 3.0 * forwardFlopsPerImage(channels, size) - firstConv;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void benchForwardBackward(int64_t channels, int64_t size, int iterations)
{
    torch::manual_seed(0);
    auto net = createNetwork({"convnet", channels, 10, size});
    net->train();
    auto x = torch::randn({kBatch, channels, size, size});
    auto y = torch::randint(0, 10, {kBatch}, torch::kInt64);
    std::vector<double> seconds;
    for (int i = 0; i < iterations + 2; ++i) {
        const auto start = Clock::now();
        net->zero_grad();
        auto loss = torch::nn::functional::cross_entropy(net->forward(x), y);
        loss.backward();
        const double s = std::chrono::duration<double>(Clock::now() - start).count();
        if (i >= 2) // two warm-up iterations
            seconds.push_back(s);
    }
    const double t = median(seconds);
    const double gflops = trainingFlopsPerImage(channels, size) * kBatch / t / 1e9;
    std::printf("convnet fwd+bwd %lldx%lldx%lld batch %lld: %.3f s/iter, %.0f images/s, %.1f GFLOP/s\n",
                static_cast<long long>(channels), static_cast<long long>(size), static_cast<long long>(size),
                static_cast<long long>(kBatch), t, kBatch / t, gflops);
}

void benchEvaluationEpoch()
{
    const Dataset ds = loadDataset({"fashion-mnist", 32, 0});
    const DatasetSplit subset = subsetPerClass(ds.train, 10, 50, 0);
    const TensorDataset train{toClassifierSpace(subset.images, ds.normalisation), subset.labels};
    const TensorDataset test{toClassifierSpace(ds.test.images.narrow(0, 0, 500), ds.normalisation),
                             ds.test.labels.narrow(0, 0, 500)};
    TrainingConfig config;
    config.epochs = 8;
    config.testEvery = 1000; // only the last epoch tests; the others time pure training
    const TrainingResult r = trainClassifier(config, train, test, 10);
    std::vector<double> seconds;
    for (size_t e = 1; e + 1 < r.epochs.size(); ++e)
        seconds.push_back(r.epochs[e].seconds);
    std::printf("evaluation-training epoch, convnet, 500 Fashion-MNIST images, batch 256, DSA: %.3f s (median of %zu)\n",
                median(seconds), seconds.size());
}

} // namespace

int main(int argc, char **argv)
{
    int iterations = 5, threads = 0;
    bool tuneMemory = true;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--iterations") && i + 1 < argc)
            iterations = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-memory-tuning"))
            tuneMemory = false;
        else {
            std::fprintf(stderr, "usage: %s [--iterations N] [--threads T] [--no-memory-tuning]\n", argv[0]);
            return 2;
        }
    }
    if (tuneMemory)
        keepFreedMemoryForReuse();
    const int used = configureTorchThreads(threads);
    std::printf("threads %d, memory tuning %s\n", used, tuneMemory ? "on" : "off");
    try {
        benchForwardBackward(3, 32, iterations);
        benchForwardBackward(1, 28, iterations);
        benchEvaluationEpoch();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_convnet: %s\n", e.what());
        return 1;
    }
    return 0;
}
