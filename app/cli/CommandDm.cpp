// itgan dm: the pixel-space distribution-matching baseline (SPEC §5.4).
#include "Commands.h"
#include "JobSession.h"

#include "core/DatasetLoader.h"
#include "core/PixelCondenser.h"
#include "core/Threads.h"

namespace itgan::cli {
namespace {

struct DmOptions {
    std::string dataset = "fashion-mnist";
    DmConfig config;
    std::string out;
    bool resume = false;
    int threads = 0;
};

void runDmCommand(DmOptions o, RunControl &control)
{
    configureTorchThreads(o.threads);
    if (o.resume) {
        const auto stored = storedRunConfig(o.out);
        if (stored.contains("dm")) {
            o.dataset = engineRequestFromIdentity(stored).dataset;
            o.config = dmConfigFromJson(stored.at("dm"));
        }
    }
    EngineInputRequest request;
    request.dataset = o.dataset;
    request.generator = "";
    request.featureNetwork = "";
    const EngineInputs inputs = loadEngineInputs(request);
    auto bar = std::make_shared<ProgressBar>("dm");
    const auto result = runDm(inputs.data, o.config, {o.out, o.resume, inputs.identity}, &control, progressHooks(bar));
    bar->finish(std::to_string(result.pixels.size()) + " images in " + o.out + "/images.pt, grid in " + o.out + "/grid.png");
}

} // namespace

void addDmCommand(CLI::App &app, RunControl &control)
{
    auto o = std::make_shared<DmOptions>();
    DmConfig &c = o->config;
    CLI::App *cmd = app.add_subcommand("dm", "DM baseline: distribution matching in pixel space");
    cmd->add_option("--dataset", o->dataset, "fashion-mnist, or a dataset folder")->capture_default_str();
    cmd->add_option("--out", o->out, "Run directory (config.json, events.jsonl, checkpoint.pt, images.pt, grid.png)")
        ->required();
    cmd->add_flag("--resume", o->resume, "Continue the run in --out from its last checkpoint with its stored settings");
    cmd->add_option("-k,--images-per-class", c.imagesPerClass, "Synthetic images per class")->capture_default_str();
    cmd->add_option("--iterations", c.iterations, "Iterations")->capture_default_str();
    cmd->add_option("--lr", c.learningRate, "SGD learning rate on the pixels")->capture_default_str();
    cmd->add_option("--momentum", c.momentum, "SGD momentum")->capture_default_str();
    cmd->add_option("--real-batch", c.realBatch, "Real images per class and iteration")->capture_default_str();
    cmd->add_option("--init", c.init, "real (random real images) or noise")->capture_default_str();
    cmd->add_option("--embedding-arch", c.embeddingArch, "Embedding network architecture")->capture_default_str();
    cmd->add_option("--dsa", c.dsaStrategy, "Siamese augmentation strategy, 'auto' or 'none'")->capture_default_str();
    cmd->add_option("--seed", c.seed, "Seed")->capture_default_str();
    cmd->add_option("--checkpoint-every", c.checkpointEvery, "Iterations between checkpoints")->capture_default_str();
    cmd->add_option("--threads", o->threads, "LibTorch threads (0 = all cores)")->capture_default_str();
    cmd->callback([o, &control] { runDmCommand(*o, control); });
}

} // namespace itgan::cli
