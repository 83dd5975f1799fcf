#include "JobSession.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace itgan::cli {

JobHooks progressHooks(const std::shared_ptr<ProgressBar> &bar)
{
    JobHooks hooks;
    hooks.onIteration = [bar](const IterationEvent &e) {
        std::string status = "it " + std::to_string(e.iteration) + "/" + std::to_string(e.iterations);
        char part[64];
        for (const auto &[name, value] : e.terms) {
            std::snprintf(part, sizeof part, " %s %.4g", name.c_str(), value);
            status += part;
        }
        if (e.method == "itgan") {
            std::snprintf(part, sizeof part, " λ %g", e.lambda);
            status += part;
        }
        std::snprintf(part, sizeof part, " lr %g %.2fs/it", e.learningRate, e.seconds);
        status += part;
        bar->update(static_cast<double>(e.iteration), static_cast<double>(e.iterations), status);
    };
    hooks.onStage = [](const std::string &text) { std::cerr << "itgan: " << text << "\n"; };
    hooks.onControl = [](const std::string &name, double value, int64_t iteration) {
        std::cerr << "\nitgan: " << name << " set to " << value << " from iteration " << iteration << "\n";
    };
    return hooks;
}

nlohmann::json storedRunConfig(const std::string &dir)
{
    const auto path = std::filesystem::path(dir) / "config.json";
    return std::filesystem::exists(path) ? readJsonFile(path.string()) : nlohmann::json::object();
}

nlohmann::json storedRunConfig(const std::string &dir, const DistributedGroup &group)
{
    std::string text;
    group.onRankZero([&] { text = storedRunConfig(dir).dump(); });
    return nlohmann::json::parse(group.broadcastBytes(text));
}

void refuseChangedInputsOnResume(const CLI::App &cmd, const EngineInputRequest &given, const nlohmann::json &stored,
                                 const std::string &runDir)
{
    const EngineInputRequest then = engineRequestFromIdentity(stored);
    const std::pair<const char *, std::pair<std::string, std::string>> inputs[] = {
        {"--dataset", {inputReference(given.dataset), then.dataset}},
        {"--generator", {inputReference(given.generator), then.generator}},
        {"--generator-arch", {given.generatorArch, then.generatorArch}},
        {"--feature-net", {inputReference(given.featureNetwork), then.featureNetwork}},
        {"--feature-arch", {given.featureArch, then.featureArch}}};
    for (const auto &[name, values] : inputs) {
        const CLI::Option *option = cmd.get_option_no_throw(name);
        if (option && option->count() > 0 && values.first != values.second)
            throw ConfigError(std::string(name) + " " + values.first + " differs from the run being resumed (started with "
                              + values.second + ", " + runDir + "/config.json); --resume continues with the stored "
                              "inputs: drop " + name + ", or start a new run with another --out");
    }
}

std::shared_ptr<DistributedGroup> rankGroup()
{
    return DistributedGroup::fromProcessEnvironment();
}

void addEngineInputOptions(CLI::App &cmd, EngineInputRequest &inputs, bool featureNetwork)
{
    cmd.add_option("--dataset", inputs.dataset, "fashion-mnist, or a folder of IDX files, CIFAR binaries or class folders")
        ->capture_default_str();
    cmd.add_option("--generator", inputs.generator, "'bundled', a native/TorchScript generator or a BigGAN state dict")
        ->capture_default_str();
    cmd.add_option("--generator-arch", inputs.generatorArch, "Architecture of an imported state dict (biggan32, dcgan32)");
    if (featureNetwork) {
        cmd.add_option("--feature-net", inputs.featureNetwork, "Pre-trained ConvNet ψ: 'bundled' or a weights file")
            ->capture_default_str();
        cmd.add_option("--feature-arch", inputs.featureArch, "Architecture of --feature-net")->capture_default_str();
    }
}

} // namespace itgan::cli
