#include "core/evaluation/EvaluationEstimate.h"

#include "core/base/ComputeDevice.h"
#include "core/base/DurationText.h"
#include "core/nets/NetworkFactory.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <sstream>

namespace itgan {
namespace {

using Clock = std::chrono::steady_clock;

// Two untimed warm-up steps (allocations, oneDNN primitives, OpenMP threads), then steps
// until at least kMinimumTimedSeconds have passed: two steps alone misjudged a 100-image
// evaluation by 40 % (allocator and thread start-up); a second of steps came within 10 %
// (estimate 1m43s, run 1m53s: 300 epochs on 100 Fashion-MNIST images, 2 threads).
constexpr int kWarmupSteps = 2;
constexpr int kMinimumTimedSteps = 3;
constexpr int kMaximumTimedSteps = 50;
constexpr double kMinimumTimedSeconds = 1.0;
constexpr double kMinimumTestSeconds = 0.25;
constexpr int64_t kSampleImages = 256;

} // namespace

EvaluationThroughput measureThroughput(const TrainingConfig &config, int64_t batchSize, const TensorDataset &train,
                                       const TensorDataset &test, int64_t numClasses)
{
    // Network initialisation draws from the global generator; put it back afterwards.
    at::Generator global = at::detail::getDefaultCPUGenerator();
    const auto savedState = global.get_state();

    auto net = createNetwork({config.arch, train.images.size(1), numClasses, train.images.size(2)});
    net->train();
    torch::optim::SGD optimizer = protocolOptimizer(*net, config);
    const DsaAugment augment(config.dsaStrategy);
    at::Generator gen = at::detail::createCPUGenerator(config.seed);
    const int64_t batch = std::max<int64_t>(1, batchSize);
    const auto pick = torch::arange(batch, torch::kInt64).remainder(train.size());
    const auto x = toComputeDevice(train.images.index_select(0, pick));
    const auto y = toComputeDevice(train.labels.index_select(0, pick));
    // Reading the loss waits for the step, so the clock also measures asynchronous devices.
    auto step = [&] { trainingStep(*net, optimizer, augment, gen, x, y).loss.item<double>(); };
    for (int i = 0; i < kWarmupSteps; ++i)
        step();
    const auto trainStart = Clock::now();
    int trainSteps = 0;
    double trainSeconds = 0;
    while (trainSteps < kMinimumTimedSteps || (trainSeconds < kMinimumTimedSeconds && trainSteps < kMaximumTimedSteps)) {
        step();
        ++trainSteps;
        trainSeconds = secondsSince(trainStart);
    }

    const int64_t testBatch = std::min<int64_t>(config.testBatchSize, test.size());
    const auto testImages = toComputeDevice(test.images.narrow(0, 0, testBatch));
    double testSeconds = 0;
    int testBatches = 0;
    {
        torch::NoGradGuard noGrad;
        net->eval();
        net->forward(testImages); // warm-up
        const auto testStart = Clock::now();
        while (testBatches < 2 || (testSeconds < kMinimumTestSeconds && testBatches < kMaximumTimedSteps)) {
            net->forward(testImages).argmax(1).max().item<int64_t>();
            ++testBatches;
            testSeconds = secondsSince(testStart);
        }
    }
    global.set_state(savedState);

    EvaluationThroughput t;
    t.trainImagesPerSecond = static_cast<double>(batch * trainSteps) / std::max(trainSeconds, 1e-9);
    t.testImagesPerSecond = static_cast<double>(testBatch * testBatches) / std::max(testSeconds, 1e-9);
    return t;
}

double estimatedSeconds(const PlannedEvaluation &plan, const EvaluationThroughput &throughput)
{
    const double training = static_cast<double>(plan.config.epochs) * static_cast<double>(plan.trainImages)
                            / throughput.trainImagesPerSecond;
    // The last tested epoch tests the whole test set, the earlier ones the curve's probe.
    const int64_t probe = plan.config.testProbe > 0 ? std::min<int64_t>(plan.config.testProbe, plan.testImages)
                                                    : plan.testImages;
    const double testedImages = static_cast<double>(testedEpochs(plan.config) - 1) * static_cast<double>(probe)
                                + static_cast<double>(plan.testImages);
    const double testing = testedImages / throughput.testImagesPerSecond;
    return static_cast<double>(plan.runs) * (training + testing);
}

std::string describeEvaluationEstimate(const std::vector<PlannedEvaluation> &plans, const DatasetSplit &firstSet,
                                       const Normalisation &normalisation, const TensorDataset &test,
                                       int64_t numClasses)
{
    // Batches repeat images, so converting a few hundred is enough (not 60 000 of the whole real set).
    const int64_t sampled = std::min<int64_t>(kSampleImages, firstSet.size());
    const TensorDataset train{toClassifierSpace(firstSet.images.narrow(0, 0, sampled), normalisation),
                              firstSet.labels.narrow(0, 0, sampled)};
    // Per image, a small set's one short batch costs more than a full batch of 256.
    std::map<std::pair<std::string, int64_t>, EvaluationThroughput> measured;
    double total = 0;
    int classifiers = 0;
    for (const auto &plan : plans) {
        const int64_t batch = std::min<int64_t>(plan.config.batchSize, std::max<int64_t>(1, plan.trainImages));
        const auto key = std::make_pair(plan.config.arch, batch);
        auto found = measured.find(key);
        if (found == measured.end())
            found = measured.emplace(key, measureThroughput(plan.config, batch, train, test, numClasses)).first;
        total += estimatedSeconds(plan, found->second);
        classifiers += plan.runs;
    }
    std::ostringstream s;
    s << "estimated " << formatDuration(total) << " for " << classifiers << " classifier(s)";
    const char *separator = " (";
    for (const auto &[key, t] : measured) {
        char figures[128];
        std::snprintf(figures, sizeof figures, "%s, batch %lld: %.0f training and %.0f test images/s", key.first.c_str(),
                      static_cast<long long>(key.second), t.trainImagesPerSecond, t.testImagesPerSecond);
        s << separator << figures;
        separator = "; ";
    }
    if (!measured.empty())
        s << ")";
    return s.str();
}

} // namespace itgan
