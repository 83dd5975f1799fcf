#pragma once
// What the benchmark programs share: they are Qt Test programs whose figures are printed
// and whose checks (the work really happened, every number finite) fail the test.
#include <QtTest>

#include <chrono>
#include <stdexcept>
#include <string>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// A benchmark option from the environment: a positive integer, or the fallback.
inline int environmentInt(const char *name, int fallback)
{
    return qEnvironmentVariableIntValue(name) > 0 ? qEnvironmentVariableIntValue(name) : fallback;
}

// A failed check, with what was measured in its message.
inline void require(bool condition, const std::string &message)
{
    if (!condition)
        throw std::runtime_error(message);
}

// Runs one part; a failed check (or an engine error) becomes a test failure with its message.
template <typename Part>
bool runChecked(Part &&part)
{
    try {
        part();
        return true;
    } catch (const std::exception &e) {
        QTest::qFail(e.what(), __FILE__, __LINE__);
        return false;
    }
}

} // namespace bench
