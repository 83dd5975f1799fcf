#pragma once
// Durations for people: "42s", "3m20s", "2h05m", "1d13h" (progress bars, time estimates),
// and the one way the engine measures an elapsed time.
#include <chrono>
#include <string>

namespace itgan {

// "--" for negative, non-finite or absurd (> 10 years) values.
std::string formatDuration(double seconds);

// Seconds from `a` to `b` on the steady clock, and from `start` to now: epoch, step,
// iteration, progress-bar and estimate timings (and the benchmarks') all measure this way.
double secondsBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b);
double secondsSince(std::chrono::steady_clock::time_point start);

} // namespace itgan
