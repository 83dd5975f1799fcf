#include "core/CompareExperiment.h"

#include "core/EngineInputs.h"
#include "core/Errors.h"
#include "core/EvaluationEstimate.h"
#include "core/GanInversion.h"
#include "core/ImageGrid.h"
#include "core/JsonConfig.h"
#include "core/LatentCondenser.h"
#include "core/PixelCondenser.h"
#include "core/RunDirectory.h"
#include "core/SyntheticSets.h"
#include "core/Threads.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace fs = std::filesystem;

namespace itgan {
namespace {

const std::vector<std::string> kSetNames = {"gan", "inversion", "itgan", "dm", "random", "real"};

bool contains(const std::vector<std::string> &names, const std::string &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr int kWholeRealEpochs = 8;

nlohmann::json defaultEvaluationConfig()
{
    return {{"architectures", {"convnet"}},
            {"runs", 3},
            {"epochs", 200},
            // 60 000 real images need a handful of epochs, not 200 (8 give 91.1 % on
            // Fashion-MNIST: tests/benchmarks/results/tab1_real); 200 would take days on 2 cores.
            {"epochs_per_set", {{"real", kWholeRealEpochs}}},
            {"batch_size", 256},
            {"learning_rate", 0.01},
            {"momentum", 0.9},
            {"weight_decay", 5e-4},
            {"dsa_strategy", "auto"},
            {"test_every", 0},
            {"seed", 0}};
}

TrainingConfig trainingConfigFor(const nlohmann::json &e, const std::string &set, const std::string &arch,
                                 bool allowsFlip)
{
    TrainingConfig t;
    t.arch = arch;
    t.epochs = e.at("epochs_per_set").value(set, e.at("epochs").get<int>());
    t.batchSize = e.at("batch_size").get<int>();
    t.learningRate = e.at("learning_rate").get<double>();
    t.momentum = e.at("momentum").get<double>();
    t.weightDecay = e.at("weight_decay").get<double>();
    t.dsaStrategy = resolveDsaStrategy(e.at("dsa_strategy").get<std::string>(), allowsFlip);
    t.testEvery = e.at("test_every").get<int>();
    t.seed = e.at("seed").get<uint64_t>();
    return t;
}

void writeResults(const RunDirectory &dir, const std::string &dataset, const nlohmann::json &config,
                  const std::vector<SetEvaluation> &evaluations, CompareOutcome &outcome)
{
    outcome.results = resultsJson(dataset, config, evaluations);
    outcome.evaluations = evaluations;
    dir.writeJson("results.json", outcome.results);
    dir.writeText("curves.csv", curvesCsv(evaluations));
}

} // namespace

nlohmann::json defaultCompareConfig()
{
    auto inversion = toJson(InversionConfig{});
    inversion.erase("images_per_class"); // the top-level images_per_class
    auto dm = toJson(DmConfig{});
    dm["images_per_class"] = nullptr; // null = the top-level value; set it for equal-storage comparisons
    return {{"dataset", "fashion-mnist"},
            {"generator", "bundled"},
            {"generator_arch", ""},
            {"feature_network", "bundled"},
            {"images_per_class", 10},
            {"sets", kSetNames},
            {"seed", 0},
            {"threads", 0},
            {"inversion_latents", ""},
            {"itgan_latents", ""},
            {"dm_images", ""},
            {"inversion", inversion},
            {"itgan", toJson(ItganConfig{})},
            {"dm", dm},
            {"evaluation", defaultEvaluationConfig()}};
}

nlohmann::json completeCompareConfig(const nlohmann::json &config)
{
    nlohmann::json merged = defaultCompareConfig();
    if (!config.is_object())
        throw ConfigError("a compare configuration must be a JSON object, got " + config.dump());
    for (const auto &item : config.items()) {
        if (!merged.contains(item.key())) {
            requireKnownKeys(nlohmann::json{{item.key(), 0}}, {"dataset", "generator", "generator_arch", "feature_network",
                                                               "images_per_class", "sets", "seed", "threads",
                                                               "inversion_latents", "itgan_latents", "dm_images",
                                                               "inversion", "itgan", "dm", "evaluation"},
                             "compare configuration");
        }
        auto &slot = merged[item.key()];
        if (slot.is_object() && item.value().is_object() && item.key() != "epochs_per_set") {
            for (const auto &inner : item.value().items())
                slot[inner.key()] = inner.value();
        } else {
            slot = item.value();
        }
    }
    // Parse every section once so a typo fails before any work starts.
    inversionConfigFromJson(merged.at("inversion"));
    itganConfigFromJson(merged.at("itgan"));
    dmConfigFromJson(merged.at("dm"));
    auto defaultsEval = defaultEvaluationConfig();
    requireKnownKeys(merged.at("evaluation"), {"architectures", "runs", "epochs", "epochs_per_set", "batch_size",
                                               "learning_rate", "momentum", "weight_decay", "dsa_strategy", "test_every",
                                               "seed"},
                     "evaluation");
    for (const auto &item : merged.at("evaluation").items())
        if (item.value().type_name() != defaultsEval.at(item.key()).type_name()
            && !(item.value().is_number() && defaultsEval.at(item.key()).is_number()))
            throw ConfigError("evaluation." + item.key() + ": unexpected value " + item.value().dump());
    for (const auto &name : merged.at("sets"))
        if (!name.is_string() || !contains(kSetNames, name.get<std::string>()))
            throw ConfigError("sets: unknown set " + name.dump() + " (known: gan, inversion, itgan, dm, random, real)");
    requireRange(merged.at("images_per_class").get<double>(), 1, 1e9, "images_per_class");
    return merged;
}

CompareOutcome runCompare(const nlohmann::json &userConfig, const std::string &outDir, bool resume, RunControl *control,
                          const CompareHooks &hooks)
{
    const nlohmann::json config = completeCompareConfig(userConfig);
    RunControl localControl;
    if (!control)
        control = &localControl;
    auto stage = [&](const std::string &text) {
        if (hooks.onStage)
            hooks.onStage(text);
    };
    configureTorchThreads(config.at("threads").get<int>());
    const auto sets = config.at("sets").get<std::vector<std::string>>();
    const int64_t k = config.at("images_per_class").get<int64_t>();
    const uint64_t seed = config.at("seed").get<uint64_t>();
    const std::string inversionLatents = config.at("inversion_latents"), itganLatents = config.at("itgan_latents"),
                      dmImages = config.at("dm_images");

    RunDirectory dir = RunDirectory::open(outDir, resume);
    if (resume && fs::exists(dir.file("config.json"))) {
        std::ifstream in(dir.file("config.json"));
        // The sets and evaluation may change between calls (build the sets first, evaluate
        // later, add an architecture); whatever builds a set must not.
        auto withoutEvaluation = [](nlohmann::json c) {
            for (const char *key : {"evaluation", "sets", "threads"})
                c.erase(key);
            return c;
        };
        const std::string diff = firstJsonDifference(
            withoutEvaluation(nlohmann::json::parse(in).value("compare", nlohmann::json::object())),
            withoutEvaluation(config));
        if (!diff.empty())
            throw ConfigError(dir.file("config.json") + ": this experiment was started with a different configuration (\""
                              + diff + "\" differs)");
    }

    const bool needInversion = (contains(sets, "inversion") || contains(sets, "itgan")) && inversionLatents.empty()
                               && !(contains(sets, "itgan") && !contains(sets, "inversion") && !itganLatents.empty());
    const bool needGenerator = contains(sets, "gan") || contains(sets, "inversion") || contains(sets, "itgan");
    stage("loading the dataset and models");
    EngineInputRequest request;
    request.dataset = config.at("dataset");
    request.generator = needGenerator ? config.at("generator").get<std::string>() : "";
    request.generatorArch = config.at("generator_arch");
    request.featureNetwork = needInversion ? config.at("feature_network").get<std::string>() : "";
    EngineInputs inputs = loadEngineInputs(request);
    const Dataset &data = inputs.data;
    nlohmann::json stored = inputs.identity;
    stored["compare"] = config;
    dir.writeJson("config.json", stored);

    LatentSet inverted;
    if (needInversion) {
        auto inversionConfig = inversionConfigFromJson(config.at("inversion"));
        inversionConfig.imagesPerClass = k;
        stage("GAN inversion");
        inverted = runInversion(*inputs.generator.generator, *inputs.featureNet, data, inversionConfig,
                                {dir.file("inversion"), resume, inputs.identity}, control, hooks.job)
                       .latents;
    } else if (!inversionLatents.empty()) {
        inverted = loadLatentSet(inversionLatents);
    }

    std::vector<SyntheticSet> built;
    for (const auto &name : sets) {
        control->token().throwIfCancelled();
        stage("building the " + name + " set");
        if (name == "gan") {
            built.push_back(latentSyntheticSet(name, *inputs.generator.generator, inputs.generatorBytes,
                                               randomLatents(inputs.generator.generator->info(), k, seed), data));
        } else if (name == "inversion") {
            built.push_back(latentSyntheticSet(name, *inputs.generator.generator, inputs.generatorBytes, inverted, data));
        } else if (name == "itgan") {
            LatentSet condensed;
            if (!itganLatents.empty()) {
                condensed = loadLatentSet(itganLatents);
            } else {
                condensed = runItgan(*inputs.generator.generator, data, inverted, itganConfigFromJson(config.at("itgan")),
                                     {dir.file("itgan"), resume, inputs.identity}, control, hooks.job);
            }
            built.push_back(latentSyntheticSet(name, *inputs.generator.generator, inputs.generatorBytes, condensed, data));
        } else if (name == "dm") {
            DatasetSplit pixels;
            if (!dmImages.empty()) {
                const auto tensors = loadTensorMap(dmImages);
                pixels = {tensors.at("images"), tensors.at("labels")};
                validateSplit(pixels, data.numClasses(), dmImages);
            } else {
                auto dmConfig = dmConfigFromJson(config.at("dm"));
                if (config.at("dm").at("images_per_class").is_null())
                    dmConfig.imagesPerClass = k;
                pixels = runDm(data, dmConfig, {dir.file("dm"), resume, inputs.identity}, control, hooks.job).pixels;
            }
            built.push_back(pixelSyntheticSet(name, pixels, data.numClasses()));
        } else if (name == "random") {
            built.push_back(randomRealSet(data, k, seed));
        } else {
            built.push_back(wholeRealSet(data));
        }
        writeClassRowsGrid({built.back().pixels.images}, built.back().pixels.labels, data.numClasses(),
                           dir.file("grid_" + name + ".png"));
    }

    const auto &evaluation = config.at("evaluation");
    const TensorDataset test{toClassifierSpace(data.test.images, data.normalisation), data.test.labels};
    const auto architectures = evaluation.at("architectures").get<std::vector<std::string>>();
    if (!built.empty() && !architectures.empty()) {
        std::vector<PlannedEvaluation> plans;
        for (const auto &set : built)
            for (const auto &arch : architectures)
                plans.push_back({trainingConfigFor(evaluation, set.name, arch, data.allowsHorizontalFlip()),
                                 evaluation.at("runs").get<int>(), set.pixels.labels.size(0), test.size()});
        stage("evaluation "
              + describeEvaluationEstimate(plans, built.front().pixels, data.normalisation, test, data.numClasses()));
    }
    std::vector<SetEvaluation> evaluations;
    CompareOutcome outcome;
    for (const auto &set : built) {
        const TensorDataset train{toClassifierSpace(set.pixels.images, data.normalisation), set.pixels.labels};
        for (const auto &arch : architectures) {
            stage("evaluating " + set.name + " on " + arch);
            EvaluationCallbacks callbacks;
            if (hooks.onEvalEpoch)
                callbacks.onEpoch = [&](int run, const EpochRecord &record) { hooks.onEvalEpoch(set.name, arch, run, record); };
            auto result = evaluateSet(set.name, trainingConfigFor(evaluation, set.name, arch, data.allowsHorizontalFlip()),
                                      evaluation.at("runs").get<int>(), train, test, data.numClasses(), &control->token(),
                                      callbacks);
            result.imagesPerClass = set.imagesPerClass;
            result.bytes = set.bytes;
            evaluations.push_back(result);
            writeResults(dir, data.name, config, evaluations, outcome);
            if (hooks.onSetEvaluated)
                hooks.onSetEvaluated(result);
        }
    }
    if (evaluations.empty())
        writeResults(dir, data.name, config, evaluations, outcome);
    return outcome;
}

std::string resultsTable(const nlohmann::json &results)
{
    std::ostringstream out;
    out << std::left << std::setw(11) << "set" << std::right << std::setw(10) << "img/class" << std::setw(14) << "bytes"
        << "  " << std::left << std::setw(12) << "arch" << std::right << std::setw(7) << "epochs" << "  accuracy (%)\n";
    for (const auto &set : results.at("sets")) {
        for (const auto &ev : set.at("evaluations")) {
            const int64_t perClass = set.at("images_per_class").get<int64_t>();
            out << std::left << std::setw(11) << set.at("name").get<std::string>() << std::right << std::setw(10)
                << (perClass > 0 ? std::to_string(perClass) : std::string("all")) << std::setw(14)
                << set.at("bytes").get<int64_t>() << "  " << std::left << std::setw(12) << ev.at("arch").get<std::string>()
                << std::right << std::setw(7) << ev.at("epochs").get<int>() << "  " << std::fixed << std::setprecision(2)
                << ev.at("mean").get<double>() << " ± " << ev.at("std").get<double>() << "\n";
        }
    }
    return out.str();
}

} // namespace itgan
