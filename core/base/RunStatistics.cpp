#include "core/base/RunStatistics.h"

#include <cmath>

namespace itgan {

MeanAndStd meanAndStd(const std::vector<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    const double mean = sum / static_cast<double>(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, std::sqrt(squares / static_cast<double>(values.size()))};
}

} // namespace itgan
