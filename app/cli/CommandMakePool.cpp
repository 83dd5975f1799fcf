// itgan make-pool: train ConvNets on the real data and keep a snapshot after every epoch
// with its validation accuracy, for IT-GAN's pre-trained embedding option (Tab. T7).
#include "Commands.h"
#include "ComputeOptions.h"
#include "ProgressBar.h"

#include "core/condensation/ConvNetPool.h"
#include "core/data/DatasetLoader.h"

#include <cstdio>

namespace itgan::cli {
namespace {

struct MakePoolOptions {
    std::string dataset = "fashion-mnist";
    PoolConfig config;
    std::string out;
    ComputeOptions compute;
};

void runMakePool(const MakePoolOptions &o, CancellationToken &cancel)
{
    applyComputeOptions(o.compute);
    const Dataset data = loadDataset({o.dataset});
    ProgressBar bar("make-pool");
    const double total = static_cast<double>(o.config.count) * o.config.epochs;
    int done = 0;
    makeConvNetPool(data, o.config, o.out, &cancel, [&](const PoolMember &m, int network, int epoch) {
        char status[128];
        std::snprintf(status, sizeof status, "network %d epoch %d: validation %.2f%%", network, epoch, m.validationAccuracy);
        bar.update(++done, total, status);
    });
    bar.finish(std::to_string(done) + " members in " + o.out + "/pool.json");
}

} // namespace

void addMakePoolCommand(CLI::App &app, CancellationToken &cancel)
{
    auto o = std::make_shared<MakePoolOptions>();
    PoolConfig &c = o->config;
    CLI::App *cmd = app.add_subcommand("make-pool", "Train a pool of embedding ConvNets with validation accuracies");
    cmd->add_option("--dataset", o->dataset, "fashion-mnist, or a dataset folder")->capture_default_str();
    cmd->add_option("--out", o->out, "Pool folder (pool.json + one weights file per member)")->required();
    cmd->add_option("--count", c.count, "Networks to train")->capture_default_str();
    cmd->add_option("--epochs", c.epochs, "Epochs per network (a member after each)")->capture_default_str();
    cmd->add_option("--arch", c.arch, "Architecture")->capture_default_str();
    cmd->add_option("--train-per-class", c.trainPerClass, "Training images per class (0 = all)")->capture_default_str();
    cmd->add_option("--validation-per-class", c.validationPerClass, "Held-out validation images per class")
        ->capture_default_str();
    cmd->add_option("--lr", c.learningRate, "SGD learning rate")->capture_default_str();
    cmd->add_option("--seed", c.seed, "Seed")->capture_default_str()->check(CLI::NonNegativeNumber);
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o, &cancel] { runMakePool(*o, cancel); });
}

} // namespace itgan::cli
