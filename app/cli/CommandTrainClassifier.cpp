// itgan train-classifier: the evaluation protocol (core/README.md: Evaluation protocol) on real data (the whole training set or
// k images per class), e.g. to train the feature-extractor ConvNet or the random-real baseline.
#include "Commands.h"
#include "EvaluationSession.h"

#include "core/data/DatasetLoader.h"

namespace itgan::cli {

namespace {

struct TrainClassifierOptions {
    std::string dataset = "fashion-mnist";
    int imageSize = 32;
    int64_t subset = 0;         // images per class; 0 = the whole training set
    uint64_t subsetSeed = 0;
    EvaluationOptions evaluation;
};

void runTrainClassifier(const TrainClassifierOptions &o, CancellationToken &cancel)
{
    applyComputeOptions(o.evaluation.compute);
    const Dataset dataset = loadDataset({o.dataset, o.imageSize, 0});
    TrainingSet set;
    if (o.subset > 0) {
        set.name = "random";
        set.pixels = subsetPerClass(dataset.train, dataset.numClasses(), o.subset, o.subsetSeed);
        set.imagesPerClass = o.subset;
    } else {
        set.name = "real";
        set.pixels = dataset.train;
    }
    const nlohmann::json extra = {{"command", "train-classifier"}, {"subset", o.subset}, {"subset_seed", o.subsetSeed}};
    runEvaluations(dataset, {set}, o.evaluation, extra, cancel);
}

} // namespace

void addTrainClassifierCommand(CLI::App &app, CancellationToken &cancel)
{
    auto o = std::make_shared<TrainClassifierOptions>();
    CLI::App *cmd = app.add_subcommand("train-classifier",
                                       "Train classifiers from scratch on real data and test them on the real test split");
    cmd->add_option("--dataset", o->dataset, "fashion-mnist, or a folder of IDX files, CIFAR binaries or class folders")
        ->capture_default_str();
    cmd->add_option("--image-size", o->imageSize, "Image size for image-folder datasets")->capture_default_str();
    cmd->add_option("--subset", o->subset, "Images per class (seeded random subset); 0 = whole training set")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--subset-seed", o->subsetSeed, "Seed of the random subset")->capture_default_str();
    addEvaluationOptions(*cmd, o->evaluation, 20);
    cmd->callback([o, &cancel] { runTrainClassifier(*o, cancel); });
}

} // namespace itgan::cli
