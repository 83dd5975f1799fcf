#pragma once
// What long engine jobs (inversion, IT-GAN, DM) report while they run. The CLI prints
// these, the GUI's worker forwards them as queued signals, and every iteration is also
// one line of the run's events.jsonl.
#include "core/TorchInclude.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>

namespace itgan {

struct IterationEvent {
    std::string method;                 // "inversion", "itgan", "dm"
    int64_t iteration = 0;              // 1-based, the iteration just finished
    int64_t iterations = 0;             // planned total
    std::map<std::string, double> terms; // loss terms, e.g. {"l_con", "r", "total"}
    double lambda = 0;                  // λ used in this iteration (IT-GAN; 0 otherwise)
    double learningRate = 0;
    double seconds = 0;                 // wall time of this iteration
    double elapsed = 0;                 // wall time since the run (or its resume) started
};

nlohmann::json toJson(const IterationEvent &event);

struct JobHooks {
    std::function<void(const IterationEvent &)> onIteration;
    // A control request was applied (name "lambda" or "learning_rate", new value).
    std::function<void(const std::string &name, double value, int64_t iteration)> onControl;
    // Current synthetic images as uint8 pixels [N,C,H,W] with labels, at most every
    // `previewEvery` iterations (0 = never), for live image grids.
    std::function<void(const torch::Tensor &pixels, const torch::Tensor &labels, int64_t iteration)> onPreview;
    int previewEvery = 0;
    // A short line about what the job is doing ("computing real features", ...).
    std::function<void(const std::string &)> onStage;
};

} // namespace itgan
