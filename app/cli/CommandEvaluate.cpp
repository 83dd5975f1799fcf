// itgan evaluate: train classifiers from scratch on a labelled image set (a tensor file
// {images, labels} or a folder of class folders) and test them on the real test split.
#include "Commands.h"
#include "EvaluationSession.h"

#include "core/data/DatasetLoader.h"
#include "core/data/ImageSetFile.h"

#include <filesystem>

namespace itgan::cli {

namespace {

struct EvaluateOptions {
    std::vector<std::string> images;
    std::string dataset = "fashion-mnist";
    EvaluationOptions evaluation;
};

int64_t balancedImagesPerClass(const DatasetSplit &set, int64_t numClasses)
{
    const auto perClass = indicesPerClass(set.labels, numClasses);
    const size_t first = perClass.front().size();
    for (const auto &c : perClass)
        if (c.size() != first)
            return 0;
    return static_cast<int64_t>(first);
}

void runEvaluate(const EvaluateOptions &o, CancellationToken &cancel)
{
    applyComputeOptions(o.evaluation.compute);
    const Dataset dataset = loadDataset({o.dataset, 32, 0});
    std::vector<TrainingSet> sets;
    for (const auto &path : o.images) {
        TrainingSet set;
        set.name = std::filesystem::path(path).stem().string();
        set.pixels = readImageSet(path, dataset);
        set.imagesPerClass = balancedImagesPerClass(set.pixels, dataset.numClasses());
        sets.push_back(set);
    }
    const nlohmann::json extra = {{"command", "evaluate"}, {"images", o.images}};
    runEvaluations(dataset, sets, o.evaluation, extra, cancel);
}

} // namespace

void addEvaluateCommand(CLI::App &app, CancellationToken &cancel)
{
    auto o = std::make_shared<EvaluateOptions>();
    CLI::App *cmd = app.add_subcommand("evaluate", "Train classifiers on an image set and test them on the real test split");
    cmd->add_option("--images", o->images,
                    "Image set(s): a .pt dict {images uint8|float[0,1] [N,C,H,W], labels [N]} or a folder root/<class>/*.png")
        ->required();
    cmd->add_option("--dataset", o->dataset, "Real dataset whose test split is used (fashion-mnist or a folder)")
        ->capture_default_str();
    addEvaluationOptions(*cmd, o->evaluation, 300);
    cmd->callback([o, &cancel] { runEvaluate(*o, cancel); });
}

} // namespace itgan::cli
