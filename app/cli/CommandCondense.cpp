// itgan condense: IT-GAN condensation of inverted latents (paper Eq. 2–4, Algorithm 1).
#include "Commands.h"
#include "ComputeOptions.h"
#include "SchemaOptions.h"
#include "JobSession.h"

#include "core/runs/EngineInputs.h"
#include "core/base/Errors.h"
#include "core/condensation/LatentCondenser.h"

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace itgan::cli {
namespace {

struct CondenseOptions {
    std::string from;
    EngineInputRequest inputs;
    ItganConfig config;
    std::string out;
    bool resume = false;
    ComputeOptions compute;
};

void runCondense(CondenseOptions o, const CLI::App &cmd, RunControl &control)
{
    applyComputeOptions(o.compute);
    const auto group = rankGroup();
    if (o.resume) {
        const auto stored = storedRunConfig(o.out, *group);
        if (stored.contains("itgan")) {
            refuseChangedInputsOnResume(cmd, o.inputs, stored, o.out);
            refuseChangedOptionsOnResume(cmd, itganSchema(), o.config, stored.at("itgan"), o.out);
            o.inputs = engineRequestFromIdentity(stored);
            o.config = itganConfigFromJson(stored.at("itgan"));
        }
    }
    // --from an inversion run: its latents, and the dataset and generator it used.
    std::string latentsPath = o.from;
    if (fs::is_directory(o.from)) {
        const auto inversion = storedRunConfig(o.from);
        if (inversion.value("method", "") != "inversion")
            throw ConfigError(o.from + ": not an inversion run directory (no config.json with method \"inversion\")");
        if (!o.resume)
            o.inputs = engineRequestFromIdentity(inversion);
        latentsPath = (fs::path(o.from) / "latents.pt").string();
        if (!fs::exists(latentsPath))
            throw IoError(latentsPath + ": missing; the inversion run has not finished (resume it first)");
    }
    o.inputs.featureNetwork = ""; // IT-GAN embeds with random (or pool) networks only
    EngineInputs inputs = loadEngineInputs(o.inputs);
    nlohmann::json identity = inputs.identity;
    identity["initial_latents_file"] = fs::absolute(latentsPath).string();
    const LatentSet initial = loadLatentSet(latentsPath);
    checkLatentsFitGenerator(initial, inputs.generator.generator->info(), latentsPath);
    auto bar = std::make_shared<ProgressBar>("condense");
    const auto result = runItgan(*inputs.generator.generator, inputs.data, initial, o.config,
                                 {o.out, o.resume, identity, group}, &control, progressHooks(bar));
    if (!group->writesOutputs())
        return;
    bar->finish(std::to_string(result.size()) + " latents in " + o.out + "/latents.pt, grid in " + o.out + "/grid.png");
}

} // namespace

void addCondenseCommand(CLI::App &app, RunControl &control)
{
    auto o = std::make_shared<CondenseOptions>();
    ItganConfig &c = o->config;
    CLI::App *cmd = app.add_subcommand("condense", "IT-GAN: optimise inverted latents into informative training data");
    cmd->add_option("--from", o->from, "An inversion run directory, or a latents .pt file (then give --dataset, --generator)")
        ->required();
    addEngineInputOptions(*cmd, o->inputs, false);
    cmd->add_option("--out", o->out, "Run directory (config.json, events.jsonl, checkpoint.pt, latents.pt, grid.png)")
        ->required();
    cmd->add_flag("--resume", o->resume, "Continue the run in --out from its last checkpoint with its stored settings");
    addSchemaOptions(*cmd, itganSchema(), c);
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o, cmd, &control] { runCondense(*o, *cmd, control); });
}

} // namespace itgan::cli
