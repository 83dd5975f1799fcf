#include "ProgressBar.h"

#include "core/base/DurationText.h"

#include <cstdio>
#include <unistd.h>

namespace itgan::cli {

namespace {

constexpr int kBarWidth = 30;
constexpr double kTerminalRedrawSeconds = 0.2;
constexpr double kLogLineSeconds = 10.0;

} // namespace

ProgressBar::ProgressBar(std::string label)
    : m_label(std::move(label)), m_isTerminal(isatty(fileno(stderr)) != 0),
      m_start(std::chrono::steady_clock::now()), m_lastDraw(m_start)
{
}

void ProgressBar::update(double done, double total, const std::string &status)
{
    const auto now = std::chrono::steady_clock::now();
    const double sinceDraw = secondsBetween(m_lastDraw, now);
    if (sinceDraw < (m_isTerminal ? kTerminalRedrawSeconds : kLogLineSeconds) && done < total)
        return;
    m_lastDraw = now;
    const double fraction = total > 0 ? std::min(1.0, done / total) : 0.0;
    const double elapsed = secondsBetween(m_start, now);
    const double eta = fraction > 0 ? elapsed * (1.0 - fraction) / fraction : -1.0;
    const int filled = static_cast<int>(fraction * kBarWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.append(static_cast<size_t>(kBarWidth - filled), '.');
    std::fprintf(stderr, "%s%s [%s] %3.0f%% %s ETA %s   %s", m_isTerminal ? "\r" : "", m_label.c_str(), bar.c_str(),
                 fraction * 100.0, status.c_str(), formatDuration(eta).c_str(), m_isTerminal ? "" : "\n");
    std::fflush(stderr);
}

void ProgressBar::finish(const std::string &status)
{
    const double elapsed = secondsBetween(m_start, std::chrono::steady_clock::now());
    std::fprintf(stderr, "%s%s done in %s   %s\n", m_isTerminal ? "\r" : "", m_label.c_str(),
                 formatDuration(elapsed).c_str(), status.c_str());
    std::fflush(stderr);
}

} // namespace itgan::cli
