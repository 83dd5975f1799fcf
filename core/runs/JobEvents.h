#pragma once
// What long engine jobs (inversion, IT-GAN, DM) report while they run. The CLI prints
// these, the GUI's worker forwards them as queued signals, and every iteration is also
// one line of the run's events.jsonl.
#include "core/base/TorchInclude.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
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

// One line of events.jsonl: the bookkeeping keys and, flat beside them, the loss terms.
nlohmann::json toJson(const IterationEvent &event);
// The reverse; std::nullopt for a control line ({"control", "value", "iteration"}) or a
// line that is not an iteration. Every numeric key other than the bookkeeping is a term.
std::optional<IterationEvent> iterationEventFromJson(const nlohmann::json &line);

struct JobHooks {
    std::function<void(const IterationEvent &)> onIteration;
    // A control request was applied (name "lambda" or "learning_rate", new value).
    std::function<void(const std::string &name, double value, int64_t iteration)> onControl;
    // The job has stopped at an iteration boundary because it was paused (after
    // `iteration` finished); it continues on resume.
    std::function<void(int64_t iteration)> onPaused;
    // Current synthetic images as uint8 pixels [N,C,H,W] with labels, at most every
    // `previewEvery` iterations (0 = never), for live image grids.
    std::function<void(const torch::Tensor &pixels, const torch::Tensor &labels, int64_t iteration)> onPreview;
    int previewEvery = 0;
    // Asked before a due preview's images are generated; false skips it (the studio
    // allows a few per second). Unset = every due preview.
    std::function<bool(int64_t iteration)> previewWanted;
    bool previewDue(int64_t iteration) const
    {
        return onPreview && previewEvery > 0 && iteration % previewEvery == 0 && (!previewWanted || previewWanted(iteration));
    }
    // The images of each checkpoint's history snapshot (history/iteration_NNNNNN.pt) as
    // uint8 pixels, made once while the job runs, so a reader of the finished folder (the
    // studio's step slider) need not generate every snapshot through G again.
    std::function<void(const std::string &historyFile, const torch::Tensor &pixels, const torch::Tensor &labels)>
        onCheckpointImages;
    // A short line about what the job is doing ("computing real features", ...).
    std::function<void(const std::string &)> onStage;
};

} // namespace itgan
