// itgan compare: build GAN / inversion / IT-GAN / DM / random-real / real sets and
// evaluate them side by side (paper Tab. 1/2, Fig. 3–5).
#include "Commands.h"

#include "core/experiments/ComparePresets.h"
#include "JobSession.h"

#include "core/experiments/CompareExperiment.h"
#include "core/base/JsonConfig.h"

#include <cstdio>
#include <iostream>

namespace itgan::cli {
namespace {

struct CompareOptions {
    std::string config;
    std::string preset;
    std::string out;
    bool resume = false;
    bool printDefault = false;
    std::string device; // overrides the configuration's "device" when given
};

void runCompareCommand(const CompareOptions &o, RunControl &control)
{
    if (o.printDefault) {
        std::cout << defaultCompareConfig().dump(2) << "\n";
        return;
    }
    if (o.out.empty())
        throw ConfigError("compare needs --out DIR (or --print-default-config)");
    nlohmann::json config = nlohmann::json::object();
    // A preset first, the --config file's keys over it (the studio's order too).
    if (!o.preset.empty())
        config = comparePreset(o.preset).overlay;
    if (!o.config.empty()) {
        const nlohmann::json file = readJsonFile(o.config);
        if (!file.is_object())
            throw ConfigError(o.config + ": expected a JSON object of settings (`itgan compare --print-default-config` "
                                         "prints every key), got " + std::string(file.type_name()));
        config = overlayConfig(config, file);
    }
    const auto group = rankGroup();
    if (o.config.empty() && o.resume && o.preset.empty())
        config = storedRunConfig(o.out, *group).value("compare", nlohmann::json::object());
    if (!o.device.empty())
        config["device"] = o.device; // where it runs, not what it computes: free to change on --resume
    auto bar = std::make_shared<ProgressBar>("compare");
    CompareHooks hooks;
    hooks.job = progressHooks(bar);
    hooks.onStage = [bar](const std::string &text) { std::cerr << "\nitgan: " << text << "\n"; };
    hooks.onEvalEpoch = [bar](const std::string &set, const std::string &arch, int run, const EpochRecord &e) {
        char status[160];
        std::snprintf(status, sizeof status, "%s/%s run %d epoch %d loss %.3f train %.1f%%", set.c_str(), arch.c_str(), run,
                      e.epoch, e.trainLoss, e.trainAccuracy);
        bar->update(e.epoch, e.epoch, status);
    };
    hooks.onSetEvaluated = [](const SetEvaluation &ev) {
        std::fprintf(stderr, "\n%s on %s: %.2f ± %.2f %%\n", ev.setName.c_str(), ev.arch.c_str(), ev.mean, ev.std);
    };
    const auto outcome = runCompare(config, o.out, o.resume, &control, hooks, group);
    if (!group->writesOutputs())
        return;
    bar->finish("results in " + o.out + "/results.json, curves.csv, grid_<set>.png");
    std::cout << resultsTable(outcome.results);
}

} // namespace

void addCompareCommand(CLI::App &app, RunControl &control)
{
    auto o = std::make_shared<CompareOptions>();
    CLI::App *cmd = app.add_subcommand("compare", "Build and evaluate GAN, inversion, IT-GAN, DM, random and real sets");
    cmd->add_option("--config", o->config, "Experiment configuration JSON (keys as --print-default-config; missing keys "
                                           "take the defaults)");
    std::string presetHelp = "Start from a preset (resources/presets):";
    try {
        for (const auto &preset : comparePresets())
            presetHelp += " " + preset.name + " = " + preset.title + ";";
    } catch (const Error &) {
        presetHelp += " (none found)";
    }
    cmd->add_option("--preset", o->preset, presetHelp + " --config keys apply over it");
    cmd->add_option("--out", o->out, "Output folder (results.json, curves.csv, grids, one run directory per method)");
    cmd->add_flag("--resume", o->resume, "Continue an interrupted experiment in --out");
    cmd->add_flag("--print-default-config", o->printDefault, "Print the full default configuration and exit");
    cmd->add_option("--device", o->device, "Where to compute: cpu, cuda or cuda:N (overrides the configuration's \"device\")");
    cmd->callback([o, &control] { runCompareCommand(*o, control); });
}

} // namespace itgan::cli
