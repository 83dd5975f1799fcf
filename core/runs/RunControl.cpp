#include "core/runs/RunControl.h"

#include "core/base/Errors.h"

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

bool RunControl::isParked() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_parked;
}

void RunControl::request(Stage stage, LiveParameter parameter, double value)
{
    if (!acceptsLive(stage, parameter))
        throw ConfigError(std::string(stageTitle(stage)) + " has no live " + liveParameterName(parameter));
    if (parameter == LiveParameter::Lambda && !(value >= 0.0 && value <= 1.0))
        throw ConfigError("lambda must lie in [0, 1], got " + std::to_string(value));
    if (parameter == LiveParameter::LearningRate && !(value > 0.0))
        throw ConfigError("learning rate must be positive, got " + std::to_string(value));
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending[{stage, parameter}] = value;
}

void RunControl::waitIfPaused(const std::function<void()> &onParked)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const auto released = [this] { return !m_paused || m_cancel.isCancelled(); };
    if (!released()) {
        m_parked = true;
        if (onParked) {
            lock.unlock(); // the callback may call back into this object (isPaused, ...)
            onParked();
            lock.lock();
        }
        m_wake.wait(lock, released);
        m_parked = false;
    }
    m_cancel.throwIfCancelled();
}

std::optional<double> RunControl::take(Stage stage, LiveParameter parameter)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_pending.find({stage, parameter});
    if (it == m_pending.end())
        return std::nullopt;
    const double value = it->second;
    m_pending.erase(it);
    return value;
}

} // namespace itgan
