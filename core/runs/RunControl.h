#pragma once
// Live control of a long engine job (inversion, IT-GAN, DM) from another thread: pause,
// resume, cancel, and new values of a stage's live parameters (λ, learning rate). The GUI
// (or the CLI's signal handler) writes requests; the job reads them at iteration
// boundaries only, so a change always applies to whole iterations.
//
// A request names the stage it is for. A compare job hands one RunControl to inversion,
// IT-GAN and DM in turn; each stage takes only its own requests, so a λ moved during
// inversion waits until IT-GAN starts instead of being consumed (or mis-applied) there.
#include "core/base/Cancellation.h"
#include "core/runs/Stage.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace itgan {

class RunControl {
public:
    void pause();
    void resume();
    void cancel();
    bool isPaused() const;
    // True while the job is parked in waitIfPaused (the pause has taken effect).
    bool isParked() const;
    bool isCancelled() const { return m_cancel.isCancelled(); }

    // A new value of `parameter` for `stage`, taken at that stage's next iteration start
    // (or its first, when the stage has not started yet). Newer requests replace older
    // ones. Throws ConfigError when the value is out of range or the stage has no such
    // live parameter.
    void request(Stage stage, LiveParameter parameter, double value);

    // Called by the job between iterations: blocks while paused, throws CancelledError
    // when cancelled (also while paused). `onParked` runs (on the job's thread) once
    // when the job starts waiting, so a GUI can show that the pause took effect.
    void waitIfPaused(const std::function<void()> &onParked = {});
    // The newest request for (stage, parameter) since the last take, if any.
    std::optional<double> take(Stage stage, LiveParameter parameter);

    // For code that takes a plain token (evaluation training).
    const CancellationToken &token() const { return m_cancel; }
    CancellationToken &token() { return m_cancel; }

private:
    CancellationToken m_cancel;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_paused = false;
    bool m_parked = false;
    std::map<std::pair<Stage, LiveParameter>, double> m_pending;
};

} // namespace itgan
