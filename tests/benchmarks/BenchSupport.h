#pragma once
// What the benchmark programs share: they are Qt Test programs whose figures are printed
// and whose checks (the work really happened, every number finite) fail the test.
// bench_condensation's checks live inside the engine-run helpers and throw; runChecked turns
// that into a test failure. bench_convnet and bench_generator return what they measured
// and their slots check it with QVERIFY2/QCOMPARE.
#include "core/base/DurationText.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

using itgan::secondsSince; // core/base/DurationText.h

// A benchmark option from the environment: a positive integer, or the fallback.
inline int environmentInt(const char *name, int fallback)
{
    return qEnvironmentVariableIntValue(name) > 0 ? qEnvironmentVariableIntValue(name) : fallback;
}

// The median of a set of timings (the upper one of an even count); 0 for none.
inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
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
