#include "core/base/DurationText.h"

#include <cstdio>

namespace itgan {

std::string formatDuration(double seconds)
{
    constexpr double kTenYears = 10 * 365.25 * 86400;
    if (!(seconds >= 0) || seconds > kTenYears)
        return "--";
    const long s = static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (s >= 86400)
        std::snprintf(buffer, sizeof buffer, "%ldd%02ldh", s / 86400, (s % 86400) / 3600);
    else if (s >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(buffer, sizeof buffer, "%ldm%02lds", s / 60, s % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%lds", s);
    return buffer;
}

double secondsBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return secondsBetween(start, std::chrono::steady_clock::now());
}

} // namespace itgan
