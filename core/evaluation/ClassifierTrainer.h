#pragma once
// The evaluation protocol (paper §3.1; core/README.md: Evaluation protocol): train a freshly initialised
// classifier on a (synthetic or real) training set with SGD (momentum 0.9, weight decay
// 5e-4, batch 256, lr 0.01 dropping x0.1 at half the epochs), per-batch non-Siamese DSA,
// and test on the real test split.
#include "core/base/Cancellation.h"
#include "core/nets/ClassifierNet.h"
#include "core/augment/DsaAugment.h"
#include "core/distributed/DistributedGroup.h"

#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace itgan {

// Images already in classifier space (float [N,C,H,W]) and int64 labels.
struct TensorDataset {
    torch::Tensor images;
    torch::Tensor labels;
    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
};

struct TrainingConfig {
    std::string arch = "convnet";
    int epochs = 300;            // the reference evaluates for 300 (DC) to 1000 (DM) epochs
    int batchSize = 256;
    double learningRate = 0.01;
    double momentum = 0.9;
    double weightDecay = 5e-4;
    std::string dsaStrategy = kDsaDefaultStrategy; // "none" disables augmentation
    uint64_t seed = 0;
    int testEvery = 0;           // test every N epochs; 0 = about 10 times per run. The last epoch is always tested.
    // Test images for the curve's points before the last epoch: a fixed class-balanced
    // subset (testProbeSubset), so the curve costs a fraction of a whole test pass each
    // time; 0 = the whole test set. The last epoch (the reported accuracy) always tests the
    // whole test set.
    int testProbe = 1000;
    int testBatchSize = 500;
};

struct EpochRecord {
    int epoch = 0;                // 1-based
    double learningRate = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;     // percent
    double testAccuracy = std::numeric_limits<double>::quiet_NaN(); // percent; NaN when not tested this epoch
    int64_t testImages = 0;       // how many test images testAccuracy is measured on (0: not tested)
    double seconds = 0;           // wall time of this epoch (training + testing)
};

struct TrainingResult {
    std::vector<EpochRecord> epochs;
    double finalTestAccuracy = 0; // percent, after the last epoch
    double seconds = 0;
    ClassifierPtr model;
};

struct TrainingCallbacks {
    std::function<void(int epoch, int batch, int batchesPerEpoch)> onBatch;
    std::function<void(const EpochRecord &, int totalEpochs)> onEpoch;
    // After each epoch with the model as it is then (e.g. to snapshot it).
    std::function<void(ClassifierNet &model, const EpochRecord &)> onEpochModel;
};

// The protocol's optimiser for `net`: SGD with config's learning rate, momentum and weight decay.
torch::optim::SGD protocolOptimizer(ClassifierNet &net, const TrainingConfig &config);

// One training step of the protocol on a batch: per-image DSA (drawn from `generator`),
// forward, cross entropy, backward, SGD update. Returns the logits and the loss.
struct TrainingStep {
    torch::Tensor logits;
    torch::Tensor loss;
};
TrainingStep trainingStep(ClassifierNet &net, torch::optim::Optimizer &optimizer, const DsaAugment &augment,
                          at::Generator &generator, const torch::Tensor &images, const torch::Tensor &labels);

// The epochs trainClassifier tests on: every config.testEvery-th (0: about ten per run),
// and always the last.
bool isTestEpoch(const TrainingConfig &config, int epoch);
int testedEpochs(const TrainingConfig &config);

// The curve points' test subset: up to `images` of `test`, the same number from every class
// (as far as each class has them), drawn by a fixed seed so every run and set of an
// evaluation is measured on the same images. `images` 0 or ≥ the set: the whole set.
TensorDataset testProbeSubset(const TensorDataset &test, int64_t numClasses, int64_t images);

// Accuracy (percent) of `model` on `data`, in eval mode without gradients; with
// `dataParallel`, each rank tests its share and the counts are summed.
double testAccuracy(ClassifierNet &model, const TensorDataset &data, int batchSize = 500,
                    const DistributedGroup *dataParallel = nullptr);

// Trains a new network of config.arch. Throws CancelledError if `cancel` fires (checked
// every batch) and ConfigError on inconsistent inputs. Runs with the same seed are identical.
// Data-parallel with `dataParallel` of several ranks (core/README.md: Distributed runs):
// every rank draws the same batches, trains on its share of each batch's rows, and the
// gradients are summed over the ranks (each rank's loss is its rows' share of the batch
// mean) before the same SGD step everywhere; each rank tests its share of the test set.
// The augmentation draws and batch norm statistics are per rank, so results equal the
// single-process ones within the runs' spread, not bit for bit.
TrainingResult trainClassifier(const TrainingConfig &config, const TensorDataset &train, const TensorDataset &test,
                               int64_t numClasses, const CancellationToken *cancel = nullptr,
                               const TrainingCallbacks &callbacks = {}, const DistributedGroup *dataParallel = nullptr);

} // namespace itgan
