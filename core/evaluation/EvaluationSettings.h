#pragma once
// The "evaluation" section of a compare configuration, and the options of `itgan evaluate`
// and `train-classifier`: which architectures, how many runs, and the training protocol
// (paper §3.1; core/README.md: Evaluation protocol). One field table for both.
#include "core/base/ConfigSchema.h"
#include "core/evaluation/ClassifierTrainer.h"

#include <map>
#include <string>
#include <vector>

namespace itgan {

// 60 000 real images need a handful of epochs, not 200 (8 give 91.1 % on Fashion-MNIST:
// tests/benchmarks/results/tab1_real); 200 would take days on 2 cores.
constexpr int kWholeRealEpochs = 8;

struct EvaluationSettings {
    std::vector<std::string> architectures{"convnet"};
    int runs = 3;                 // the paper's
    int epochs = 200;
    std::map<std::string, int> epochsPerSet{{"real", kWholeRealEpochs}}; // overrides `epochs` for a set
    int batchSize = 256;
    double learningRate = 0.01;   // ×0.1 at half the epochs
    double momentum = 0.9;
    double weightDecay = 5e-4;
    std::string dsaStrategy = "auto"; // auto: the dataset's default (no flip for digits); none disables
    int testEvery = 0;            // 0 = about 10 times per run; the last epoch is always tested
    int testProbe = 1000;         // test images of the curve points before the last epoch (0 = all)
    uint64_t seed = 0;            // run r trains with seed + r
};

const ConfigSchema<EvaluationSettings> &evaluationSchema();

// The training protocol for one (set, architecture) pair.
TrainingConfig trainingConfigFor(const EvaluationSettings &settings, const std::string &set, const std::string &arch,
                                 bool allowsHorizontalFlip);

} // namespace itgan
