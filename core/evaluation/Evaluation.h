#pragma once
// Repeated evaluation of one training set (core/README.md: Evaluation protocol): R classifiers trained from
// scratch with seeds seed, seed+1, ..., their final test accuracies, mean and std, and
// the per-epoch curves; plus the results.json / curves.csv forms of a run directory.
#include "core/evaluation/ClassifierTrainer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace itgan {

struct SetEvaluation {
    std::string setName;            // "real", "random", "gan", "inversion", "itgan", "dm", ...
    int64_t imagesPerClass = 0;     // 0 when the set is not balanced (e.g. the whole real set)
    int64_t bytes = 0;              // storage needed to rebuild the set
    std::string arch;
    int epochs = 0;
    std::vector<double> accuracies; // final test accuracy of each run, percent
    std::vector<std::vector<EpochRecord>> curves; // per run
    double mean = 0;
    double std = 0;                 // population std over runs (as numpy.std in the reference)
};

struct EvaluationCallbacks {
    std::function<void(int run, int epoch, int batch, int batchesPerEpoch)> onBatch;
    std::function<void(int run, const EpochRecord &)> onEpoch;
    // Receives each trained model (e.g. to save it); runs are numbered from 0.
    std::function<void(int run, ClassifierNet &model, const TrainingResult &)> onRunFinished;
};

SetEvaluation evaluateSet(const std::string &setName, const TrainingConfig &config, int runs,
                          const TensorDataset &train, const TensorDataset &test, int64_t numClasses,
                          const CancellationToken *cancel = nullptr, const EvaluationCallbacks &callbacks = {},
                          const DistributedGroup *dataParallel = nullptr);
// The same for the listed runs only (run r trains with seed config.seed + r), in that
// order: what one rank computes when the runs are shared among ranks.
SetEvaluation evaluateRuns(const std::string &setName, const TrainingConfig &config, const std::vector<int> &runs,
                           const TensorDataset &train, const TensorDataset &test, int64_t numClasses,
                           const CancellationToken *cancel = nullptr, const EvaluationCallbacks &callbacks = {},
                           const DistributedGroup *dataParallel = nullptr);
// Evaluations of disjoint runs of one set and architecture joined in the given order, mean
// and std over all of them (equal to evaluating every run in one call).
SetEvaluation joinRuns(const std::vector<SetEvaluation> &parts);

nlohmann::json trainingConfigJson(const TrainingConfig &config);
// {"dataset", "config", "sets": [{"name", "images_per_class", "bytes", "evaluations": [{"arch", "epochs",
//  "accuracies", "mean", "std"}]}]}; evaluations of the same set are grouped under it.
nlohmann::json resultsJson(const std::string &dataset, const nlohmann::json &config,
                           const std::vector<SetEvaluation> &evaluations);
// One evaluation whole (runs, curves, every number exact), e.g. to hand it from the rank
// that computed it to the others in a distributed run; the inverse of the other.
nlohmann::json setEvaluationToJson(const SetEvaluation &evaluation);
SetEvaluation setEvaluationFromJson(const nlohmann::json &json);
// set,arch,run,epoch,lr,train_loss,train_acc,test_acc,seconds,test_images (test_acc empty when not
// tested; test_images = how many test images it was measured on: the probe before the last epoch)
std::string curvesCsv(const std::vector<SetEvaluation> &evaluations);

// One row of curves.csv: an epoch of run `run` of `set` on `arch`.
struct CurvePoint {
    std::string set;
    std::string arch;
    int run = 0;
    EpochRecord record; // testAccuracy NaN when not tested that epoch
};
// Reads what curvesCsv writes, by column name (so columns may be added later). A missing
// file gives no rows; a header without the columns, IoError naming the file.
std::vector<CurvePoint> readCurvesCsv(const std::string &path);

} // namespace itgan
