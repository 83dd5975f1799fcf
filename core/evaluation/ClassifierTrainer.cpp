#include "core/evaluation/ClassifierTrainer.h"

#include "core/base/Errors.h"
#include "core/nets/NetworkFactory.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cmath>

namespace itgan {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

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

double testAccuracy(ClassifierNet &model, const TensorDataset &data, int batchSize)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    int64_t correct = 0;
    for (int64_t start = 0; start < data.size(); start += batchSize) {
        const int64_t len = std::min<int64_t>(batchSize, data.size() - start);
        auto logits = model.forward(data.images.narrow(0, start, len));
        correct += logits.argmax(1).eq(data.labels.narrow(0, start, len)).sum().item<int64_t>();
    }
    model.train(wasTraining);
    return 100.0 * static_cast<double>(correct) / static_cast<double>(std::max<int64_t>(1, data.size()));
}

TrainingResult trainClassifier(const TrainingConfig &config, const TensorDataset &train, const TensorDataset &test,
                               int64_t numClasses, const CancellationToken *cancel, const TrainingCallbacks &callbacks)
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
    const DsaAugment augment(config.dsaStrategy);
    torch::optim::SGD optimizer = protocolOptimizer(net, config);
    const int64_t n = train.size();
    const int batches = static_cast<int>((n + config.batchSize - 1) / config.batchSize);

    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        // The reference drops the learning rate x0.1 once, at half the epochs.
        const double lr = epoch > config.epochs / 2 ? config.learningRate * 0.1 : config.learningRate;
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::SGDOptions &>(group.options()).lr(lr);

        auto order = torch::randperm(n, gen, torch::kInt64);
        double lossSum = 0;
        int64_t correct = 0;
        for (int b = 0; b < batches; ++b) {
            if (cancel)
                cancel->throwIfCancelled();
            const int64_t first = static_cast<int64_t>(b) * config.batchSize;
            auto idx = order.narrow(0, first, std::min<int64_t>(config.batchSize, n - first));
            const auto y = train.labels.index_select(0, idx);
            const TrainingStep step = trainingStep(net, optimizer, augment, gen, train.images.index_select(0, idx), y);
            lossSum += step.loss.item<double>() * static_cast<double>(idx.size(0));
            correct += step.logits.argmax(1).eq(y).sum().item<int64_t>();
            if (callbacks.onBatch)
                callbacks.onBatch(epoch, b + 1, batches);
        }

        EpochRecord record;
        record.epoch = epoch;
        record.learningRate = lr;
        record.trainLoss = lossSum / static_cast<double>(n);
        record.trainAccuracy = 100.0 * static_cast<double>(correct) / static_cast<double>(n);
        if (isTestEpoch(config, epoch))
            record.testAccuracy = testAccuracy(net, test, config.testBatchSize);
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
