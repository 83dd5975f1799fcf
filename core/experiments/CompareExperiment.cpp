#include "core/experiments/CompareExperiment.h"

#include "core/runs/EngineInputs.h"
#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"
#include "core/evaluation/EvaluationLoop.h"
#include "core/evaluation/EvaluationSettings.h"
#include "core/condensation/GanInversion.h"
#include "core/io/ImageGrid.h"
#include "core/base/JsonConfig.h"
#include "core/condensation/LatentCondenser.h"
#include "core/condensation/PixelCondenser.h"
#include "core/io/RunDirectory.h"
#include "core/latents/SyntheticSets.h"
#include "core/base/Threads.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace fs = std::filesystem;

namespace itgan {
namespace {

bool contains(const std::vector<CompareSet> &sets, CompareSet set)
{
    return std::find(sets.begin(), sets.end(), set) != sets.end();
}

} // namespace

template <>
const std::vector<EnumName<CompareSet>> &enumNames<CompareSet>()
{
    static const std::vector<EnumName<CompareSet>> names{{CompareSet::Gan, "gan"},       {CompareSet::Inversion, "inversion"},
                                                          {CompareSet::Itgan, "itgan"},   {CompareSet::Dm, "dm"},
                                                          {CompareSet::Random, "random"}, {CompareSet::Real, "real"}};
    return names;
}

const ConfigSchema<CompareSettings> &compareSchema()
{
    using C = CompareSettings;
    static const ConfigSchema<C> schema(
        "compare",
        {textField("dataset", &C::dataset, "fashion-mnist, or a dataset folder (IDX, CIFAR binary, image folders)"),
         textField("generator", &C::generator, "The frozen generator: bundled, or a generator file"),
         textField("generator_arch", &C::generatorArch, "Architecture of a plain weights file (e.g. biggan32:ch=16)"),
         textField("feature_network", &C::featureNetwork, "The pre-trained ConvNet ψ of inversion: bundled, or a file",
                   "Eq. 1"),
         numberField("images_per_class", &C::imagesPerClass, 1, 1e9, "Images (latents) per class of every set"),
         numberField("training_subset_per_class", &C::trainingSubsetPerClass, 0, 1e9,
                     "Restrict the training split to a seeded subset of N images per class (0 = all); with "
                     "images_per_class = N every image of the subset gets one latent (whole-set learning)",
                     "Tab. 1, Fig. 3"),
         numberField("storage_budget_bytes", &C::storageBudgetBytes, -1, 1e15,
                     "Bytes of the pixel sets (random, dm): 0 = images_per_class images; -1 = the latent sets' bytes "
                     "(generator file + latents + labels)",
                     "Tab. 2"),
         textListField("sets", &C::sets, "The sets to build and evaluate", enumChoices<CompareSet>(), "Tab. 1", 1),
         choiceField("latent_precision", &C::latentPrecision,
                     "How the latent sets store latents: float32, or float16 (half the bytes, rounded)", "Tab. 2"),
         numberField("seed", &C::seed, 0, kAnyCount, "Seed of the GAN latents and the random real subset"),
         numberField("threads", &C::threads, 0, 4096, "LibTorch threads (0 = all cores)"),
         textField("device", &C::device, "Where to compute: cpu, cuda or cuda:N").checkedBy(checkComputeDevice),
         textField("inversion_latents", &C::inversionLatents, "Latents to use instead of inverting (a latents .pt)"),
         textField("itgan_latents", &C::itganLatents, "Latents to use instead of running IT-GAN (a latents .pt)"),
         textField("dm_images", &C::dmImages, "Images to use instead of running DM ({images, labels} .pt)")});
    return schema;
}

const std::vector<std::string> &compareSections()
{
    static const std::vector<std::string> sections{"inversion", "itgan", "dm", "evaluation"};
    return sections;
}

namespace {

// The top-level keys of a complete configuration, without the sections.
nlohmann::json topLevelOf(nlohmann::json config)
{
    for (const auto &section : compareSections())
        config.erase(section);
    return config;
}

} // namespace

nlohmann::json defaultCompareConfig()
{
    auto inversion = toJson(InversionConfig{});
    inversion.erase("images_per_class"); // the top-level images_per_class
    auto dm = toJson(DmConfig{});
    dm["images_per_class"] = nullptr; // null = the pixel sets' size (images_per_class, or storage_budget_bytes)
    nlohmann::json config = compareSchema().toJson(CompareSettings{});
    config["inversion"] = inversion;
    config["itgan"] = toJson(ItganConfig{});
    config["dm"] = dm;
    config["evaluation"] = evaluationSchema().toJson(EvaluationSettings{});
    return config;
}

nlohmann::json completeCompareConfig(const nlohmann::json &config)
{
    nlohmann::json merged = defaultCompareConfig();
    if (!config.is_object())
        throw ConfigError("a compare configuration must be a JSON object, got " + config.dump());
    for (const auto &item : config.items()) {
        if (!merged.contains(item.key())) {
            std::string known;
            for (const auto &key : merged.items())
                known += (known.empty() ? "" : ", ") + key.key();
            throw ConfigError("compare configuration: unknown key \"" + item.key() + "\" (known keys: " + known + ")");
        }
        auto &slot = merged[item.key()];
        if (slot.is_object() && item.value().is_object()) {
            for (const auto &inner : item.value().items())
                slot[inner.key()] = inner.value();
        } else {
            slot = item.value();
        }
    }
    // Read and check every table once, so a typo or a bad value fails before any work starts.
    const CompareSettings settings = compareSchema().fromJson(topLevelOf(merged));
    compareSchema().validate(settings);
    if (settings.trainingSubsetPerClass > 0 && settings.imagesPerClass > settings.trainingSubsetPerClass)
        throw ConfigError("compare.images_per_class " + std::to_string(settings.imagesPerClass)
                          + " is larger than compare.training_subset_per_class "
                          + std::to_string(settings.trainingSubsetPerClass) + ": every set is drawn from the subset");
    inversionSchema().validate(inversionConfigFromJson(merged.at("inversion")));
    validateItganConfig(itganConfigFromJson(merged.at("itgan")));
    dmSchema().validate(dmConfigFromJson(merged.at("dm")));
    evaluationSchema().validate(evaluationSchema().fromJson(merged.at("evaluation")));
    return merged;
}

namespace {

// Images per class of the pixel sets (random, dm): images_per_class, or what
// storage_budget_bytes holds as pixels. Checked before the folder is written.
int64_t pixelSetImagesPerClass(const CompareSettings &settings, const EngineInputs &inputs)
{
    if (settings.storageBudgetBytes == 0)
        return settings.imagesPerClass;
    const Dataset &data = inputs.data;
    int64_t budget = settings.storageBudgetBytes;
    if (budget < 0) {
        if (!inputs.generator.generator)
            throw ConfigError("compare.storage_budget_bytes -1 means the latent sets' bytes, but this compare builds "
                              "none: add gan, inversion or itgan to compare.sets, or give the budget in bytes");
        budget = latentStorageBytes(inputs.generatorBytes, settings.imagesPerClass * data.numClasses(),
                                    inputs.generator.generator->info().latentSize, settings.latentPrecision);
    }
    const int64_t perClass = pixelImagesPerClassWithin(budget, data);
    if (perClass < 1)
        throw ConfigError("compare.storage_budget_bytes: " + std::to_string(budget) + " bytes hold less than one "
                          + data.name + " image per class; one per class needs "
                          + std::to_string(pixelStorageBytes(data.numClasses(), data)));
    return perClass;
}

// Every set draws `perClass` images of each class from the training split; checked before
// the folder is written, not when the set is built.
void requireImagesPerClass(const Dataset &data, int64_t perClass, int64_t trainingSubsetPerClass)
{
    const auto perClassIndices = indicesPerClass(data.train.labels, data.numClasses());
    for (size_t c = 0; c < perClassIndices.size(); ++c) {
        const auto available = static_cast<int64_t>(perClassIndices[c].size());
        if (available < perClass)
            throw ConfigError("compare: the sets need " + std::to_string(perClass) + " images per class, but class "
                              + std::to_string(c) + " of " + data.name
                              + (trainingSubsetPerClass > 0 ? "'s training subset" : "'s training split") + " has "
                              + std::to_string(available));
    }
}

// The experiment's folder, refusing a resume whose settings differ in what builds a set.
RunDirectory openCompareFolder(const std::string &outDir, bool resume, const nlohmann::json &config)
{
    RunDirectory dir = RunDirectory::open(outDir, resume);
    if (resume && fs::exists(dir.file("config.json"))) {
        std::ifstream in(dir.file("config.json"));
        // The sets and evaluation may change between calls (build the sets first, evaluate
        // later, add an architecture); whatever builds a set must not.
        auto withoutEvaluation = [](nlohmann::json c) {
            for (const char *key : {"evaluation", "sets", "threads", "device"})
                c.erase(key);
            return c;
        };
        const nlohmann::json stored = withDefaultsForMissingKeys(
            nlohmann::json::parse(in).value("compare", nlohmann::json::object()), defaultCompareConfig());
        const std::string diff = firstJsonDifference(withoutEvaluation(stored), withoutEvaluation(config));
        if (!diff.empty())
            throw ConfigError(dir.file("config.json") + ": this experiment was started with a different configuration (\""
                              + diff + "\" differs)");
    }
    return dir;
}

} // namespace

CompareOutcome runCompare(const nlohmann::json &userConfig, const std::string &outDir, bool resume, RunControl *control,
                          const CompareHooks &hooks, std::shared_ptr<DistributedGroup> group)
{
    if (!group)
        group = DistributedGroup::single();
    const bool writes = group->writesOutputs();
    const nlohmann::json config = completeCompareConfig(userConfig);
    RunControl localControl;
    if (!control)
        control = &localControl;
    auto stage = [&](const std::string &text) {
        if (hooks.onStage)
            hooks.onStage(text);
    };
    const CompareSettings settings = compareSchema().fromJson(topLevelOf(config));
    configureTorchThreads(settings.threads);
    setComputeDevice(parseComputeDevice(settings.device, "compare.device"));
    std::vector<CompareSet> sets;
    for (const auto &name : settings.sets)
        sets.push_back(enumFromString<CompareSet>(name, "compare.sets"));
    const int64_t k = settings.imagesPerClass;
    const uint64_t seed = settings.seed;
    const std::string &inversionLatents = settings.inversionLatents, &itganLatents = settings.itganLatents,
                      &dmImages = settings.dmImages;

    RunDirectory dir = RunDirectory::unopened(outDir);
    group->onRankZero([&] { dir = openCompareFolder(outDir, resume, config); });

    const bool wantsInversion = contains(sets, CompareSet::Inversion), wantsItgan = contains(sets, CompareSet::Itgan);
    const bool needInversion = (wantsInversion || wantsItgan) && inversionLatents.empty()
                               && !(wantsItgan && !wantsInversion && !itganLatents.empty());
    const bool needGenerator = contains(sets, CompareSet::Gan) || wantsInversion || wantsItgan;
    stage("loading the dataset and models");
    EngineInputRequest request;
    request.dataset = settings.dataset;
    request.generator = needGenerator ? settings.generator : "";
    request.generatorArch = settings.generatorArch;
    request.featureNetwork = needInversion ? settings.featureNetwork : "";
    request.trainingSubsetPerClass = settings.trainingSubsetPerClass;
    request.trainingSubsetSeed = seed;
    EngineInputs inputs = loadEngineInputs(request);
    const Dataset &data = inputs.data;
    const int64_t pixelK = pixelSetImagesPerClass(settings, inputs);
    requireImagesPerClass(data, std::max(k, pixelK), settings.trainingSubsetPerClass);
    if (pixelK != k)
        stage("pixel sets (random, dm) sized to the storage budget: " + std::to_string(pixelK) + " images per class");
    nlohmann::json stored = inputs.identity;
    stored["compare"] = config;
    if (writes)
        dir.writeJson("config.json", stored);

    LatentSet inverted;
    if (needInversion) {
        auto inversionConfig = inversionConfigFromJson(config.at("inversion"));
        inversionConfig.imagesPerClass = k;
        stage("GAN inversion");
        inverted = runInversion(*inputs.generator.generator, *inputs.featureNet, data, inversionConfig,
                                {dir.file("inversion"), resume, inputs.identity, group}, control, hooks.job)
                       .latents;
    } else if (!inversionLatents.empty()) {
        inverted = loadLatentSet(inversionLatents);
    }

    std::vector<SyntheticSet> built;
    for (const CompareSet set : sets) {
        const std::string name = enumName(set);
        control->token().throwIfCancelled();
        stage("building the " + name + " set");
        if (set == CompareSet::Gan) {
            built.push_back(latentSyntheticSet(name, *inputs.generator.generator, inputs.generatorBytes,
                                               randomLatents(inputs.generator.generator->info(), k, seed), data,
                                               settings.latentPrecision));
        } else if (set == CompareSet::Inversion) {
            built.push_back(latentSyntheticSet(name, *inputs.generator.generator, inputs.generatorBytes, inverted, data,
                                               settings.latentPrecision));
        } else if (set == CompareSet::Itgan) {
            LatentSet condensed;
            if (!itganLatents.empty()) {
                condensed = loadLatentSet(itganLatents);
            } else {
                condensed = runItgan(*inputs.generator.generator, data, inverted, itganConfigFromJson(config.at("itgan")),
                                     {dir.file("itgan"), resume, inputs.identity, group}, control, hooks.job);
            }
            built.push_back(latentSyntheticSet(name, *inputs.generator.generator, inputs.generatorBytes, condensed, data,
                                               settings.latentPrecision));
        } else if (set == CompareSet::Dm) {
            DatasetSplit pixels;
            if (!dmImages.empty()) {
                const auto tensors = loadTensorMap(dmImages);
                pixels = {tensors.at("images"), tensors.at("labels")};
                validateSplit(pixels, data.numClasses(), dmImages);
            } else {
                auto dmConfig = dmConfigFromJson(config.at("dm"));
                if (config.at("dm").at("images_per_class").is_null())
                    dmConfig.imagesPerClass = pixelK;
                pixels = runDm(data, dmConfig, {dir.file("dm"), resume, inputs.identity, group}, control, hooks.job).pixels;
            }
            built.push_back(pixelSyntheticSet(name, pixels, data.numClasses()));
        } else if (set == CompareSet::Random) {
            built.push_back(randomRealSet(data, pixelK, seed));
        } else {
            built.push_back(wholeRealSet(data));
        }
        if (writes)
            writeClassRowsGrid({built.back().pixels.images}, built.back().pixels.labels, data.numClasses(),
                               dir.file("grid_" + name + ".png"));
    }

    const EvaluationSettings evaluation = evaluationSchema().fromJson(config.at("evaluation"));
    EvaluationLoop loop;
    loop.data = &data;
    loop.architectures = evaluation.architectures;
    loop.runs = evaluation.runs;
    loop.trainingFor = [&](const std::string &set, const std::string &arch) {
        return trainingConfigFor(evaluation, set, arch, data.allowsHorizontalFlip());
    };
    loop.resultsConfig = config;
    loop.directory = writes ? &dir : nullptr;
    loop.resume = resume;
    loop.group = group.get();
    loop.cancel = &control->token();
    EvaluationLoopHooks loopHooks;
    loopHooks.onStage = stage;
    loopHooks.onEpoch = hooks.onEvalEpoch;
    loopHooks.onPairEvaluated = hooks.onSetEvaluated;
    CompareOutcome outcome;
    outcome.evaluations = evaluateTrainingSets(loop, built, loopHooks);
    outcome.results = resultsJson(data.name, config, outcome.evaluations);
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
