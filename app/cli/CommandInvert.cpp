// itgan invert: GAN inversion (paper Eq. 1) of k real images per class into latents.
#include "Commands.h"
#include "ComputeOptions.h"
#include "SchemaOptions.h"
#include "JobSession.h"

#include "core/runs/EngineInputs.h"
#include "core/condensation/GanInversion.h"

#include <cstdio>

namespace itgan::cli {
namespace {

struct InvertOptions {
    EngineInputRequest inputs;
    InversionConfig config;
    std::string out;
    bool resume = false;
    ComputeOptions compute;
};

void runInvert(InvertOptions o, const CLI::App &cmd, RunControl &control)
{
    applyComputeOptions(o.compute);
    const auto group = rankGroup();
    if (o.resume) {
        const auto stored = storedRunConfig(o.out, *group);
        if (stored.contains("inversion")) { // resume exactly what was started
            refuseChangedInputsOnResume(cmd, o.inputs, stored, o.out);
            refuseChangedOptionsOnResume(cmd, inversionSchema(), o.config, stored.at("inversion"), o.out);
            o.inputs = engineRequestFromIdentity(stored);
            o.config = inversionConfigFromJson(stored.at("inversion"));
        }
    }
    EngineInputs inputs = loadEngineInputs(o.inputs);
    auto bar = std::make_shared<ProgressBar>("invert");
    const auto result = runInversion(*inputs.generator.generator, *inputs.featureNet, inputs.data, o.config,
                                     {o.out, o.resume, inputs.identity, group}, &control, progressHooks(bar));
    if (!group->writesOutputs())
        return;
    char summary[200];
    std::snprintf(summary, sizeof summary,
                  "%lld latents in %s/latents.pt; reconstruction error per image: feature mean %.4f (max %.4f), "
                  "pixel mean %.4f (max %.4f)",
                  static_cast<long long>(result.latents.size()), o.out.c_str(), result.featureError.mean().item<double>(),
                  result.featureError.max().item<double>(), result.pixelError.mean().item<double>(),
                  result.pixelError.max().item<double>());
    bar->finish(summary);
}

} // namespace

void addInvertCommand(CLI::App &app, RunControl &control)
{
    auto o = std::make_shared<InvertOptions>();
    InversionConfig &c = o->config;
    CLI::App *cmd = app.add_subcommand("invert", "GAN inversion: learn one latent per chosen real image (paper Eq. 1)");
    addEngineInputOptions(*cmd, o->inputs, true);
    cmd->add_option("--out", o->out, "Run directory (config.json, events.jsonl, checkpoint.pt, latents.pt, "
                                     "reconstruction.csv, real_vs_inverted.png)")
        ->required();
    cmd->add_flag("--resume", o->resume, "Continue the run in --out from its last checkpoint with its stored settings");
    addSchemaOptions(*cmd, inversionSchema(), c);
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o, cmd, &control] { runInvert(*o, *cmd, control); });
}

} // namespace itgan::cli
