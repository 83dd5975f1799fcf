#include "core/evaluation/ClassifierTrainer.h"

#include "core/base/ComputeDevice.h"
#include "core/base/DurationText.h"
#include "core/base/Errors.h"
#include "core/base/LearningRate.h"
#include "core/nets/NetworkFactory.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace itgan {

namespace {

using Clock = std::chrono::steady_clock;

void checkDataset(const TensorDataset &d, const char *what, int64_t numClasses)
{
    if (d.size() == 0)
        throw ConfigError(std::string(what) + " set is empty");
    if (d.images.dim() != 4 || !d.images.is_floating_point())
        throw ConfigError(std::string(what) + " images must be float [N,C,H,W] in classifier space");
    if (d.images.size(0) != d.labels.size(0))
        throw ConfigError(std::string(what) + " set has " + std::to_string(d.images.size(0)) + " images but "
                          + std::to_string(d.labels.size(0)) + " labels");
    const int64_t lo = d.labels.min().item<int64_t>(), hi = d.labels.max().item<int64_t>();
    if (lo < 0 || hi >= numClasses)
        throw ConfigError(std::string(what) + " labels span " + std::to_string(lo) + ".." + std::to_string(hi)
                          + " but there are " + std::to_string(numClasses) + " classes");
}

} // namespace

namespace {
int testInterval(const TrainingConfig &config)
{
    return config.testEvery > 0 ? config.testEvery : std::max(1, config.epochs / 10);
}
} // namespace

torch::optim::SGD protocolOptimizer(ClassifierNet &net, const TrainingConfig &config)
{
    return torch::optim::SGD(net.parameters(), torch::optim::SGDOptions(config.learningRate)
                                                   .momentum(config.momentum)
                                                   .weight_decay(config.weightDecay));
}

TrainingStep trainingStep(ClassifierNet &net, torch::optim::Optimizer &optimizer, const DsaAugment &augment,
                          at::Generator &generator, const torch::Tensor &images, const torch::Tensor &labels)
{
    TrainingStep step;
    step.logits = net.forward(augment.perImage(images, generator));
    step.loss = torch::nn::functional::cross_entropy(step.logits, labels);
    optimizer.zero_grad();
    step.loss.backward();
    optimizer.step();
    return step;
}

bool isTestEpoch(const TrainingConfig &config, int epoch)
{
    return epoch % testInterval(config) == 0 || epoch == config.epochs;
}

int testedEpochs(const TrainingConfig &config)
{
    int count = 0;
    for (int epoch = 1; epoch <= config.epochs; ++epoch)
        count += isTestEpoch(config, epoch) ? 1 : 0;
    return count;
}

namespace {

// Rows [first, first + count) of `total` that rank `rank` of `ranks` takes.
std::pair<int64_t, int64_t> shareOfRows(int64_t total, int rank, int ranks)
{
    const int64_t first = total * rank / ranks, end = total * (rank + 1) / ranks;
    return {first, end - first};
}

bool isDataParallel(const DistributedGroup *group)
{
    return group && group->isDistributed();
}

// One protocol step on this rank's rows of a batch of `batchRows`: the loss is scaled to
// those rows' share of the batch mean, so the gradients summed over the ranks are the
// whole batch's.
TrainingStep dataParallelStep(ClassifierNet &net, torch::optim::Optimizer &optimizer, const DsaAugment &augment,
                              at::Generator &generator, const torch::Tensor &images, const torch::Tensor &labels,
                              int64_t batchRows, const DistributedGroup &group)
{
    TrainingStep step;
    optimizer.zero_grad();
    if (images.size(0) > 0) {
        step.logits = net.forward(augment.perImage(images, generator));
        step.loss = torch::nn::functional::cross_entropy(
            step.logits, labels, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
        (step.loss / static_cast<double>(batchRows)).backward();
    } else { // fewer rows than ranks in the last batch
        step.logits = torch::zeros({0, 1});
        step.loss = torch::zeros({});
    }
    group.sumGradients(net.parameters());
    optimizer.step();
    return step;
}

} // namespace

TensorDataset testProbeSubset(const TensorDataset &test, int64_t numClasses, int64_t images)
{
    if (images <= 0 || images >= test.size())
        return test;
    at::Generator gen = at::detail::createCPUGenerator(20261205);
    const auto order = torch::randperm(test.size(), gen, torch::kInt64);
    const auto labels = test.labels.index_select(0, order).contiguous();
    const int64_t *label = labels.data_ptr<int64_t>(), *original = order.data_ptr<int64_t>();
    const int64_t quota = std::max<int64_t>(1, images / numClasses);
    std::vector<int64_t> taken(static_cast<size_t>(numClasses), 0), rows;
    for (int64_t i = 0; i < test.size() && static_cast<int64_t>(rows.size()) < images; ++i)
        if (taken[static_cast<size_t>(label[i])]++ < quota)
            rows.push_back(original[i]);
    std::sort(rows.begin(), rows.end()); // the test set's own order
    const auto picked = torch::tensor(rows, torch::kInt64);
    return {test.images.index_select(0, picked), test.labels.index_select(0, picked)};
}

double testAccuracy(ClassifierNet &model, const TensorDataset &data, int batchSize, const DistributedGroup *dataParallel)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    int64_t correct = 0;
    int64_t from = 0, to = data.size();
    if (isDataParallel(dataParallel)) {
        const auto [first, count] = shareOfRows(data.size(), dataParallel->rank(), dataParallel->worldSize());
        from = first;
        to = first + count;
    }
    for (int64_t start = from; start < to; start += batchSize) {
        const int64_t len = std::min<int64_t>(batchSize, to - start);
        auto logits = model.forward(toComputeDevice(data.images.narrow(0, start, len)));
        correct += logits.argmax(1).eq(toComputeDevice(data.labels.narrow(0, start, len))).sum().item<int64_t>();
    }
    if (isDataParallel(dataParallel)) {
        auto total = torch::tensor({static_cast<double>(correct)}, torch::kFloat64);
        dataParallel->sumInPlace({total});
        correct = static_cast<int64_t>(total.item<double>());
    }
    model.train(wasTraining);
    return 100.0 * static_cast<double>(correct) / static_cast<double>(std::max<int64_t>(1, data.size()));
}

TrainingResult trainClassifier(const TrainingConfig &config, const TensorDataset &train, const TensorDataset &test,
                               int64_t numClasses, const CancellationToken *cancel, const TrainingCallbacks &callbacks,
                               const DistributedGroup *dataParallel)
{
    if (config.epochs < 1 || config.batchSize < 1)
        throw ConfigError("epochs and batch size must be positive (got " + std::to_string(config.epochs) + ", "
                          + std::to_string(config.batchSize) + ")");
    if (!(config.learningRate > 0))
        throw ConfigError("learning rate must be positive, got " + std::to_string(config.learningRate));
    checkDataset(train, "training", numClasses);
    checkDataset(test, "test", numClasses);
    if (train.images.sizes().slice(1) != test.images.sizes().slice(1))
        throw ConfigError("training images and test images differ in channels or size");

    const auto start = Clock::now();
    // Network initialisation draws from LibTorch's global generator.
    torch::manual_seed(config.seed);
    TrainingResult result;
    result.model = createNetwork({config.arch, train.images.size(1), numClasses, train.images.size(2)});
    ClassifierNet &net = *result.model;
    net.train();

    at::Generator gen = at::detail::createCPUGenerator(config.seed * 7919 + 17);
    // Data-parallel: `gen` draws the batches (the same on every rank), each rank its own
    // augmentations.
    const bool parallel = isDataParallel(dataParallel);
    at::Generator augmentGen =
        parallel ? at::detail::createCPUGenerator(config.seed * 7919 + 18 + 1000003ull * static_cast<uint64_t>(dataParallel->rank()))
                 : gen;
    const DsaAugment augment(config.dsaStrategy);
    torch::optim::SGD optimizer = protocolOptimizer(net, config);
    const int64_t n = train.size();
    const int batches = static_cast<int>((n + config.batchSize - 1) / config.batchSize);
    const TensorDataset probe = testProbeSubset(test, numClasses, config.testProbe);

    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        // The reference drops the learning rate x0.1 once, at half the epochs.
        const double lr = epoch > config.epochs / 2 ? config.learningRate * 0.1 : config.learningRate;
        setLearningRate(optimizer, lr);

        auto order = torch::randperm(n, gen, torch::kInt64);
        double lossSum = 0;
        int64_t correct = 0;
        for (int b = 0; b < batches; ++b) {
            if (cancel)
                cancel->throwIfCancelled();
            const int64_t first = static_cast<int64_t>(b) * config.batchSize;
            auto idx = order.narrow(0, first, std::min<int64_t>(config.batchSize, n - first));
            if (parallel) {
                const int64_t rows = idx.size(0);
                const auto [from, count] = shareOfRows(rows, dataParallel->rank(), dataParallel->worldSize());
                idx = idx.narrow(0, from, count);
                const auto y = toComputeDevice(train.labels.index_select(0, idx));
                const TrainingStep step = dataParallelStep(net, optimizer, augment, augmentGen,
                                                           toComputeDevice(train.images.index_select(0, idx)), y, rows,
                                                           *dataParallel);
                auto sums = torch::tensor({step.loss.item<double>(), count > 0 ? static_cast<double>(
                                                                          step.logits.argmax(1).eq(y).sum().item<int64_t>())
                                                                    : 0.0},
                                          torch::kFloat64);
                dataParallel->sumInPlace({sums}); // the whole batch's loss sum and correct count
                lossSum += sums[0].item<double>();
                correct += static_cast<int64_t>(sums[1].item<double>());
            } else {
                // The sets stay on the CPU; each batch moves to the compute device where it is cut.
                const auto y = toComputeDevice(train.labels.index_select(0, idx));
                const TrainingStep step =
                    trainingStep(net, optimizer, augment, gen, toComputeDevice(train.images.index_select(0, idx)), y);
                lossSum += step.loss.item<double>() * static_cast<double>(idx.size(0));
                correct += step.logits.argmax(1).eq(y).sum().item<int64_t>();
            }
            if (callbacks.onBatch)
                callbacks.onBatch(epoch, b + 1, batches);
        }

        EpochRecord record;
        record.epoch = epoch;
        record.learningRate = lr;
        record.trainLoss = lossSum / static_cast<double>(n);
        record.trainAccuracy = 100.0 * static_cast<double>(correct) / static_cast<double>(n);
        if (isTestEpoch(config, epoch)) {
            const TensorDataset &tested = epoch == config.epochs ? test : probe;
            record.testAccuracy = testAccuracy(net, tested, config.testBatchSize, dataParallel);
            record.testImages = tested.size();
        }
        record.seconds = secondsSince(epochStart);
        result.epochs.push_back(record);
        if (callbacks.onEpoch)
            callbacks.onEpoch(record, config.epochs);
        if (callbacks.onEpochModel)
            callbacks.onEpochModel(net, record);
    }
    result.finalTestAccuracy = result.epochs.back().testAccuracy;
    result.seconds = secondsSince(start);
    return result;
}

} // namespace itgan
