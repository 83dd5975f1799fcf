#include "core/export/ResultsPlot.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/base/RunStatistics.h"
#include "core/evaluation/Evaluation.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

namespace itgan {

std::vector<PlotSeries> resultsSeries(const std::vector<std::string> &resultsFiles, const std::string &arch,
                                      PlotAxis axis)
{
    std::map<std::string, PlotSeries> byName;
    std::vector<std::string> order; // first appearance
    for (const auto &file : resultsFiles) {
        const nlohmann::json results = readJsonFile(file);
        if (!results.is_object() || !results.contains("sets") || !results["sets"].is_array())
            throw ConfigError(file + ": not the results.json of an itgan compare or evaluate (no \"sets\" list)");
        bool found = false;
        for (const auto &set : results["sets"]) {
            try {
                for (const auto &evaluation : set.at("evaluations")) {
                    if (evaluation.at("arch").get<std::string>() != arch)
                        continue;
                    const std::string name = set.at("name").get<std::string>();
                    const double x = axis == PlotAxis::Bytes ? set.at("bytes").get<double>()
                                                             : set.at("images_per_class").get<double>();
                    if (!byName.count(name)) {
                        order.push_back(name);
                        byName[name].name = name;
                    }
                    byName[name].points.push_back({x, evaluation.at("mean").get<double>(), evaluation.at("std").get<double>()});
                    found = true;
                }
            } catch (const nlohmann::json::exception &e) {
                throw ConfigError(file + ": a set lacks name, images_per_class, bytes or an evaluation's arch, mean, std ("
                                  + e.what() + ")");
            }
        }
        if (!found)
            throw ConfigError(file + ": no set was evaluated with " + arch + " (choose another --arch)");
    }
    std::vector<PlotSeries> series;
    for (const auto &name : order) {
        PlotSeries s = byName[name];
        std::sort(s.points.begin(), s.points.end(), [](const PlotPoint &a, const PlotPoint &b) { return a.x < b.x; });
        series.push_back(s);
    }
    return series;
}

namespace {

PlotPoint pointOverRuns(const std::vector<double> &values, double x)
{
    const MeanAndStd summary = meanAndStd(values);
    return {x, summary.mean, summary.std};
}

} // namespace

std::vector<PlotSeries> curvesSeries(const std::string &curvesCsv, const std::string &arch)
{
    if (!std::filesystem::is_regular_file(curvesCsv))
        throw IoError(curvesCsv + ": no such file (expected the curves.csv of an itgan compare or evaluate)");
    struct SetCurves {
        std::set<int> runs;
        std::map<int, std::vector<double>> train, test; // by epoch
    };
    std::map<std::string, SetCurves> bySet;
    std::vector<std::string> order; // first appearance
    for (const CurvePoint &point : readCurvesCsv(curvesCsv)) {
        if (point.arch != arch)
            continue;
        if (!bySet.count(point.set))
            order.push_back(point.set);
        SetCurves &curves = bySet[point.set];
        curves.runs.insert(point.run);
        curves.train[point.record.epoch].push_back(point.record.trainAccuracy);
        if (!std::isnan(point.record.testAccuracy))
            curves.test[point.record.epoch].push_back(point.record.testAccuracy);
    }
    if (order.empty())
        throw ConfigError(curvesCsv + ": no epoch of an evaluation with " + arch + " (choose another --arch)");
    std::vector<PlotSeries> series;
    for (size_t i = 0; i < order.size(); ++i) {
        const SetCurves &curves = bySet[order[i]];
        PlotSeries test{order[i] + " test", {}, false, static_cast<int>(i)};
        PlotSeries train{order[i] + " train", {}, true, static_cast<int>(i)};
        for (const auto &[epoch, values] : curves.test)
            if (values.size() == curves.runs.size()) // a mean over every run, not over the runs that got there
                test.points.push_back(pointOverRuns(values, epoch));
        for (const auto &[epoch, values] : curves.train)
            if (values.size() == curves.runs.size())
                train.points.push_back(pointOverRuns(values, epoch));
        series.push_back(test);
        series.push_back(train);
    }
    return series;
}

namespace {

const cv::Scalar kBlack(0, 0, 0), kGrid(225, 225, 225);
// Distinct colours (BGR) for the lines, in the order the sets first appear.
const cv::Scalar kPalette[] = {{180, 119, 31}, {14, 127, 255}, {44, 160, 44}, {40, 39, 214},
                               {189, 103, 148}, {75, 86, 140}, {194, 119, 227}, {127, 127, 127}};

std::string numberText(double value)
{
    char text[32];
    if (value >= 1e6)
        std::snprintf(text, sizeof text, "%gM", value / 1e6);
    else if (value >= 1e4)
        std::snprintf(text, sizeof text, "%gk", value / 1e3);
    else
        std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// A dashed line from a to b: 8 pixels drawn, 8 left out.
void drawDashed(cv::Mat &canvas, cv::Point a, cv::Point b, const cv::Scalar &colour)
{
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    for (double t = 0; t < length; t += 16) {
        const double t1 = std::min(t + 8, length);
        auto at = [&](double u) {
            return cv::Point(a.x + static_cast<int>(std::lround((b.x - a.x) * u / length)),
                             a.y + static_cast<int>(std::lround((b.y - a.y) * u / length)));
        };
        cv::line(canvas, at(t), at(t1), colour, 2, cv::LINE_AA);
    }
}

void drawText(cv::Mat &canvas, const std::string &text, cv::Point at, double scale = 0.5, const cv::Scalar &colour = kBlack)
{
    cv::putText(canvas, text, at, cv::FONT_HERSHEY_SIMPLEX, scale, colour, 1, cv::LINE_AA);
}

} // namespace

std::vector<char> renderResultsPlot(const std::vector<PlotSeries> &series, PlotAxis axis, const std::string &title)
{
    const int width = 960, height = 600, left = 80, right = 220, top = 50, bottom = 70;
    const int plotW = width - left - right, plotH = height - top - bottom;
    double xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
    for (const auto &s : series)
        for (const auto &p : s.points) {
            if (p.x > 0) {
                xMin = std::min(xMin, p.x);
                xMax = std::max(xMax, p.x);
            }
            yMin = std::min(yMin, p.mean - p.std);
            yMax = std::max(yMax, p.mean + p.std);
        }
    if (!std::isfinite(yMin))
        throw ConfigError("nothing to plot: no evaluated set");
    if (!std::isfinite(xMin)) { // only sets without a size
        xMin = 1;
        xMax = 10;
    }
    // Logarithmic x over whole decades around the data (epochs: linear from 0 in steps of 1, 2
    // or 5 × a power of ten, about 10 ticks); y in steps of 5 %.
    const bool linear = axis == PlotAxis::Epoch;
    const double lo = linear ? 0 : std::floor(std::log10(xMin));
    const double tickStep = [&] {
        const double raw = std::max(1.0, xMax / 10), decade = std::pow(10.0, std::floor(std::log10(raw)));
        return raw <= decade ? decade : raw <= 2 * decade ? 2 * decade : raw <= 5 * decade ? 5 * decade : 10 * decade;
    }();
    const double hi = linear ? std::ceil(xMax / tickStep) * tickStep : std::max(lo + 1, std::ceil(std::log10(xMax)));
    const double y0 = std::floor(yMin / 5) * 5, y1 = std::max(y0 + 5, std::ceil(yMax / 5) * 5);
    auto px = [&](double x) {
        const double position = linear ? x : std::log10(x);
        return left + static_cast<int>(std::lround((position - lo) / (hi - lo) * plotW));
    };
    auto py = [&](double y) { return top + static_cast<int>(std::lround((y1 - y) / (y1 - y0) * plotH)); };

    cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    for (double y = y0; y <= y1 + 1e-9; y += 5) {
        cv::line(canvas, {left, py(y)}, {left + plotW, py(y)}, kGrid);
        drawText(canvas, numberText(y), {left - 40, py(y) + 5});
    }
    if (linear) {
        for (double x = lo; x <= hi + 1e-9; x += tickStep) {
            cv::line(canvas, {px(x), top}, {px(x), top + plotH}, kGrid);
            drawText(canvas, numberText(x), {px(x) - 8, top + plotH + 20});
        }
    } else {
        for (double decade = lo; decade <= hi; ++decade)
            for (const double step : {1.0, 2.0, 5.0}) {
                const double x = step * std::pow(10.0, decade);
                if (std::log10(x) > hi + 1e-9)
                    break;
                cv::line(canvas, {px(x), top}, {px(x), top + plotH}, step == 1.0 ? cv::Scalar(200, 200, 200) : kGrid);
                drawText(canvas, numberText(x), {px(x) - 12, top + plotH + 20});
            }
    }
    cv::rectangle(canvas, {left, top}, {left + plotW, top + plotH}, kBlack);
    const char *xLabel = axis == PlotAxis::Bytes   ? "bytes to store the set (log scale)"
                         : axis == PlotAxis::Epoch ? "epoch"
                                                   : "images per class (log scale)";
    drawText(canvas, xLabel, {left + plotW / 2 - 120, height - 20});
    drawText(canvas, linear ? "accuracy (%): test solid, train dashed" : "test accuracy (%)", {10, top - 10});
    drawText(canvas, title, {left, 20}, 0.6);

    for (size_t i = 0; i < series.size(); ++i) {
        const int colourIndex = series[i].colour >= 0 ? series[i].colour : static_cast<int>(i);
        const cv::Scalar colour = kPalette[colourIndex % static_cast<int>(sizeof kPalette / sizeof kPalette[0])];
        const bool dashed = series[i].dashed;
        const auto &points = series[i].points;
        cv::Point previous(-1, -1);
        for (const auto &p : points) {
            if (p.x <= 0) { // the whole real set: a dashed line across
                drawDashed(canvas, {left, py(p.mean)}, {left + plotW, py(p.mean)}, colour);
                continue;
            }
            const cv::Point at(px(p.x), py(p.mean));
            cv::line(canvas, {at.x, py(p.mean - p.std)}, {at.x, py(p.mean + p.std)}, colour, 1, cv::LINE_AA);
            cv::circle(canvas, at, linear ? 2 : 4, colour, cv::FILLED, cv::LINE_AA);
            if (previous.x >= 0) {
                if (dashed)
                    drawDashed(canvas, previous, at, colour);
                else
                    cv::line(canvas, previous, at, colour, 2, cv::LINE_AA);
            }
            previous = at;
        }
        const int legendY = top + 20 + static_cast<int>(i) * 24;
        const cv::Point legendFrom(left + plotW + 20, legendY - 5), legendTo(left + plotW + 50, legendY - 5);
        if (dashed)
            drawDashed(canvas, legendFrom, legendTo, colour);
        else
            cv::line(canvas, legendFrom, legendTo, colour, 2, cv::LINE_AA);
        drawText(canvas, series[i].name, {left + plotW + 58, legendY});
    }
    std::vector<uchar> png;
    if (!cv::imencode(".png", canvas, png))
        throw IoError("could not encode the plot as PNG");
    return std::vector<char>(png.begin(), png.end());
}

} // namespace itgan
