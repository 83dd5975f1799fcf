// itgan train-gan: train a class-conditional GAN on a dataset (core/README.md: GAN training), with
// checkpoints, --resume, sample grids and quality metrics at every checkpoint.
#include "Commands.h"
#include "ComputeOptions.h"
#include "ProgressBar.h"

#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/data/DatasetLoader.h"
#include "core/gan/GanTrainer.h"

#include <cstdio>
#include <iostream>

namespace itgan::cli {

namespace {

struct TrainGanOptions {
    std::string dataset = "fashion-mnist";
    std::string out;
    bool resume = false;
    std::string classifier = "bundled";
    std::string classifierArch = "convnet";
    GanTrainingConfig config;
    GanQualityOptions quality;
    ComputeOptions compute;
};

void runTrainGan(const TrainGanOptions &o, CancellationToken &cancel)
{
    applyComputeOptions(o.compute);
    const Dataset data = loadDataset({o.dataset, 32, 0});
    GanTrainer trainer(o.config, data, o.out, o.resume);
    if (o.classifier != "none") {
        const std::string path = o.classifier == "bundled" ? bundledModelPath(kBundledClassifier) : o.classifier;
        trainer.setQualityProbe(loadClassifier(path, o.classifierArch, data.channels(), data.height()), o.quality);
        std::cerr << "itgan: quality metrics at every checkpoint with " << path << "\n";
    }
    if (trainer.step() > 0)
        std::cerr << "itgan: resuming " << o.out << " at step " << trainer.step() << "\n";
    ProgressBar bar("train-gan");
    const int64_t firstStep = trainer.step();
    GanTrainingCallbacks callbacks;
    callbacks.onStep = [&](const GanStepEvent &e, int64_t total) {
        char status[128];
        std::snprintf(status, sizeof status, "step %lld/%lld D %.3f G %.3f", static_cast<long long>(e.step),
                      static_cast<long long>(total), e.lossD, e.lossG);
        bar.update(double(e.step - firstStep), double(total - firstStep), status);
    };
    callbacks.onCheckpoint = [&](const GanCheckpointEvent &e) {
        if (!e.quality) {
            std::fprintf(stderr, "\ncheckpoint at step %lld\n", static_cast<long long>(e.step));
            return;
        }
        const GanQuality &q = *e.quality;
        std::fprintf(stderr, "\ncheckpoint at step %lld: GAN-test %.2f%%, Frechet %.3f, diversity %.2fx real%s%s\n",
                     static_cast<long long>(e.step), q.ganTestAccuracy, q.frechetDistance, q.diversityRatio,
                     q.ganTrainAccuracy >= 0 ? (", GAN-train " + std::to_string(q.ganTrainAccuracy) + "%").c_str() : "",
                     e.best ? " (best so far)" : "");
    };
    trainer.run(&cancel, callbacks);
    bar.finish("generator: " + o.out + "/generator_latest.pt, best: generator_best.pt");
}

} // namespace

void addTrainGanCommand(CLI::App &app, CancellationToken &cancel)
{
    auto o = std::make_shared<TrainGanOptions>();
    GanTrainingConfig &c = o->config;
    CLI::App *cmd = app.add_subcommand("train-gan", "Train a class-conditional GAN (hinge loss, DiffAugment, EMA)");
    cmd->add_option("--dataset", o->dataset, "fashion-mnist, or a folder of IDX files, CIFAR binaries or class folders")
        ->capture_default_str();
    cmd->add_option("--out", o->out, "Run directory (checkpoint.pt, generator_*.pt, samples/, events.jsonl)")->required();
    cmd->add_flag("--resume", o->resume,
                  "Continue the run in --out from its last checkpoint (same settings except the few a "
                  "resume may change, e.g. more --steps; a refusal lists them)");
    cmd->add_option("--arch", c.arch, "biggan32 or dcgan32")->capture_default_str();
    cmd->add_option("--width", c.width, "Generator width (G_ch for biggan32)")->capture_default_str();
    cmd->add_option("--d-width", c.discriminatorWidth, "Discriminator width")->capture_default_str();
    cmd->add_option("--latent", c.latentSize, "Latent size")->capture_default_str();
    cmd->add_option("--steps", c.steps, "Generator steps")->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_option("--batch", c.batchSize, "Batch size")->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_option("--lr-g", c.learningRateG, "Adam learning rate of G")->capture_default_str();
    cmd->add_option("--lr-d", c.learningRateD, "Adam learning rate of D")->capture_default_str();
    cmd->add_option("--lr-decay-start", c.learningRateDecayStart,
                    "Step from which both learning rates fall linearly to 0 at --steps (0 = constant)")
        ->capture_default_str();
    cmd->add_option("--d-steps", c.discriminatorSteps, "D steps per G step")->capture_default_str();
    cmd->add_option("--ema-decay", c.emaDecay, "EMA decay of the sampling generator")->capture_default_str();
    cmd->add_option("--ema-start", c.emaStart, "Step from which the EMA averages (before: copies G)")->capture_default_str();
    cmd->add_option("--diffaugment", c.diffAugment, "DiffAugment policy: color,translation,cutout")->capture_default_str();
    cmd->add_flag("!--no-flip", c.flipReals, "Do not flip real images horizontally");
    cmd->add_option("--seed", c.seed, "Seed")->capture_default_str()->check(CLI::NonNegativeNumber);
    cmd->add_option("--checkpoint-every", c.checkpointEvery, "Steps between checkpoints (with metrics)")->capture_default_str();
    cmd->add_option("--sample-every", c.sampleEvery, "Steps between sample grids")->capture_default_str();
    cmd->add_option("--classifier", o->classifier,
                    "Real-trained classifier for the metrics: 'bundled', a weights file, or 'none'")
        ->capture_default_str();
    cmd->add_option("--metrics-samples", o->quality.samplesPerClass, "Generated (and real) images per class for metrics")
        ->capture_default_str();
    cmd->add_option("--gan-train-epochs", o->quality.ganTrainEpochs,
                    "Epochs of the GAN-train classifier at each checkpoint (0 = skip)")
        ->capture_default_str();
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o, &cancel] { runTrainGan(*o, cancel); });
}

} // namespace itgan::cli
