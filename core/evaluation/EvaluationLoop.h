#pragma once
// The one "evaluate sets × architectures" loop (paper §3.1's protocol, repeated), shared by
// `itgan compare` (and the studio's Evaluate) and `itgan evaluate` / `train-classifier`:
// say how long it will take, train `runs` classifiers per (set, architecture), and after
// each pair rewrite results.json and curves.csv, so a killed session keeps what finished.
#include "core/data/Dataset.h"
#include "core/distributed/DistributedGroup.h"
#include "core/evaluation/Evaluation.h"
#include "core/io/RunDirectory.h"

#include <functional>
#include <string>
#include <vector>

namespace itgan {

// A training set to evaluate, as uint8 pixels, with what the results table reports.
struct TrainingSet {
    std::string name;           // gan | inversion | itgan | dm | random | real | a file name
    DatasetSplit pixels;
    int64_t imagesPerClass = 0; // 0 when unbalanced (the whole real set)
    int64_t bytes = 0;          // storage needed to rebuild it; 0 = not reported
};

struct EvaluationLoopHooks {
    std::function<void(const std::string &text)> onStage; // the estimate, then "evaluating <set> on <arch>"
    std::function<void(const std::string &set, const std::string &arch)> onPairStarted;
    std::function<void(const std::string &set, const std::string &arch, int run, int epoch, int batch, int perEpoch)>
        onBatch;
    std::function<void(const std::string &set, const std::string &arch, int run, const EpochRecord &)> onEpoch;
    std::function<void(const std::string &set, const std::string &arch, int run, ClassifierNet &, const TrainingResult &)>
        onRunFinished;
    std::function<void(const SetEvaluation &)> onPairEvaluated; // results.json already rewritten
};

struct EvaluationLoop {
    const Dataset *data = nullptr;                 // its test split is the test set
    std::vector<std::string> architectures;
    int runs = 1;
    // The training configuration of one (set, architecture) pair.
    std::function<TrainingConfig(const std::string &set, const std::string &arch)> trainingFor;
    nlohmann::json resultsConfig;                  // "config" of results.json
    const RunDirectory *directory = nullptr;       // where results.json / curves.csv go; null = nowhere
    const CancellationToken *cancel = nullptr;
    // Distributed (core/README.md: Distributed runs): with at least as many classifiers to
    // train ((set, architecture, run) jobs) as ranks, the jobs are shared among the ranks
    // by their cost, every rank ends with all results (the single-process ones, bit for
    // bit) and results.json / curves.csv are written once, by the rank given a directory.
    // With fewer jobs than ranks (one big set: the whole real set), every classifier is
    // trained data-parallel by all ranks together (ClassifierTrainer.h). Null: one process.
    const DistributedGroup *group = nullptr;
    // Every finished classifier run is kept in the directory (evaluationRunFile) the moment
    // it ends; distributed, rank 0 keeps the other ranks' runs as they arrive. With
    // resume, runs found there are read back instead of trained again — on every rank, with
    // any number of ranks. A run is seeded by its index alone, so a resumed evaluation ends
    // with the uninterrupted numbers, bit for bit.
    bool resume = false;
};

// Where a finished run of (set, architecture) is kept inside the run directory.
std::string evaluationRunFile(const std::string &set, const std::string &arch, int run);
// Where `itgan evaluate --save-models` keeps that run's trained weights.
std::string evaluationModelFile(const std::string &set, const std::string &arch, int run);

// Evaluates every set on every architecture, results in that order. With no sets or no
// architectures it still writes an empty results.json (when a directory is given).
std::vector<SetEvaluation> evaluateTrainingSets(const EvaluationLoop &loop, const std::vector<TrainingSet> &sets,
                                                const EvaluationLoopHooks &hooks = {});

} // namespace itgan
