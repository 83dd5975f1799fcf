#pragma once
// The bookkeeping every iterative condensation job shares (inversion, IT-GAN, DM), so
// each job file holds only its method:
//  - the run directory (core/README.md, "Run folders"): config.json, events.jsonl, checkpoint.pt;
//  - resume: the stored configuration must match, the optimised tensors, the optimiser
//    state, the iteration and the live λ / learning rate come back from the checkpoint,
//    and events a killed run logged after that checkpoint are dropped;
//  - live control at iteration boundaries (pause, cancel, new values of the stage's own
//    live parameters: see core/runs/Stage.h);
//  - NaN/Inf losses stop the run with a message while the last good checkpoint stays.
// Checkpoints are written atomically (temporary file, then rename).
//
// Distributed (core/README.md: Distributed runs): every rank holds the whole optimised
// state and runs the same optimiser step; each computes the gradients of its own units
// only (zero elsewhere), and the gradients are summed over the ranks before the step.
// Units never share a latent or an image, so that sum adds exact zeros: every rank ends
// each iteration with the single-process state, bit for bit. Rank 0 alone writes the
// run folder (config, events, checkpoints); a resume reads rank 0's checkpoint on every
// rank, so any number of ranks can continue any run.
#include "core/distributed/DistributedGroup.h"
#include "core/io/RunDirectory.h"
#include "core/io/TensorIo.h"
#include "core/runs/JobEvents.h"
#include "core/runs/RunControl.h"

#include <chrono>
#include <functional>
#include <map>

namespace itgan {

struct IterativeRunOptions {
    Stage stage = Stage::Inversion;
    std::string directory;
    bool resume = false;
    nlohmann::json config;     // written to config.json; compared on resume
    int64_t iterations = 0;
    int checkpointEvery = 100; // iterations between checkpoints (the last iteration always saves)
    std::shared_ptr<DistributedGroup> group; // null: one process
    // The stage's settings at their defaults, shaped like `config` ({"dm": {...}}): a run folder
    // of an earlier version lacks the settings added since, which then count as these.
    nlohmann::json defaults;
};

// Every checkpoint also leaves the optimised tensors in <run>/history/ for scrubbing.
constexpr const char *kHistoryFolder = "history";
std::string historyFile(const std::string &runDir, int64_t iteration);
// Iterations with a history snapshot, ascending.
std::vector<int64_t> historyIterations(const std::string &runDir);

// The values of a stage's live parameters during a run. λ stays 0 in stages without it
// (it is still written to checkpoints, whose format is the same for every stage).
struct LiveValues {
    double lambda = 0;
    double learningRate = 0;
};

// What one stage does in an iteration; IterativeRun::run does the rest.
struct StageIteration {
    // Accumulates the gradients of the optimised tensors for `iteration` (after
    // zero_grad, before the optimiser step) and returns the iteration's loss terms.
    std::function<std::map<std::string, double>(int64_t iteration, const LiveValues &live)> compute;
    // The current synthetic images as uint8 pixels [N,C,H,W] and their labels, for the
    // preview hook; only called when a preview is due and wanted.
    std::function<torch::Tensor()> previewPixels;
    torch::Tensor previewLabels;
};

class IterativeRun {
public:
    IterativeRun(IterativeRunOptions options, RunControl *control, JobHooks hooks);

    // The whole loop of a stage: restore from a checkpoint (with resume), announce
    // `what` ("inverting 100 images"), then for every remaining iteration: live control,
    // zero_grad, step.compute, optimiser step, event + checkpoint, preview. `state` names
    // the optimised tensors (checkpoint keys). Returns when all iterations are done.
    void run(TensorMap &state, torch::optim::Optimizer &optimizer, LiveValues live, const std::string &what,
             const StageIteration &step);

    const RunDirectory &directory() const { return m_dir; }
    // The ranks of this run (world size 1 for one process). Stages ask it which units are
    // theirs and sum their per-unit loss terms over it; only writesOutputs() writes files.
    const DistributedGroup &group() const { return *m_options.group; }
    const JobHooks &hooks() const { return m_hooks; }
    void stage(const std::string &text) const;

    // With resume and a checkpoint present: copies the saved tensors into `state` (same
    // keys and shapes), loads the optimiser, λ and learning rate, and returns the number
    // of iterations already done. Otherwise returns 0 and leaves everything as it is.
    int64_t restore(TensorMap &state, torch::optim::Optimizer &optimizer, LiveValues &live);

    // Call before each iteration: waits while paused, throws CancelledError when
    // cancelled, applies pending requests for this stage's live parameters (logged to
    // events.jsonl); requests for other stages stay pending. Distributed: a cancel on any
    // rank stops every rank at the same iteration.
    void beginIteration(int64_t iteration, LiveValues &live, torch::optim::Optimizer &optimizer);

    // Call after each optimiser step with the iteration's loss terms: rejects non-finite
    // values, logs the event, and checkpoints `state` every checkpointEvery iterations.
    void endIteration(IterationEvent event, const TensorMap &state, torch::optim::Optimizer &optimizer);

    // Writes a checkpoint now (also used by endIteration).
    void saveCheckpoint(int64_t iteration, const TensorMap &state, torch::optim::Optimizer &optimizer,
                        const LiveValues &live);

private:
    void openFolder();
    // Every checkpoint carries the configuration it was written under; a config.json
    // edited since (or options that rebuilt a different one) is refused, naming the key.
    void checkConfigUnchangedSince(torch::serialize::InputArchive &checkpoint) const;
    void writeCheckpoint(int64_t iteration, const TensorMap &state, torch::optim::Optimizer &optimizer,
                         const LiveValues &live) const;

    IterativeRunOptions m_options;
    RunControl *m_control;
    JobHooks m_hooks;
    RunDirectory m_dir;
    int64_t m_lastCheckpoint = 0;
    std::chrono::steady_clock::time_point m_started, m_iterationStarted;
};

} // namespace itgan
