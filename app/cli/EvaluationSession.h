#pragma once
// Shared by train-classifier and evaluate: trains R classifiers per (set, architecture)
// with a progress bar, logs every epoch to events.jsonl, saves results.json and
// curves.csv (rewritten after every run, so a killed session keeps what finished) and
// prints the results table.
#include "core/Cancellation.h"
#include "core/Dataset.h"
#include "core/Evaluation.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace itgan::cli {

struct EvaluationOptions {
    std::vector<std::string> archs{"convnet"};
    TrainingConfig training;
    int runs = 1;
    int threads = 0;
    std::string dsa = "auto";   // auto = the dataset's default strategy
    std::string out;            // run directory; empty = print only
    bool saveModels = false;
};

// Registers the options every evaluation command shares.
void addEvaluationOptions(CLI::App &cmd, EvaluationOptions &options, int defaultEpochs);

struct TrainingSet {
    std::string name;            // "real", "random", or a file name
    DatasetSplit images;         // uint8 pixels
    int64_t imagesPerClass = 0;  // 0 = unbalanced / whole set
};

std::vector<SetEvaluation> runEvaluations(const Dataset &dataset, const std::vector<TrainingSet> &sets,
                                          EvaluationOptions options, const nlohmann::json &extraConfig,
                                          CancellationToken &cancel);

} // namespace itgan::cli
