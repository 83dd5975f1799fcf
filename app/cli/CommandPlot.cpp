// itgan plot: accuracy against images per class (paper Fig. 5) or against storage bytes
// (paper Tab. 2 as a frontier) from the results.json files of several compare runs, as a PNG.
#include "Commands.h"

#include "core/export/ResultsPlot.h"
#include "core/io/AtomicOutput.h"
#include "core/io/TensorIo.h"

#include <iostream>

namespace itgan::cli {
namespace {

struct PlotOptions {
    std::vector<std::string> results;
    std::string x = "images";
    std::string arch = "convnet";
    std::string title;
    std::string out;
    bool force = false;
};

void runPlot(const PlotOptions &o)
{
    requireOutputOutsideInputs(o.out, o.results);
    AtomicOutput output(o.out, o.force, false); // refuses an existing --out without --force, before any work
    const PlotAxis axis = o.x == "bytes" ? PlotAxis::Bytes : PlotAxis::ImagesPerClass;
    const auto series = resultsSeries(o.results, o.arch, axis);
    const std::string title = o.title.empty() ? "test accuracy of " + o.arch + " trained on each set" : o.title;
    writeFileAtomically(output.staging(), renderResultsPlot(series, axis, title));
    output.commit();
    size_t points = 0;
    for (const auto &s : series)
        points += s.points.size();
    std::cout << series.size() << " sets, " << points << " points written to " << o.out << "\n";
}

} // namespace

void addPlotCommand(CLI::App &app)
{
    auto o = std::make_shared<PlotOptions>();
    CLI::App *cmd = app.add_subcommand("plot", "Plot accuracy against images per class or bytes from compare results");
    cmd->add_option("--results", o->results, "results.json files of compare (or evaluate) runs")->required();
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
