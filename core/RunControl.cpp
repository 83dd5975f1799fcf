#include "core/RunControl.h"

#include "core/Errors.h"

namespace itgan {

void RunControl::pause()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = true;
}

void RunControl::resume()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = false;
    }
    m_wake.notify_all();
}

void RunControl::cancel()
{
    {
        // Under the lock, so a job between its check and its wait cannot miss the wake-up.
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancel.cancel();
    }
    m_wake.notify_all();
}

bool RunControl::isPaused() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_paused;
}

void RunControl::requestLambda(double lambda)
{
    if (!(lambda >= 0.0 && lambda <= 1.0))
        throw ConfigError("lambda must lie in [0, 1], got " + std::to_string(lambda));
    std::lock_guard<std::mutex> lock(m_mutex);
    m_lambda = lambda;
}

void RunControl::requestLearningRate(double learningRate)
{
    if (!(learningRate > 0.0))
        throw ConfigError("learning rate must be positive, got " + std::to_string(learningRate));
    std::lock_guard<std::mutex> lock(m_mutex);
    m_learningRate = learningRate;
}

void RunControl::waitIfPaused()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_paused || m_cancel.isCancelled(); });
    m_cancel.throwIfCancelled();
}

std::optional<double> RunControl::takeLambda()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto value = m_lambda;
    m_lambda.reset();
    return value;
}

std::optional<double> RunControl::takeLearningRate()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto value = m_learningRate;
    m_learningRate.reset();
    return value;
}

} // namespace itgan
