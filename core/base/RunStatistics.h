#pragma once
// Mean and spread of one number over an evaluation's runs — the one definition that
// results.json, the plots of `itgan plot` and the studio's accuracy curves share: the
// population standard deviation (numpy.std, as the paper's reference code reports), 0 for one run.
#include <vector>

namespace itgan {

struct MeanAndStd {
    double mean = 0;
    double std = 0;
};

// `values` must not be empty.
MeanAndStd meanAndStd(const std::vector<double> &values);

} // namespace itgan
