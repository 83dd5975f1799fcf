#pragma once
// Durations for people: "42s", "3m20s", "2h05m", "1d13h" (progress bars, time estimates).
#include <string>

namespace itgan {

// "--" for negative, non-finite or absurd (> 10 years) values.
std::string formatDuration(double seconds);

} // namespace itgan
