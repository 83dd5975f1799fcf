// itgan plot: accuracy against images per class (paper Fig. 5) or against storage bytes
// (paper Tab. 2 as a frontier) from the results.json files of several compare runs, or train
// and test accuracy per epoch (paper Fig. 3/4) from one run's curves.csv, as a PNG.
#include "Commands.h"

#include "core/export/ResultsPlot.h"
#include "core/io/AtomicOutput.h"
#include "core/io/TensorIo.h"

#include <iostream>

namespace itgan::cli {
namespace {

struct PlotOptions {
    std::vector<std::string> results;
    std::string curves;
    std::string x = "images";
    std::string arch = "convnet";
    std::string title;
    std::string out;
    bool force = false;
};

void runPlot(const PlotOptions &o)
{
    if (o.results.empty() == o.curves.empty())
        throw ConfigError("plot: give either --results (accuracy across experiments) or --curves (one run's epochs)");
    const std::vector<std::string> inputs = o.curves.empty() ? o.results : std::vector<std::string>{o.curves};
    requireOutputOutsideInputs(o.out, inputs);
    AtomicOutput output(o.out, o.force, false); // refuses an existing --out without --force, before any work
    const PlotAxis axis = !o.curves.empty() ? PlotAxis::Epoch
                          : o.x == "bytes"  ? PlotAxis::Bytes
                                            : PlotAxis::ImagesPerClass;
    const auto series = axis == PlotAxis::Epoch ? curvesSeries(o.curves, o.arch) : resultsSeries(o.results, o.arch, axis);
    const std::string title = !o.title.empty()           ? o.title
                              : axis == PlotAxis::Epoch ? "train and test accuracy of " + o.arch + " per epoch"
                                                        : "test accuracy of " + o.arch + " trained on each set";
    writeFileAtomically(output.staging(), renderResultsPlot(series, axis, title));
    output.commit();
    size_t points = 0;
    for (const auto &s : series)
        points += s.points.size();
    std::cout << series.size() << " lines, " << points << " points written to " << o.out << "\n";
}

} // namespace

void addPlotCommand(CLI::App &app)
{
    auto o = std::make_shared<PlotOptions>();
    CLI::App *cmd = app.add_subcommand("plot", "Plot accuracy against images per class or bytes from compare results");
    auto *results = cmd->add_option("--results", o->results, "results.json files of compare (or evaluate) runs");
    cmd->add_option("--curves", o->curves, "One run's curves.csv: train and test accuracy per epoch (paper Fig. 3/4)")
        ->excludes(results);
    cmd->add_option("--x", o->x, "images (per class, paper Fig. 5) or bytes (storage, paper Tab. 2)")
        ->capture_default_str()
        ->check(CLI::IsMember({"images", "bytes"}));
    cmd->add_option("--arch", o->arch, "The evaluation architecture to plot")->capture_default_str();
    cmd->add_option("--title", o->title, "Title above the plot");
    cmd->add_option("--out", o->out, "The PNG to write")->required();
    cmd->add_flag("--force", o->force, "Replace an existing --out");
    cmd->callback([o] { runPlot(*o); });
}

} // namespace itgan::cli
