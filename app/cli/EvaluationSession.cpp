#include "EvaluationSession.h"

#include "ProgressBar.h"

#include "core/DurationText.h"
#include "core/Errors.h"
#include "core/EvaluationEstimate.h"
#include "core/RunDirectory.h"
#include "core/StateDict.h"
#include "core/Threads.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

namespace itgan::cli {

void addEvaluationOptions(CLI::App &cmd, EvaluationOptions &o, int defaultEpochs)
{
    o.training.epochs = defaultEpochs;
    cmd.add_option("--arch", o.archs, "Architecture(s) to train: convnet, resnet18, resnet18bn, vgg11, vgg11bn, convnet:...")
        ->capture_default_str();
    cmd.add_option("--epochs", o.training.epochs, "Training epochs per run")->capture_default_str()->check(CLI::PositiveNumber);
    cmd.add_option("--runs", o.runs, "Classifiers trained from scratch per set and architecture")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    cmd.add_option("--batch", o.training.batchSize, "Batch size")->capture_default_str()->check(CLI::PositiveNumber);
    cmd.add_option("--lr", o.training.learningRate, "Initial SGD learning rate (x0.1 at half the epochs)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    cmd.add_option("--seed", o.training.seed, "Seed of run 0 (run r uses seed + r)")->capture_default_str();
    cmd.add_option("--dsa", o.dsa, "DSA strategy (e.g. color_crop_cutout_flip_scale_rotate), 'none', or 'auto'")
        ->capture_default_str();
    cmd.add_option("--test-every", o.training.testEvery, "Test every N epochs (0 = about 10 times; the last epoch always)")
        ->capture_default_str();
    cmd.add_option("--threads", o.threads, "LibTorch threads (0 = all cores)")->capture_default_str();
    cmd.add_option("--out", o.out, "Run directory for config.json, events.jsonl, results.json, curves.csv");
    cmd.add_flag("--save-models", o.saveModels, "Save each trained classifier as a plain dict of tensors (model_*.pt)");
}

namespace {

std::string modelFileName(const std::string &set, const std::string &arch, int run)
{
    std::string safeArch;
    for (char c : arch)
        safeArch += (std::isalnum(static_cast<unsigned char>(c)) ? c : '-');
    return "model_" + set + "_" + safeArch + "_run" + std::to_string(run) + ".pt";
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
    const int threads = configureTorchThreads(options.threads);
    options.training.dsaStrategy = resolveDsaStrategy(options.dsa, dataset.allowsHorizontalFlip());
    DsaAugment{options.training.dsaStrategy}; // rejects an unknown strategy before any work starts

    nlohmann::json config = extraConfig;
    config["dataset"] = {{"name", dataset.name}, {"source", dataset.source}, {"train_size", dataset.train.size()},
                         {"test_size", dataset.test.size()}};
    config["training"] = trainingConfigJson(options.training);
    config["architectures"] = options.archs;
    config["runs"] = options.runs;
    config["threads"] = threads;

    std::optional<RunDirectory> runDir;
    if (!options.out.empty()) {
        runDir = RunDirectory::open(options.out, false);
        runDir->writeJson("config.json", config);
    }
    std::cerr << "itgan: " << threads << " LibTorch thread(s); test split: " << dataset.test.size() << " images\n";

    const TensorDataset test{toClassifierSpace(dataset.test.images, dataset.normalisation), dataset.test.labels};
    if (!sets.empty() && !options.archs.empty()) {
        std::vector<PlannedEvaluation> plans;
        for (const auto &set : sets)
            for (const auto &arch : options.archs) {
                TrainingConfig planned = options.training;
                planned.arch = arch;
                plans.push_back({planned, options.runs, set.images.labels.size(0), test.size()});
            }
        std::cerr << "itgan: evaluation "
                  << describeEvaluationEstimate(plans, sets.front().images, dataset.normalisation, test,
                                                dataset.numClasses())
                  << "\n";
    }
    std::vector<SetEvaluation> results;
    for (const auto &set : sets) {
        const TensorDataset train{toClassifierSpace(set.images.images, dataset.normalisation), set.images.labels};
        for (const auto &arch : options.archs) {
            TrainingConfig runConfig = options.training;
            runConfig.arch = arch;
            ProgressBar bar(set.name + "/" + arch);
            EvaluationCallbacks callbacks;
            callbacks.onBatch = [&](int run, int epoch, int batch, int perEpoch) {
                const double total = double(options.runs) * runConfig.epochs * perEpoch;
                const double done = (double(run) * runConfig.epochs + (epoch - 1)) * perEpoch + batch;
                char status[96];
                std::snprintf(status, sizeof status, "run %d/%d epoch %d/%d", run + 1, options.runs, epoch, runConfig.epochs);
                bar.update(done, total, status);
            };
            callbacks.onEpoch = [&](int run, const EpochRecord &e) {
                if (!runDir)
                    return;
                nlohmann::json event = {{"set", set.name}, {"arch", arch},           {"run", run},
                                        {"epoch", e.epoch}, {"lr", e.learningRate},  {"train_loss", e.trainLoss},
                                        {"train_acc", e.trainAccuracy}, {"seconds", e.seconds}};
                event["test_acc"] = std::isnan(e.testAccuracy) ? nlohmann::json(nullptr) : nlohmann::json(e.testAccuracy);
                runDir->appendEvent(event);
            };
            callbacks.onRunFinished = [&](int run, ClassifierNet &model, const TrainingResult &r) {
                char status[96];
                std::snprintf(status, sizeof status, "run %d: test accuracy %.2f%%", run + 1, r.finalTestAccuracy);
                std::fprintf(stderr, "\n%s/%s %s (%s)\n", set.name.c_str(), arch.c_str(), status,
                             formatDuration(r.seconds).c_str());
                if (runDir && options.saveModels)
                    saveTensorMap(stateDictOf(model), runDir->file(modelFileName(set.name, arch, run)));
            };
            SetEvaluation ev = evaluateSet(set.name, runConfig, options.runs, train, test, dataset.numClasses(), &cancel,
                                           callbacks);
            ev.imagesPerClass = set.imagesPerClass;
            bar.finish(std::to_string(options.runs) + " run(s)");
            results.push_back(ev);
            if (runDir) {
                runDir->writeJson("results.json", resultsJson(dataset.name, config, results));
                runDir->writeText("curves.csv", curvesCsv(results));
            }
        }
    }
    printTable(results);
    if (runDir)
        std::cout << "results written to " << runDir->path() << "\n";
    return results;
}

} // namespace itgan::cli
