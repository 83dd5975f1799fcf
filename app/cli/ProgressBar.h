#pragma once
// A terminal progress bar with ETA on stderr. On a terminal it redraws one line; when
// stderr is a file or pipe it prints a line at most every few seconds instead.
#include <chrono>
#include <string>

namespace itgan::cli {

class ProgressBar {
public:
    explicit ProgressBar(std::string label);
    // done/total units of work; `status` is appended (e.g. "epoch 3/10 loss 0.41").
    void update(double done, double total, const std::string &status);
    // Ends the line (on a terminal) and prints the total time.
    void finish(const std::string &status);

private:
    std::string m_label;
    bool m_isTerminal;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace itgan::cli
