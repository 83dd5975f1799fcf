// ConvNet throughput benchmark (built on demand, not registered with CTest: timings on shared
// machines are noise): forward+backward images/s and GFLOP/s at batch 256, width 128,
// depth 3, for 3x32x32 and 1x28x28 inputs, and the wall time of one evaluation-training
// epoch on 500 real Fashion-MNIST images (core/README.md: Where the time goes). A Qt Test program: it fails if a loss
// or a gradient is not finite, the weights get no gradient, an iteration time is not
// finite, or the evaluation training does not learn (test accuracy at chance).
//   [ITGAN_BENCH_ITERATIONS=5] [ITGAN_BENCH_THREADS=N] [ITGAN_BENCH_NO_MEMORY_TUNING=1] bench_convnet
#include "BenchSupport.h"

#include "core/evaluation/ClassifierTrainer.h"
#include "core/data/DatasetLoader.h"
#include "core/base/MemoryTuning.h"
#include "core/nets/NetworkFactory.h"
#include "core/base/Threads.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace itgan;
using bench::Clock;

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

// What one forward+backward series measured, for the test slot to check.
struct ForwardBackwardRun {
    double secondsPerIteration = 0; // median after two warm-up iterations
    bool lossesFinite = true;
    bool everyWeightHasGradient = true;
    double gradientSquaredNorm = 0; // of the last iteration's weight gradients
};

ForwardBackwardRun benchForwardBackward(int64_t channels, int64_t size, int iterations)
{
    torch::manual_seed(0);
    auto net = createNetwork({"convnet", channels, 10, size});
    net->train();
    auto x = torch::randn({kBatch, channels, size, size});
    auto y = torch::randint(0, 10, {kBatch}, torch::kInt64);
    ForwardBackwardRun run;
    std::vector<double> seconds;
    for (int i = 0; i < iterations + 2; ++i) {
        const auto start = Clock::now();
        net->zero_grad();
        auto loss = torch::nn::functional::cross_entropy(net->forward(x), y);
        loss.backward();
        const double s = bench::secondsSince(start);
        run.lossesFinite = run.lossesFinite && std::isfinite(loss.item<double>());
        if (i >= 2) // two warm-up iterations
            seconds.push_back(s);
    }
    for (const auto &p : net->parameters()) {
        run.everyWeightHasGradient = run.everyWeightHasGradient && p.grad().defined();
        if (p.grad().defined())
            run.gradientSquaredNorm += p.grad().pow(2).sum().item<double>();
    }
    run.secondsPerIteration = bench::median(seconds);
    const double t = run.secondsPerIteration;
    std::printf("convnet fwd+bwd %lldx%lldx%lld batch %lld: %.3f s/iter, %.0f images/s, %.1f GFLOP/s\n",
                static_cast<long long>(channels), static_cast<long long>(size), static_cast<long long>(size),
                static_cast<long long>(kBatch), t, kBatch / t, trainingFlopsPerImage(channels, size) * kBatch / t / 1e9);
    return run;
}

struct EvaluationEpochRun {
    int epochsPlanned = 0, epochsRecorded = 0;
    double medianEpochSeconds = 0;
    double finalTestAccuracy = 0;
};

EvaluationEpochRun benchEvaluationEpoch()
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
    EvaluationEpochRun run{config.epochs, static_cast<int>(r.epochs.size()), 0, r.finalTestAccuracy};
    std::vector<double> seconds;
    for (size_t e = 1; e + 1 < r.epochs.size(); ++e)
        seconds.push_back(r.epochs[e].seconds);
    if (!seconds.empty())
        run.medianEpochSeconds = bench::median(seconds);
    std::printf("evaluation-training epoch, convnet, 500 Fashion-MNIST images, batch 256, DSA: %.3f s (median of %zu; "
                "test accuracy after 8 epochs %.1f %%)\n",
                run.medianEpochSeconds, seconds.size(), r.finalTestAccuracy);
    return run;
}

} // namespace

class ConvNetBenchmark : public QObject {
    Q_OBJECT

    int m_iterations = 5;

private slots:
    void initTestCase()
    {
        m_iterations = bench::environmentInt("ITGAN_BENCH_ITERATIONS", 5);
        const bool tuneMemory = qEnvironmentVariableIntValue("ITGAN_BENCH_NO_MEMORY_TUNING") == 0;
        if (tuneMemory)
            keepFreedMemoryForReuse();
        const int used = configureTorchThreads(bench::environmentInt("ITGAN_BENCH_THREADS", 0));
        std::printf("threads %d, memory tuning %s\n", used, tuneMemory ? "on" : "off");
    }

    void forwardBackward_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("size");
        QTest::newRow("3x32x32") << 3 << 32;
        QTest::newRow("1x28x28") << 1 << 28;
    }

    void forwardBackward()
    {
        QFETCH(int, channels);
        QFETCH(int, size);
        const ForwardBackwardRun run = benchForwardBackward(channels, size, m_iterations);
        QVERIFY2(run.lossesFinite, "a cross-entropy was not finite");
        QVERIFY2(run.everyWeightHasGradient, "a ConvNet weight got no gradient");
        QVERIFY2(std::isfinite(run.gradientSquaredNorm) && run.gradientSquaredNorm > 0,
                 qPrintable(QString("weight gradients zero or not finite (squared norm %1)").arg(run.gradientSquaredNorm)));
        QVERIFY2(std::isfinite(run.secondsPerIteration) && run.secondsPerIteration > 0,
                 qPrintable(QString("an iteration took %1 s").arg(run.secondsPerIteration)));
    }

    void evaluationEpoch()
    {
        const EvaluationEpochRun run = benchEvaluationEpoch();
        QCOMPARE(run.epochsRecorded, run.epochsPlanned);
        QVERIFY2(run.medianEpochSeconds > 0, "the training epochs took no time");
        // 8 epochs on 500 real images learn far beyond chance (10 %); a broken trainer does not.
        QVERIFY2(run.finalTestAccuracy > 30,
                 qPrintable(QString("test accuracy %1 % after 8 epochs").arg(run.finalTestAccuracy)));
    }
};

QTEST_GUILESS_MAIN(ConvNetBenchmark)
#include "bench_convnet.moc"
