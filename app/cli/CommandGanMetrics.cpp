// itgan gan-metrics: GAN-test, Fréchet distance, within-class diversity and GAN-train
// accuracy of a generator file against a real dataset (the bundled ConvNet by default).
#include "Commands.h"
#include "ComputeOptions.h"

#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/data/DatasetLoader.h"
#include "core/gan/GanMetrics.h"
#include "core/generators/GeneratorFile.h"
#include "core/io/TensorIo.h"

#include <cstdio>

namespace itgan::cli {

namespace {

struct GanMetricsOptions {
    std::string generator;
    std::string arch;
    std::string dataset = "fashion-mnist";
    std::string classifier = "bundled";
    GanQualityOptions quality;
    std::string json;
    ComputeOptions compute;
};

void runGanMetrics(GanMetricsOptions o)
{
    applyComputeOptions(o.compute);
    const Dataset data = loadDataset({o.dataset, 32, 0});
    const std::string classifierPath = o.classifier == "bundled" ? bundledModelPath(kBundledClassifier) : o.classifier;
    auto classifier = loadClassifier(classifierPath, "convnet", data.channels(), data.height());
    LoadedGenerator g = loadGenerator(o.generator, o.arch);
    const GanQuality q = measureGanQuality(*g.generator, *classifier, data, o.quality);
    std::printf("generator          %s\nclassifier         %s\nsamples per class  %lld (seed %llu)\n", o.generator.c_str(),
                classifierPath.c_str(), static_cast<long long>(o.quality.samplesPerClass),
                static_cast<unsigned long long>(o.quality.seed));
    std::printf("GAN-test accuracy  %.2f %%\nFrechet distance   %.3f (ConvNet embed(), 2048-d)\n"
                "diversity          %.3f x real (within-class mean pairwise pixel distance)\n",
                q.ganTestAccuracy, q.frechetDistance, q.diversityRatio);
    std::printf("Frechet real/real  %.3f (real test images vs the same training images: new real images score this)\n",
                q.heldOutRealFrechetDistance);
    if (q.ganTrainAccuracy >= 0)
        std::printf("GAN-train accuracy %.2f %% (ConvNet, %d epochs on the generated images, real test split)\n",
                    q.ganTrainAccuracy, o.quality.ganTrainEpochs);
    if (!o.json.empty()) {
        nlohmann::json j = {{"generator", o.generator},
                            {"classifier", classifierPath},
                            {"samples_per_class", o.quality.samplesPerClass},
                            {"seed", o.quality.seed},
                            {"gan_test_accuracy", q.ganTestAccuracy},
                            {"frechet_distance", q.frechetDistance},
                            {"diversity_ratio", q.diversityRatio},
                            {"frechet_distance_held_out_real", q.heldOutRealFrechetDistance}};
        if (q.ganTrainAccuracy >= 0) {
            j["gan_train_accuracy"] = q.ganTrainAccuracy;
            j["gan_train_epochs"] = o.quality.ganTrainEpochs;
        }
        writeFileAtomically(o.json, j.dump(2) + "\n");
    }
}

} // namespace

void addGanMetricsCommand(CLI::App &app)
{
    auto o = std::make_shared<GanMetricsOptions>();
    o->quality.ganTrainEpochs = 20;
    o->quality.heldOutRealReference = true;
    CLI::App *cmd = app.add_subcommand("gan-metrics", "Measure a generator: GAN-test, Frechet distance, diversity, GAN-train");
    cmd->add_option("--generator", o->generator, "Generator file")->required();
    cmd->add_option("--arch", o->arch, "Architecture of an imported state dict");
    cmd->add_option("--dataset", o->dataset, "Real dataset")->capture_default_str();
    cmd->add_option("--classifier", o->classifier, "Real-trained ConvNet weights ('bundled' = resources/models)")
        ->capture_default_str();
    cmd->add_option("--samples", o->quality.samplesPerClass, "Generated (and real) images per class")->capture_default_str();
    cmd->add_option("--gan-train-epochs", o->quality.ganTrainEpochs, "Epochs of the GAN-train ConvNet (0 = skip)")
        ->capture_default_str();
    cmd->add_option("--seed", o->quality.seed, "Seed of the latents")->capture_default_str()->check(CLI::NonNegativeNumber);
    cmd->add_option("--json", o->json, "Also write the figures to this JSON file");
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o] { runGanMetrics(*o); });
}

} // namespace itgan::cli
