#pragma once
#include <atomic>
#include <functional>

namespace itgan {

// Shared between a job and whoever may stop it (the CLI's signal handler, the GUI's
// Cancel button). Jobs poll it at batch or iteration boundaries.
class CancellationToken {
public:
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    // Throws CancelledError when cancelled; call at safe points only.
    void throwIfCancelled() const;

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace itgan
