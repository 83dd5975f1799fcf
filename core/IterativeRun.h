#pragma once
// The bookkeeping every iterative condensation job shares (inversion, IT-GAN, DM), so
// each job file holds only its method:
//  - the run directory (SPEC §7): config.json, events.jsonl, checkpoint.pt;
//  - resume: the stored configuration must match, the optimised tensors, the optimiser
//    state, the iteration and the live λ / learning rate come back from the checkpoint,
//    and events a killed run logged after that checkpoint are dropped;
//  - live control at iteration boundaries (pause, cancel, new λ, new learning rate);
//  - NaN/Inf losses stop the run with a message while the last good checkpoint stays.
// Checkpoints are written atomically (temporary file, then rename).
#include "core/JobEvents.h"
#include "core/RunControl.h"
#include "core/RunDirectory.h"
#include "core/TensorIo.h"

#include <chrono>

namespace itgan {

struct IterativeRunOptions {
    std::string method;        // "inversion", "itgan", "dm"
    std::string directory;
    bool resume = false;
    nlohmann::json config;     // written to config.json; compared on resume
    int64_t iterations = 0;
    int checkpointEvery = 100; // iterations between checkpoints (the last iteration always saves)
};

// Every checkpoint also leaves the optimised tensors in <run>/history/ for scrubbing.
constexpr const char *kHistoryFolder = "history";
std::string historyFile(const std::string &runDir, int64_t iteration);
// Iterations with a history snapshot, ascending.
std::vector<int64_t> historyIterations(const std::string &runDir);

// Sets the learning rate of every parameter group of an Adam or SGD optimiser.
void setLearningRate(torch::optim::Optimizer &optimizer, double learningRate);

class IterativeRun {
public:
    IterativeRun(IterativeRunOptions options, RunControl *control, JobHooks hooks);

    const RunDirectory &directory() const { return m_dir; }
    const JobHooks &hooks() const { return m_hooks; }
    void stage(const std::string &text) const;

    // With resume and a checkpoint present: copies the saved tensors into `state` (same
    // keys and shapes), loads the optimiser, λ and learning rate, and returns the number
    // of iterations already done. Otherwise returns 0 and leaves everything as it is.
    int64_t restore(TensorMap &state, torch::optim::Optimizer &optimizer, double &lambda, double &learningRate);

    // Call before each iteration: waits while paused, throws CancelledError when
    // cancelled, applies pending λ / learning-rate requests (logged to events.jsonl).
    void beginIteration(int64_t iteration, double &lambda, double &learningRate, torch::optim::Optimizer &optimizer);

    // Call after each optimiser step with the iteration's loss terms: rejects non-finite
    // values, logs the event, and checkpoints `state` every checkpointEvery iterations.
    void endIteration(IterationEvent event, const TensorMap &state, torch::optim::Optimizer &optimizer);

    // Writes a checkpoint now (also used by endIteration).
    void saveCheckpoint(int64_t iteration, const TensorMap &state, torch::optim::Optimizer &optimizer, double lambda,
                        double learningRate);

private:
    IterativeRunOptions m_options;
    RunControl *m_control;
    JobHooks m_hooks;
    RunDirectory m_dir;
    int64_t m_lastCheckpoint = 0;
    std::chrono::steady_clock::time_point m_started, m_iterationStarted;
};

} // namespace itgan
