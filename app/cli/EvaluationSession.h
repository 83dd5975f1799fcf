#pragma once
// Shared by train-classifier and evaluate: trains R classifiers per (set, architecture)
// with a progress bar, logs every epoch to events.jsonl, saves results.json and
// curves.csv (rewritten after every run, so a killed session keeps what finished) and
// prints the results table.
#include "core/base/Cancellation.h"
#include "core/data/Dataset.h"
#include "core/evaluation/Evaluation.h"
#include "core/evaluation/EvaluationLoop.h"
#include "core/evaluation/EvaluationSettings.h"

#include "ComputeOptions.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace itgan::cli {

struct EvaluationOptions {
    EvaluationSettings settings; // architectures, runs, the training protocol (one field table)
    ComputeOptions compute;      // applied by the command before it loads anything
    std::string out;             // run directory; empty = print only
    bool saveModels = false;
    bool resume = false;         // continue a killed session in `out`: finished runs are kept
};

// Registers the options every evaluation command shares.
void addEvaluationOptions(CLI::App &cmd, EvaluationOptions &options, int defaultEpochs);

std::vector<SetEvaluation> runEvaluations(const Dataset &dataset, const std::vector<TrainingSet> &sets,
                                          EvaluationOptions options, const nlohmann::json &extraConfig,
                                          CancellationToken &cancel);

} // namespace itgan::cli
