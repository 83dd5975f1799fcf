#pragma once
// Accuracy curves drawn as a PNG by the project itself: test accuracy across experiments
// against images per class (paper Fig. 5) or against the bytes a set needs (paper Tab. 2 as a
// storage frontier), one line per set name (gan, inversion, itgan, dm, random, ...), mean ± std
// of the runs as error bars, from the results.json files of several `itgan compare` runs; or
// within one experiment, train and test accuracy against the epoch (paper Fig. 3/4) from its
// curves.csv.
#include <string>
#include <vector>

namespace itgan {

enum class PlotAxis { ImagesPerClass, Bytes, Epoch }; // Epoch is linear, the others logarithmic

struct PlotPoint {
    double x = 0;    // images per class, or bytes; <= 0: a set without a size (the whole real set)
    double mean = 0; // test accuracy, %
    double std = 0;
};

struct PlotSeries {
    std::string name;
    std::vector<PlotPoint> points; // sorted by x
    bool dashed = false;           // train accuracy beside the (solid) test accuracy
    int colour = -1;               // palette index; -1 = the series' position (a set's train and test share one)
};

// The points of every set evaluated with `arch` in the given results.json files. Throws
// IoError/ConfigError naming the file when one is unreadable, not a compare result, or holds
// no evaluation with `arch`.
std::vector<PlotSeries> resultsSeries(const std::vector<std::string> &resultsFiles, const std::string &arch,
                                      PlotAxis axis);

// Per set evaluated with `arch` in a curves.csv: "<set> test" (solid) and "<set> train" (dashed) in
// one colour, mean ± std over the runs at each epoch (test points only where every run was
// tested). Throws IoError/ConfigError naming the file when it is missing or holds no `arch`.
std::vector<PlotSeries> curvesSeries(const std::string &curvesCsv, const std::string &arch);

// The plot as PNG bytes: logarithmic x axis (linear for epochs), sets without a size (x <= 0) as a dashed
// horizontal line, a legend on the right.
std::vector<char> renderResultsPlot(const std::vector<PlotSeries> &series, PlotAxis axis, const std::string &title);

} // namespace itgan
