#include "ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace itgan::cli {

namespace {

constexpr int kBarWidth = 30;
constexpr double kTerminalRedrawSeconds = 0.2;
constexpr double kLogLineSeconds = 10.0;

double secondsBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

} // namespace

std::string formatDuration(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e7)
        return "--";
    const long s = static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (s >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(buffer, sizeof buffer, "%ldm%02lds", s / 60, s % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%lds", s);
    return buffer;
}

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
