#include "core/export/ResultsPlot.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>

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
    // Logarithmic x over whole decades around the data; y in steps of 5 %.
    const double lo = std::floor(std::log10(xMin)), hi = std::max(lo + 1, std::ceil(std::log10(xMax)));
    const double y0 = std::floor(yMin / 5) * 5, y1 = std::max(y0 + 5, std::ceil(yMax / 5) * 5);
    auto px = [&](double x) { return left + static_cast<int>(std::lround((std::log10(x) - lo) / (hi - lo) * plotW)); };
    auto py = [&](double y) { return top + static_cast<int>(std::lround((y1 - y) / (y1 - y0) * plotH)); };

    cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    for (double y = y0; y <= y1 + 1e-9; y += 5) {
        cv::line(canvas, {left, py(y)}, {left + plotW, py(y)}, kGrid);
        drawText(canvas, numberText(y), {left - 40, py(y) + 5});
    }
    for (double decade = lo; decade <= hi; ++decade)
        for (const double step : {1.0, 2.0, 5.0}) {
            const double x = step * std::pow(10.0, decade);
            if (std::log10(x) > hi + 1e-9)
                break;
            cv::line(canvas, {px(x), top}, {px(x), top + plotH}, step == 1.0 ? cv::Scalar(200, 200, 200) : kGrid);
            drawText(canvas, numberText(x), {px(x) - 12, top + plotH + 20});
        }
    cv::rectangle(canvas, {left, top}, {left + plotW, top + plotH}, kBlack);
    drawText(canvas, axis == PlotAxis::Bytes ? "bytes to store the set (log scale)" : "images per class (log scale)",
             {left + plotW / 2 - 120, height - 20});
    drawText(canvas, "test accuracy (%)", {10, top - 10});
    drawText(canvas, title, {left, 20}, 0.6);

    for (size_t i = 0; i < series.size(); ++i) {
        const cv::Scalar colour = kPalette[i % (sizeof kPalette / sizeof kPalette[0])];
        const auto &points = series[i].points;
        cv::Point previous(-1, -1);
        for (const auto &p : points) {
            if (p.x <= 0) { // the whole real set: a dashed line across
                for (int x = left; x < left + plotW; x += 16)
                    cv::line(canvas, {x, py(p.mean)}, {std::min(x + 8, left + plotW), py(p.mean)}, colour, 2, cv::LINE_AA);
                continue;
            }
            const cv::Point at(px(p.x), py(p.mean));
            cv::line(canvas, {at.x, py(p.mean - p.std)}, {at.x, py(p.mean + p.std)}, colour, 1, cv::LINE_AA);
            cv::circle(canvas, at, 4, colour, cv::FILLED, cv::LINE_AA);
            if (previous.x >= 0)
                cv::line(canvas, previous, at, colour, 2, cv::LINE_AA);
            previous = at;
        }
        const int legendY = top + 20 + static_cast<int>(i) * 24;
        cv::line(canvas, {left + plotW + 20, legendY - 5}, {left + plotW + 50, legendY - 5}, colour, 2, cv::LINE_AA);
        drawText(canvas, series[i].name, {left + plotW + 58, legendY});
    }
    std::vector<uchar> png;
    if (!cv::imencode(".png", canvas, png))
        throw IoError("could not encode the plot as PNG");
    return std::vector<char>(png.begin(), png.end());
}

} // namespace itgan
