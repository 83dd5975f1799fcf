// Evaluation against the reference loop (issue: evaluation ≥ 2× faster than the reference).
// One process measures one side, so that each side has its own allocator behaviour; run
// both interleaved with bench_evaluation.sh, which prints the ratios.
//
//   ITGAN_BENCH_REFERENCE=1 bench_evaluation   the reference: DC's evaluate_synset loop
//       transcribed onto the same LibTorch modules the Python code calls (ConvNet from
//       Conv2d / GroupNorm / ReLU / AvgPool2d, ResNet18BN from the zoo with
//       ITGAN_NO_WINOGRAD=1, so plain modules), glibc's default allocator, and one test
//       pass at the end run as the reference does: eval mode under autograd (its
//       `epoch('test', …)` has no no_grad).
//   bench_evaluation                           ours: trainClassifier with the memory tuning
//       the CLI uses, its test passes (a probe for the curve points, the whole split last).
//
// Rows: ConvNet on 100, 500 and 5 000 Fashion-MNIST training images, ResNet18BN, VGG11 and
// WRN-16-8 on 500, batch 256, DSA per batch, against the whole 10 000-image test split. Per row it prints a
// line "ROW <name> epoch <s> test <s> probe <s>" (reference: probe 0) and checks that every
// time is finite and the ConvNet learns (test accuracy above chance).
//   [ITGAN_BENCH_EPOCHS=4] [ITGAN_BENCH_THREADS=N] [ITGAN_BENCH_REFERENCE=1] bench_evaluation
#include "BenchSupport.h"

#include "core/augment/DsaAugment.h"
#include "core/base/MemoryTuning.h"
#include "core/base/Threads.h"
#include "core/data/DatasetLoader.h"
#include "core/evaluation/ClassifierTrainer.h"
#include "core/nets/NetworkFactory.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace itgan;
using bench::Clock;

namespace {

bool referenceSide()
{
    return qEnvironmentVariableIntValue("ITGAN_BENCH_REFERENCE") != 0;
}

// DC's ConvNet (width 128, depth 3, instance norm as GroupNorm(C, C), ReLU, 2×2 average
// pooling; 28×28 inputs padded by 3 in the first convolution), from LibTorch's modules.
torch::nn::Sequential referenceConvNet(int64_t channels, int64_t classes)
{
    namespace nn = torch::nn;
    nn::Sequential net;
    int64_t in = channels;
    for (int d = 0; d < 3; ++d) {
        net->push_back(nn::Conv2d(nn::Conv2dOptions(in, 128, 3).padding(channels == 1 && d == 0 ? 3 : 1)));
        net->push_back(nn::GroupNorm(nn::GroupNormOptions(128, 128).affine(true)));
        net->push_back(nn::ReLU());
        net->push_back(nn::AvgPool2d(nn::AvgPool2dOptions(2).stride(2)));
        in = 128;
    }
    net->push_back(nn::Flatten());
    net->push_back(nn::Linear(128 * 4 * 4, classes));
    return net;
}

// What one side measured for one row.
struct RowTimes {
    double epochSeconds = 0;     // median training epoch
    double testSeconds = 0;      // one pass over the whole test split
    double probeSeconds = 0;     // one pass over the curve's probe (ours only)
    double testAccuracy = 0;     // after the measured epochs
};

// The reference's loop: per epoch a fresh order, per batch DSA, forward, cross entropy,
// backward, SGD step; the learning rate ×0.1 at half the epochs; one test at the end.
template <typename Net>
RowTimes referenceRow(Net &net, const TensorDataset &train, const TensorDataset &test, int epochs)
{
    const DsaAugment augment(kDsaDefaultStrategy);
    at::Generator gen = at::detail::createCPUGenerator(0);
    torch::optim::SGD optimizer(net->parameters(), torch::optim::SGDOptions(0.01).momentum(0.9).weight_decay(5e-4));
    net->train();
    std::vector<double> epochSeconds;
    const int64_t n = train.size();
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const auto start = Clock::now();
        if (epoch == epochs / 2)
            for (auto &group : optimizer.param_groups())
                static_cast<torch::optim::SGDOptions &>(group.options()).lr(0.001);
        const auto order = torch::randperm(n, gen, torch::kInt64);
        for (int64_t first = 0; first < n; first += 256) {
            const auto idx = order.narrow(0, first, std::min<int64_t>(256, n - first));
            const torch::Tensor logits = net->forward(augment.perImage(train.images.index_select(0, idx), gen));
            const auto loss = torch::nn::functional::cross_entropy(logits, train.labels.index_select(0, idx));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        }
        epochSeconds.push_back(bench::secondsSince(start));
    }
    RowTimes times;
    times.epochSeconds = bench::median(std::vector<double>(epochSeconds.begin() + 1, epochSeconds.end()));
    const auto start = Clock::now();
    net->eval();
    int64_t correct = 0;
    for (int64_t first = 0; first < test.size(); first += 256) {
        const int64_t len = std::min<int64_t>(256, test.size() - first);
        const torch::Tensor logits = net->forward(test.images.narrow(0, first, len));
        const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, test.labels.narrow(0, first, len));
        correct += logits.argmax(1).eq(test.labels.narrow(0, first, len)).sum().item<int64_t>();
        (void)loss.item<float>();
    }
    times.testSeconds = bench::secondsSince(start);
    times.testAccuracy = 100.0 * static_cast<double>(correct) / static_cast<double>(test.size());
    return times;
}

RowTimes ourRow(const std::string &arch, const TensorDataset &train, const TensorDataset &test, int epochs)
{
    TrainingConfig config;
    config.arch = arch;
    config.epochs = epochs;
    config.testEvery = epochs + 1; // only the last epoch tests: the others time pure training
    const TrainingResult r = trainClassifier(config, train, test, 10);
    std::vector<double> seconds;
    for (size_t e = 1; e + 1 < r.epochs.size(); ++e)
        seconds.push_back(r.epochs[e].seconds);
    RowTimes times;
    times.epochSeconds = bench::median(seconds);
    times.testAccuracy = r.finalTestAccuracy;
    auto start = Clock::now();
    testAccuracy(*r.model, test, config.testBatchSize);
    times.testSeconds = bench::secondsSince(start);
    const TensorDataset probe = testProbeSubset(test, 10, config.testProbe);
    start = Clock::now();
    testAccuracy(*r.model, probe, config.testBatchSize);
    times.probeSeconds = bench::secondsSince(start);
    return times;
}

} // namespace

class EvaluationBenchmark : public QObject {
    Q_OBJECT

    int m_epochs = 4;
    Dataset m_data;
    TensorDataset m_test;

private slots:
    void initTestCase()
    {
        m_epochs = std::max(3, bench::environmentInt("ITGAN_BENCH_EPOCHS", 4));
        if (!referenceSide())
            keepFreedMemoryForReuse();
        else // the zoo's ResNet18BN would take this project's Winograd path (read once, before any convolution)
            qputenv("ITGAN_NO_WINOGRAD", "1");
        const int used = configureTorchThreads(bench::environmentInt("ITGAN_BENCH_THREADS", 0));
        m_data = loadDataset({"fashion-mnist", 32, 0});
        m_test = {toClassifierSpace(m_data.test.images, m_data.normalisation), m_data.test.labels};
        std::printf("side %s, threads %d, %d epochs per row (median of the last %d)\n",
                    referenceSide() ? "reference" : "ours", used, m_epochs, m_epochs - 2);
    }

    void row_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("perClass");
        QTest::newRow("convnet-100") << "convnet" << 10;
        QTest::newRow("convnet-500") << "convnet" << 50;
        QTest::newRow("convnet-5000") << "convnet" << 500;
        QTest::newRow("resnet18bn-500") << "resnet18bn" << 50;
        // The cross-architecture networks whose 3×3 convolutions take Winograd (paper Tab. 3).
        QTest::newRow("vgg11-500") << "vgg11" << 50;
        QTest::newRow("wrn-16-8-500") << "wrn-16-8" << 50;
    }

    void row()
    {
        QFETCH(QString, arch);
        QFETCH(int, perClass);
        const DatasetSplit subset = subsetPerClass(m_data.train, 10, perClass, 0);
        const TensorDataset train{toClassifierSpace(subset.images, m_data.normalisation), subset.labels};
        // Small sets get more epochs (one batch each), so that they learn enough to check.
        const int epochs = m_epochs * std::max(1, 500 / (10 * perClass));
        torch::manual_seed(0);
        RowTimes times;
        if (!referenceSide()) {
            times = ourRow(arch.toStdString(), train, m_test, epochs);
        } else if (arch == "convnet") {
            auto net = referenceConvNet(1, 10);
            times = referenceRow(net, train, m_test, epochs);
        } else {
            auto net = createNetwork({arch.toStdString(), 1, 10, 28});
            times = referenceRow(net, train, m_test, epochs);
        }
        std::printf("ROW %s epoch %.4f test %.4f probe %.4f accuracy %.2f\n", QTest::currentDataTag(), times.epochSeconds,
                    times.testSeconds, times.probeSeconds, times.testAccuracy);
        std::fflush(stdout);
        QVERIFY2(std::isfinite(times.epochSeconds) && times.epochSeconds > 0, "a training epoch took no time");
        QVERIFY2(std::isfinite(times.testSeconds) && times.testSeconds > 0, "the test pass took no time");
        QVERIFY2(referenceSide() || times.probeSeconds > 0, "the probe pass took no time");
        QVERIFY2(times.testAccuracy >= 0 && times.testAccuracy <= 100, "the test accuracy is not a percentage");
        // A few epochs on ≥ 100 real images take the ConvNet beyond chance (10 %); a broken
        // loop does not. (ResNet18BN's batch-norm running statistics need more steps than a
        // timing run gives before its eval-mode accuracy means anything.)
        if (arch == "convnet")
            QVERIFY2(times.testAccuracy > 15, qPrintable(QString("test accuracy %1 %").arg(times.testAccuracy)));
    }
};

QTEST_GUILESS_MAIN(EvaluationBenchmark)
#include "bench_evaluation.moc"
