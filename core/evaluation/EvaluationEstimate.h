#pragma once
// How long an evaluation will take on this machine, said before it starts: a compare at
// 10 images/class trains 3 × 5 classifiers for minutes, and the whole real set for hours
// or days; nobody should find that out by waiting. The estimate comes from timing a few
// real training steps (forward, backward, SGD step, per-batch DSA) and a test batch of
// each architecture on this machine, so it holds on any CPU and thread count.
#include "core/evaluation/ClassifierTrainer.h"
#include "core/data/Dataset.h"

#include <string>
#include <vector>

namespace itgan {

struct EvaluationThroughput {
    double trainImagesPerSecond = 0; // at the batch size the evaluation will use
    double testImagesPerSecond = 0;
};

// Times training steps (after two untimed warm-up steps; about a second of them) of a
// fresh config.arch network on batches of `batchSize` images of `train` (repeated where it has fewer), and test
// batches of `test`. The global random generator is restored afterwards, so later results
// do not depend on having measured.
EvaluationThroughput measureThroughput(const TrainingConfig &config, int64_t batchSize, const TensorDataset &train,
                                       const TensorDataset &test, int64_t numClasses);

// One planned evaluateSet call: `runs` classifiers trained on `trainImages` images and
// tested testedEpochs(config) times each: on `testImages` images the last time, on the
// curve's probe (config.testProbe of them) before.
struct PlannedEvaluation {
    TrainingConfig config;
    int runs = 1;
    int64_t trainImages = 0;
    int64_t testImages = 0;
};

double estimatedSeconds(const PlannedEvaluation &plan, const EvaluationThroughput &throughput);

// Measures each architecture and batch size of `plans` once, on a few hundred images of
// `firstSet` (uint8 pixels, converted with `normalisation`; only the image shape matters)
// and `test`, and sums the estimates: "estimated 12m30s for 15 classifier(s) (convnet,
// batch 100: 434 training and 2983 test images/s)".
std::string describeEvaluationEstimate(const std::vector<PlannedEvaluation> &plans, const DatasetSplit &firstSet,
                                       const Normalisation &normalisation, const TensorDataset &test,
                                       int64_t numClasses);

} // namespace itgan
