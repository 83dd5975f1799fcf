#include "EvaluationSession.h"

#include "Commands.h"
#include "JobSession.h"
#include "ProgressBar.h"
#include "SchemaOptions.h"

#include "core/base/DurationText.h"
#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/evaluation/EvaluationLoop.h"
#include "core/io/RunDirectory.h"
#include "core/io/StateDict.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

namespace itgan::cli {

void addEvaluationOptions(CLI::App &cmd, EvaluationOptions &o, int defaultEpochs)
{
    // This command's defaults, shown in --help: one run, its own epochs.
    o.settings.runs = 1;
    o.settings.epochs = defaultEpochs;
    o.settings.epochsPerSet.clear();
    addSchemaOptions(cmd, evaluationSchema(), o.settings, {"epochs_per_set"});
    addComputeOptions(cmd, o.compute);
    cmd.add_option("--out", o.out, "Run directory for config.json, events.jsonl, results.json, curves.csv");
    cmd.add_flag("--save-models", o.saveModels, "Save each trained classifier as a plain dict of tensors (model_*.pt)");
    cmd.add_flag("--resume", o.resume, "Continue the evaluation in --out: runs that finished are kept, the others trained");
}

namespace {

void removeEventsOfUnfinishedRuns(const RunDirectory &dir)
{
    std::ifstream in(dir.file("events.jsonl"));
    std::string kept;
    for (std::string line; std::getline(in, line);) {
        const auto event = nlohmann::json::parse(line, nullptr, false);
        if (event.is_object() && event.contains("set") && event.contains("arch") && event.contains("run")
            && std::filesystem::exists(dir.file(evaluationRunFile(event["set"].get<std::string>(),
                                                                  event["arch"].get<std::string>(),
                                                                  event["run"].get<int>()))))
            kept += line + "\n";
    }
    dir.writeText("events.jsonl", kept);
}

void printTable(const std::vector<SetEvaluation> &results)
{
    std::printf("\n%-12s %-28s %7s %5s %8s  %s\n", "set", "arch", "img/cls", "runs", "bytes", "test accuracy (%)");
    for (const auto &r : results)
        std::printf("%-12s %-28s %7lld %5zu %8lld  %.2f ± %.2f\n", r.setName.c_str(), r.arch.c_str(),
                    static_cast<long long>(r.imagesPerClass), r.accuracies.size(), static_cast<long long>(r.bytes), r.mean,
                    r.std);
    std::fflush(stdout);
}

} // namespace

std::vector<SetEvaluation> runEvaluations(const Dataset &dataset, const std::vector<TrainingSet> &sets,
                                          EvaluationOptions options, const nlohmann::json &extraConfig,
                                          CancellationToken &cancel)
{
    evaluationSchema().validate(options.settings); // names, strategy, ranges: before any work or folder
    const int threads = torch::get_num_threads(); // applyComputeOptions ran first
    const EvaluationSettings &settings = options.settings;

    nlohmann::json config = extraConfig;
    config["dataset"] = {{"name", dataset.name}, {"source", dataset.source}, {"train_size", dataset.train.size()},
                         {"test_size", dataset.test.size()}};
    config["training"] = trainingConfigJson(trainingConfigFor(
        settings, "", settings.architectures.empty() ? "" : settings.architectures.front(), dataset.allowsHorizontalFlip()));
    config["architectures"] = settings.architectures;
    config["runs"] = settings.runs;
    config["threads"] = threads;

    // Several ranks (itgan launch): rank 0 writes the folder; the ranks share the pairs, or
    // train one classifier data-parallel (core/evaluation/EvaluationLoop.h).
    const auto group = rankGroup();
    std::optional<RunDirectory> runDir;
    group->onRankZero([&] {
        if (options.out.empty())
            return;
        runDir = RunDirectory::open(options.out, options.resume);
        const std::string stored = runDir->file("config.json");
        if (!options.resume || !std::filesystem::exists(stored)) {
            runDir->writeJson("config.json", config);
            runDir->writeText("events.jsonl", "");
            return;
        }
        // Training settings added since the folder was written count as their defaults.
        const nlohmann::json then =
            withDefaultsForMissingKeys(readJsonFile(stored), {{"training", trainingConfigJson(TrainingConfig{})}});
        const std::string key = firstJsonDifference(then, config);
        if (!key.empty())
            throw ConfigError(stored + ": the evaluation was started with other settings (\"" + key + "\" is "
                              + jsonValueAt(then, key) + " there, " + jsonValueAt(config, key)
                              + " now); resume with the same options, or choose a new --out");
        // The epochs of runs that did not finish are logged again when they are trained again.
        removeEventsOfUnfinishedRuns(*runDir);
    });
    std::cerr << "itgan: " << threads << " LibTorch thread(s); test split: " << dataset.test.size() << " images\n";

    EvaluationLoop loop;
    loop.data = &dataset;
    loop.architectures = settings.architectures;
    loop.runs = settings.runs;
    loop.trainingFor = [&](const std::string &set, const std::string &arch) {
        return trainingConfigFor(settings, set, arch, dataset.allowsHorizontalFlip());
    };
    loop.resultsConfig = config;
    loop.directory = runDir ? &*runDir : nullptr;
    loop.resume = options.resume;
    loop.cancel = &cancel;
    loop.group = group.get();
    std::optional<ProgressBar> bar;
    EvaluationLoopHooks hooks;
    hooks.onStage = [](const std::string &text) {
        if (text.rfind("evaluation ", 0) == 0) // the estimate; the bar names each pair
            std::cerr << "itgan: " << text << "\n";
    };
    hooks.onPairStarted = [&](const std::string &set, const std::string &arch) { bar.emplace(set + "/" + arch); };
    hooks.onBatch = [&](const std::string &, const std::string &, int run, int epoch, int batch, int perEpoch) {
        const int epochs = settings.epochs;
        const double total = double(settings.runs) * epochs * perEpoch;
        const double done = (double(run) * epochs + (epoch - 1)) * perEpoch + batch;
        char status[96];
        std::snprintf(status, sizeof status, "run %d/%d epoch %d/%d", run + 1, settings.runs, epoch, epochs);
        bar->update(done, total, status);
    };
    hooks.onEpoch = [&](const std::string &set, const std::string &arch, int run, const EpochRecord &e) {
        if (!runDir)
            return;
        nlohmann::json event = {{"set", set},           {"arch", arch},          {"run", run},
                                {"epoch", e.epoch},     {"lr", e.learningRate},  {"train_loss", e.trainLoss},
                                {"train_acc", e.trainAccuracy}, {"seconds", e.seconds}};
        event["test_acc"] = std::isnan(e.testAccuracy) ? nlohmann::json(nullptr) : nlohmann::json(e.testAccuracy);
        runDir->appendEvent(event);
    };
    hooks.onRunFinished = [&](const std::string &set, const std::string &arch, int run, ClassifierNet &model,
                              const TrainingResult &r) {
        std::fprintf(stderr, "\n%s/%s run %d: test accuracy %.2f%% (%s)\n", set.c_str(), arch.c_str(), run + 1,
                     r.finalTestAccuracy, formatDuration(r.seconds).c_str());
        if (runDir && options.saveModels)
            saveTensorMap(stateDictOf(model), runDir->file(evaluationModelFile(set, arch, run)));
    };
    hooks.onPairEvaluated = [&](const SetEvaluation &) {
        if (bar) // distributed: pairs trained elsewhere arrive at the end, without a bar here
            bar->finish(std::to_string(settings.runs) + " run(s)");
        bar.reset();
    };
    const std::vector<SetEvaluation> results = evaluateTrainingSets(loop, sets, hooks);
    if (!group->writesOutputs())
        return results;
    printTable(results);
    if (runDir)
        std::cout << "results written to " << runDir->path() << "\n";
    return results;
}

} // namespace itgan::cli
