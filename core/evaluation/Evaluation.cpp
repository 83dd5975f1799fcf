#include "core/evaluation/Evaluation.h"
#include "core/base/RunStatistics.h"

#include "core/base/Errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <limits>
#include <numeric>
#include <fstream>

namespace itgan {

namespace {

void summarise(SetEvaluation &ev)
{
    const MeanAndStd summary = meanAndStd(ev.accuracies);
    ev.mean = summary.mean;
    ev.std = summary.std;
}

} // namespace

SetEvaluation evaluateSet(const std::string &setName, const TrainingConfig &config, int runs,
                          const TensorDataset &train, const TensorDataset &test, int64_t numClasses,
                          const CancellationToken *cancel, const EvaluationCallbacks &callbacks,
                          const DistributedGroup *dataParallel)
{
    if (runs < 1)
        throw ConfigError("number of evaluation runs must be at least 1, got " + std::to_string(runs));
    std::vector<int> all(static_cast<size_t>(runs));
    std::iota(all.begin(), all.end(), 0);
    return evaluateRuns(setName, config, all, train, test, numClasses, cancel, callbacks, dataParallel);
}

SetEvaluation evaluateRuns(const std::string &setName, const TrainingConfig &config, const std::vector<int> &runs,
                           const TensorDataset &train, const TensorDataset &test, int64_t numClasses,
                           const CancellationToken *cancel, const EvaluationCallbacks &callbacks,
                           const DistributedGroup *dataParallel)
{
    if (runs.empty())
        throw ConfigError("no evaluation runs to do for " + setName);
    SetEvaluation ev;
    ev.setName = setName;
    ev.arch = config.arch;
    ev.epochs = config.epochs;
    ev.bytes = train.images.numel(); // uint8 pixels; callers with another representation overwrite it
    for (const int r : runs) {
        TrainingConfig runConfig = config;
        runConfig.seed = config.seed + static_cast<uint64_t>(r);
        TrainingCallbacks tc;
        if (callbacks.onBatch)
            tc.onBatch = [&](int epoch, int batch, int total) { callbacks.onBatch(r, epoch, batch, total); };
        if (callbacks.onEpoch)
            tc.onEpoch = [&](const EpochRecord &rec, int) { callbacks.onEpoch(r, rec); };
        TrainingResult result = trainClassifier(runConfig, train, test, numClasses, cancel, tc, dataParallel);
        ev.accuracies.push_back(result.finalTestAccuracy);
        ev.curves.push_back(result.epochs);
        if (callbacks.onRunFinished)
            callbacks.onRunFinished(r, *result.model, result);
    }
    summarise(ev);
    return ev;
}

SetEvaluation joinRuns(const std::vector<SetEvaluation> &parts)
{
    if (parts.empty())
        throw Error("joinRuns needs at least one evaluation");
    SetEvaluation joined = parts.front();
    joined.accuracies.clear();
    joined.curves.clear();
    for (const auto &part : parts) {
        joined.accuracies.insert(joined.accuracies.end(), part.accuracies.begin(), part.accuracies.end());
        joined.curves.insert(joined.curves.end(), part.curves.begin(), part.curves.end());
    }
    summarise(joined);
    return joined;
}

nlohmann::json trainingConfigJson(const TrainingConfig &c)
{
    return {{"arch", c.arch},
            {"epochs", c.epochs},
            {"batch_size", c.batchSize},
            {"learning_rate", c.learningRate},
            {"momentum", c.momentum},
            {"weight_decay", c.weightDecay},
            {"lr_schedule", "x0.1 after half the epochs"},
            {"dsa_strategy", c.dsaStrategy},
            {"seed", c.seed},
            {"test_every", c.testEvery},
            {"test_probe", c.testProbe}};
}

nlohmann::json resultsJson(const std::string &dataset, const nlohmann::json &config,
                           const std::vector<SetEvaluation> &evaluations)
{
    nlohmann::json sets = nlohmann::json::array();
    for (const auto &ev : evaluations) {
        nlohmann::json evaluation = {{"arch", ev.arch},
                                     {"epochs", ev.epochs},
                                     {"accuracies", ev.accuracies},
                                     {"mean", ev.mean},
                                     {"std", ev.std}};
        auto existing = std::find_if(sets.begin(), sets.end(), [&](const nlohmann::json &s) { return s["name"] == ev.setName; });
        if (existing != sets.end()) {
            (*existing)["evaluations"].push_back(evaluation);
            continue;
        }
        sets.push_back({{"name", ev.setName},
                        {"images_per_class", ev.imagesPerClass},
                        {"bytes", ev.bytes},
                        {"evaluations", nlohmann::json::array({evaluation})}});
    }
    return {{"dataset", dataset}, {"config", config}, {"sets", sets}};
}

nlohmann::json setEvaluationToJson(const SetEvaluation &e)
{
    nlohmann::json curves = nlohmann::json::array();
    for (const auto &run : e.curves) {
        nlohmann::json epochs = nlohmann::json::array();
        for (const auto &r : run) // JSON has no NaN: an untested epoch's accuracy is null
            epochs.push_back({r.epoch, r.learningRate, r.trainLoss, r.trainAccuracy,
                              std::isnan(r.testAccuracy) ? nlohmann::json() : nlohmann::json(r.testAccuracy), r.seconds,
                              r.testImages});
        curves.push_back(epochs);
    }
    return {{"set", e.setName}, {"images_per_class", e.imagesPerClass}, {"bytes", e.bytes}, {"arch", e.arch},
            {"epochs", e.epochs}, {"accuracies", e.accuracies}, {"mean", e.mean}, {"std", e.std}, {"curves", curves}};
}

SetEvaluation setEvaluationFromJson(const nlohmann::json &json)
{
    SetEvaluation e;
    e.setName = json.at("set").get<std::string>();
    e.imagesPerClass = json.at("images_per_class").get<int64_t>();
    e.bytes = json.at("bytes").get<int64_t>();
    e.arch = json.at("arch").get<std::string>();
    e.epochs = json.at("epochs").get<int>();
    e.accuracies = json.at("accuracies").get<std::vector<double>>();
    e.mean = json.at("mean").get<double>();
    e.std = json.at("std").get<double>();
    for (const auto &run : json.at("curves")) {
        std::vector<EpochRecord> records;
        for (const auto &r : run) {
            EpochRecord record;
            record.epoch = r.at(0).get<int>();
            record.learningRate = r.at(1).get<double>();
            record.trainLoss = r.at(2).get<double>();
            record.trainAccuracy = r.at(3).get<double>();
            record.testAccuracy = r.at(4).is_null() ? std::numeric_limits<double>::quiet_NaN() : r.at(4).get<double>();
            record.seconds = r.at(5).get<double>();
            if (r.size() > 6) // kept runs written before the test probe existed have no count
                record.testImages = r.at(6).get<int64_t>();
            records.push_back(record);
        }
        e.curves.push_back(records);
    }
    return e;
}

std::string curvesCsv(const std::vector<SetEvaluation> &evaluations)
{
    std::ostringstream out;
    out << "set,arch,run,epoch,lr,train_loss,train_acc,test_acc,seconds,test_images\n";
    for (const auto &ev : evaluations)
        for (size_t r = 0; r < ev.curves.size(); ++r)
            for (const auto &e : ev.curves[r]) {
                out << ev.setName << ',' << '"' << ev.arch << '"' << ',' << r << ',' << e.epoch << ',' << e.learningRate << ','
                    << e.trainLoss << ',' << e.trainAccuracy << ',';
                if (!std::isnan(e.testAccuracy))
                    out << e.testAccuracy;
                out << ',' << e.seconds << ',' << e.testImages << '\n';
            }
    return out.str();
}

std::vector<CurvePoint> readCurvesCsv(const std::string &path)
{
    std::vector<CurvePoint> points;
    std::ifstream in(path);
    if (!in)
        return points;
    const auto split = [](const std::string &line) {
        std::vector<std::string> cells;
        std::string cell;
        bool quoted = false;
        for (char ch : line) {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
                cells.push_back(std::move(cell)), cell.clear();
            else
                cell += ch;
        }
        cells.push_back(cell);
        return cells;
    };
    std::string line;
    std::getline(in, line);
    const auto header = split(line);
    const auto column = [&](const char *name) -> size_t {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end())
            throw IoError(path + ": no \"" + std::string(name) + "\" column in the header \"" + line + "\"");
        return static_cast<size_t>(it - header.begin());
    };
    const size_t set = column("set"), arch = column("arch"), run = column("run"), epoch = column("epoch"),
                 lr = column("lr"), loss = column("train_loss"), train = column("train_acc"), test = column("test_acc"),
                 seconds = column("seconds");
    // Older curves.csv files have no test_images column.
    const auto probeColumn = std::find(header.begin(), header.end(), "test_images");
    const auto number = [&](const std::vector<std::string> &cells, size_t i) {
        return cells[i].empty() ? std::numeric_limits<double>::quiet_NaN() : std::stod(cells[i]);
    };
    int64_t lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty())
            continue;
        const auto cells = split(line);
        if (cells.size() != header.size())
            throw IoError(path + ":" + std::to_string(lineNumber) + ": " + std::to_string(cells.size())
                          + " columns, the header has " + std::to_string(header.size()));
        try {
            CurvePoint p;
            p.set = cells[set];
            p.arch = cells[arch];
            p.run = std::stoi(cells[run]);
            p.record.epoch = std::stoi(cells[epoch]);
            p.record.learningRate = number(cells, lr);
            p.record.trainLoss = number(cells, loss);
            p.record.trainAccuracy = number(cells, train);
            p.record.testAccuracy = number(cells, test);
            p.record.seconds = number(cells, seconds);
            if (probeColumn != header.end())
                p.record.testImages = std::stoll(cells[static_cast<size_t>(probeColumn - header.begin())]);
            points.push_back(p);
        } catch (const std::logic_error &) {
            throw IoError(path + ":" + std::to_string(lineNumber) + ": not a number where one was expected");
        }
    }
    return points;
}

} // namespace itgan
