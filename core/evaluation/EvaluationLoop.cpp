#include "core/evaluation/EvaluationLoop.h"

#include "core/base/Errors.h"
#include "core/evaluation/EvaluationEstimate.h"

namespace itgan {

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
    for (const auto &set : sets) {
        const TensorDataset train{toClassifierSpace(set.pixels.images, data.normalisation), set.pixels.labels};
        for (const auto &arch : loop.architectures) {
            stage("evaluating " + set.name + " on " + arch);
            if (hooks.onPairStarted)
                hooks.onPairStarted(set.name, arch);
            EvaluationCallbacks callbacks;
            if (hooks.onBatch)
                callbacks.onBatch = [&](int run, int epoch, int batch, int perEpoch) {
                    hooks.onBatch(set.name, arch, run, epoch, batch, perEpoch);
                };
            if (hooks.onEpoch)
                callbacks.onEpoch = [&](int run, const EpochRecord &record) { hooks.onEpoch(set.name, arch, run, record); };
            if (hooks.onRunFinished)
                callbacks.onRunFinished = [&](int run, ClassifierNet &model, const TrainingResult &result) {
                    hooks.onRunFinished(set.name, arch, run, model, result);
                };
            SetEvaluation result = evaluateSet(set.name, loop.trainingFor(set.name, arch), loop.runs, train, test,
                                               data.numClasses(), loop.cancel, callbacks);
            result.imagesPerClass = set.imagesPerClass;
            if (set.bytes > 0) // else the pixels' bytes evaluateSet counted
                result.bytes = set.bytes;
            evaluations.push_back(result);
            writeResults();
            if (hooks.onPairEvaluated)
                hooks.onPairEvaluated(result);
        }
    }
    if (evaluations.empty())
        writeResults();
    return evaluations;
}

} // namespace itgan
