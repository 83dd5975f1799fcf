// itgan dm: the pixel-space distribution-matching baseline (core/README.md: DM).
#include "Commands.h"
#include "ComputeOptions.h"
#include "SchemaOptions.h"
#include "JobSession.h"

#include "core/data/DatasetLoader.h"
#include "core/condensation/PixelCondenser.h"

namespace itgan::cli {
namespace {

struct DmOptions {
    std::string dataset = "fashion-mnist";
    DmConfig config;
    std::string out;
    bool resume = false;
    ComputeOptions compute;
};

void runDmCommand(DmOptions o, const CLI::App &cmd, RunControl &control)
{
    applyComputeOptions(o.compute);
    const auto group = rankGroup();
    EngineInputRequest request;
    request.dataset = o.dataset;
    if (o.resume) {
        const auto stored = storedRunConfig(o.out, *group);
        if (stored.contains("dm")) {
            EngineInputRequest given;
            given.dataset = o.dataset;
            refuseChangedInputsOnResume(cmd, given, stored, o.out);
            refuseChangedOptionsOnResume(cmd, dmSchema(), o.config, stored.at("dm"), o.out);
            request = engineRequestFromIdentity(stored); // the dataset, and a compare's training subset
            o.config = dmConfigFromJson(stored.at("dm"));
        }
    }
    request.generator = "";
    request.featureNetwork = "";
    const EngineInputs inputs = loadEngineInputs(request);
    auto bar = std::make_shared<ProgressBar>("dm");
    const auto result = runDm(inputs.data, o.config, {o.out, o.resume, inputs.identity, group}, &control, progressHooks(bar));
    if (!group->writesOutputs())
        return;
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
    addSchemaOptions(*cmd, dmSchema(), c);
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o, cmd, &control] { runDmCommand(*o, *cmd, control); });
}

} // namespace itgan::cli
