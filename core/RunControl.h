#pragma once
// Live control of a long engine job (inversion, IT-GAN, DM) from another thread: pause,
// resume, cancel, and new values of λ and the learning rate. The GUI (or the CLI's signal
// handler) writes requests; the job reads them at iteration boundaries only, so a change
// always applies to whole iterations.
#include "core/Cancellation.h"

#include <condition_variable>
#include <mutex>
#include <optional>

namespace itgan {

class RunControl {
public:
    void pause();
    void resume();
    void cancel();
    bool isPaused() const;
    bool isCancelled() const { return m_cancel.isCancelled(); }

    // Requests take effect at the start of the job's next iteration.
    void requestLambda(double lambda);
    void requestLearningRate(double learningRate);

    // Called by the job between iterations: blocks while paused, throws CancelledError
    // when cancelled (also while paused).
    void waitIfPaused();
    // The newest request since the last call, if any (each request is delivered once).
    std::optional<double> takeLambda();
    std::optional<double> takeLearningRate();

    // For code that takes a plain token (evaluation training).
    const CancellationToken &token() const { return m_cancel; }
    CancellationToken &token() { return m_cancel; }

private:
    CancellationToken m_cancel;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_paused = false;
    std::optional<double> m_lambda;
    std::optional<double> m_learningRate;
};

} // namespace itgan
