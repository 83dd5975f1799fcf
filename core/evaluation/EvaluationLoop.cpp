#include "core/evaluation/EvaluationLoop.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/evaluation/EvaluationEstimate.h"
#include "core/distributed/WorkShare.h"

#include <cctype>
#include <chrono>
#include <filesystem>

namespace itgan {

namespace {

// "<set>_<arch>_run<r>" with every character a file name may not hold safely (the ':', '='
// and ',' of "convnet:width=64,depth=4") written as '-'.
std::string runStem(const std::string &set, const std::string &arch, int run)
{
    std::string name = set + "_" + arch;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-')
            c = '-';
    return name + "_run" + std::to_string(run);
}

} // namespace

std::string evaluationRunFile(const std::string &set, const std::string &arch, int run)
{
    return "evaluations/" + runStem(set, arch, run) + ".json";
}

std::string evaluationModelFile(const std::string &set, const std::string &arch, int run)
{
    return "model_" + runStem(set, arch, run) + ".pt";
}

std::vector<SetEvaluation> evaluateTrainingSets(const EvaluationLoop &loop, const std::vector<TrainingSet> &sets,
                                                const EvaluationLoopHooks &hooks)
{
    if (!loop.data || !loop.trainingFor)
        throw Error("evaluateTrainingSets needs a dataset and a training configuration");
    const Dataset &data = *loop.data;
    const auto stage = [&](const std::string &text) {
        if (hooks.onStage)
            hooks.onStage(text);
    };
    const TensorDataset test{toClassifierSpace(data.test.images, data.normalisation), data.test.labels};
    if (!sets.empty() && !loop.architectures.empty()) {
        std::vector<PlannedEvaluation> plans;
        for (const auto &set : sets)
            for (const auto &arch : loop.architectures)
                plans.push_back({loop.trainingFor(set.name, arch), loop.runs, set.pixels.labels.size(0), test.size()});
        stage("evaluation " + describeEvaluationEstimate(plans, sets.front().pixels, data.normalisation, test,
                                                         data.numClasses()));
    }
    std::vector<SetEvaluation> evaluations;
    const auto writeResults = [&] {
        if (!loop.directory)
            return;
        loop.directory->writeJson("results.json", resultsJson(data.name, loop.resultsConfig, evaluations));
        loop.directory->writeText("curves.csv", curvesCsv(evaluations));
    };
    // The (set, architecture) pairs in results order; distributed, each run of a pair is a
    // unit of work, costed images × epochs.
    std::vector<std::pair<size_t, std::string>> pairs;
    std::vector<int64_t> unitCosts;
    for (size_t s = 0; s < sets.size(); ++s)
        for (const auto &arch : loop.architectures) {
            pairs.emplace_back(s, arch);
            for (int r = 0; r < loop.runs; ++r)
                unitCosts.push_back(sets[s].pixels.labels.size(0) * loop.trainingFor(sets[s].name, arch).epochs);
        }
    const bool ranksShared = loop.group && loop.group->isDistributed();
    const bool dataParallel = ranksShared && unitCosts.size() < static_cast<size_t>(loop.group->worldSize());
    const bool distributed = ranksShared && !dataParallel;
    if (dataParallel)
        stage("evaluation data-parallel: fewer classifiers to train than ranks, so all "
              + std::to_string(loop.group->worldSize()) + " ranks train each one together");
    const size_t runs = static_cast<size_t>(loop.runs);

    // What a kept run must have been trained with to be reused: the same protocol and set size.
    const auto trainedWith = [&](size_t p) {
        const TrainingSet &set = sets[pairs[p].first];
        return nlohmann::json{{"training", trainingConfigJson(loop.trainingFor(set.name, pairs[p].second))},
                              {"train_images", set.pixels.labels.size(0)}};
    };
    const auto keptFile = [&](size_t p, size_t r) {
        return evaluationRunFile(sets[pairs[p].first].name, pairs[p].second, static_cast<int>(r));
    };
    // Resume: the runs kept in the folder, as evaluation JSON ("" = to train). The folder is
    // rank 0's; with several ranks every rank learns which runs are kept, so nobody trains
    // them again (and data-parallel ranks skip the same runs together).
    std::vector<std::string> kept(unitCosts.size());
    if (loop.resume && loop.directory)
        for (size_t p = 0; p < pairs.size(); ++p)
            for (size_t r = 0; r < runs; ++r) {
                const std::string file = loop.directory->file(keptFile(p, r));
                if (!std::filesystem::exists(file))
                    continue;
                const nlohmann::json saved = readJsonFile(file);
                if (saved.value("trained_with", nlohmann::json()) == trainedWith(p))
                    kept[p * runs + r] = saved.at("evaluation").dump();
            }
    if (ranksShared && loop.resume)
        kept = nlohmann::json::parse(loop.group->broadcastBytes(nlohmann::json(kept).dump())).get<std::vector<std::string>>();
    const auto keep = [&](size_t p, size_t r, const SetEvaluation &evaluation) {
        if (!loop.directory)
            return;
        std::filesystem::create_directories(std::filesystem::path(loop.directory->file(keptFile(p, r))).parent_path());
        loop.directory->writeJson(keptFile(p, r), {{"trained_with", trainedWith(p)}, {"evaluation", setEvaluationToJson(evaluation)}});
    };
    for (size_t u = 0; u < unitCosts.size(); ++u)
        if (!kept[u].empty())
            unitCosts[u] = 0; // nothing to train: the other units are balanced among the ranks
    const std::vector<int> owners =
        distributed ? assignUnitsToRanks(unitCosts, loop.group->worldSize()) : std::vector<int>(unitCosts.size(), 0);
    const int rank = distributed ? loop.group->rank() : 0;
    // Distributed: every rank posts each run it trains the moment it ends, and rank 0 keeps
    // them in the folder as they arrive — its own at once, the others' when it looks between
    // its epochs (at most once a second) — so a run killed mid-way loses only the runs in
    // progress. `stored[u]`: unit u is in the folder.
    std::optional<DistributedGroup::UnitResults> exchange;
    if (distributed)
        exchange.emplace(loop.group->unitResults(owners));
    std::vector<bool> stored(unitCosts.size());
    for (size_t u = 0; u < unitCosts.size(); ++u)
        stored[u] = !kept[u].empty();
    const bool storesArrivals = distributed && loop.group->writesOutputs() && loop.directory;
    auto lastLook = std::chrono::steady_clock::now();
    const auto keepArrived = [&] {
        if (!storesArrivals)
            return;
        lastLook = std::chrono::steady_clock::now();
        for (size_t u = 0; u < unitCosts.size(); ++u)
            if (!stored[u])
                if (const auto result = exchange->arrived(u)) {
                    keep(u / runs, u % runs, setEvaluationFromJson(nlohmann::json::parse(*result)));
                    stored[u] = true;
                }
    };
    for (size_t p = 0; p < pairs.size(); ++p) {
        std::vector<int> myRuns;
        for (size_t r = 0; r < runs; ++r)
            if (owners[p * runs + r] == rank)
                myRuns.push_back(static_cast<int>(r));
        if (myRuns.empty())
            continue;
        const TrainingSet &set = sets[pairs[p].first];
        const std::string &arch = pairs[p].second;
        const TensorDataset train{toClassifierSpace(set.pixels.images, data.normalisation), set.pixels.labels};
        stage("evaluating " + set.name + " on " + arch);
        if (hooks.onPairStarted)
            hooks.onPairStarted(set.name, arch);
        EvaluationCallbacks callbacks;
        if (hooks.onBatch)
            callbacks.onBatch = [&](int run, int epoch, int batch, int perEpoch) {
                hooks.onBatch(set.name, arch, run, epoch, batch, perEpoch);
            };
        callbacks.onEpoch = [&](int run, const EpochRecord &record) {
            if (hooks.onEpoch)
                hooks.onEpoch(set.name, arch, run, record);
            if (std::chrono::steady_clock::now() - lastLook > std::chrono::seconds(1))
                keepArrived();
        };
        if (hooks.onRunFinished)
            callbacks.onRunFinished = [&](int run, ClassifierNet &model, const TrainingResult &result) {
                hooks.onRunFinished(set.name, arch, run, model, result);
            };
        const auto evaluate = [&](const std::vector<int> &which) {
            SetEvaluation result = evaluateRuns(set.name, loop.trainingFor(set.name, arch), which, train, test,
                                                data.numClasses(), loop.cancel, callbacks,
                                                dataParallel ? loop.group : nullptr);
            result.imagesPerClass = set.imagesPerClass;
            if (set.bytes > 0) // else the pixels' bytes evaluateRuns counted
                result.bytes = set.bytes;
            return result;
        };
        if (distributed) {
            for (const int r : myRuns) {
                const size_t unit = p * runs + static_cast<size_t>(r);
                exchange->post(unit, kept[unit].empty() ? setEvaluationToJson(evaluate({r})).dump() : kept[unit]);
                keepArrived();
            }
            continue;
        }
        // Run by run, each kept in the folder as it finishes; joined they are the numbers of
        // one call.
        std::vector<SetEvaluation> parts;
        for (const int r : myRuns) {
            const std::string &saved = kept[p * runs + static_cast<size_t>(r)];
            if (!saved.empty()) {
                parts.push_back(setEvaluationFromJson(nlohmann::json::parse(saved)));
                continue;
            }
            parts.push_back(evaluate({r}));
            keep(p, static_cast<size_t>(r), parts.back());
        }
        evaluations.push_back(joinRuns(parts));
        writeResults();
        if (hooks.onPairEvaluated)
            hooks.onPairEvaluated(evaluations.back());
    }
    if (distributed) {
        // Every run's evaluation on every rank, joined per pair in run order: the numbers of
        // one process evaluating them all.
        const auto gathered = exchange->gatherAll();
        for (size_t p = 0; p < pairs.size(); ++p) {
            std::vector<SetEvaluation> parts;
            for (size_t r = 0; r < runs; ++r) {
                parts.push_back(setEvaluationFromJson(nlohmann::json::parse(gathered[p * runs + r])));
                if (storesArrivals && !stored[p * runs + r])
                    keep(p, r, parts.back()); // arrived after rank 0's last look
            }
            evaluations.push_back(joinRuns(parts));
            if (hooks.onPairEvaluated)
                hooks.onPairEvaluated(evaluations.back());
        }
        writeResults();
    }
    if (evaluations.empty())
        writeResults();
    return evaluations;
}

} // namespace itgan
