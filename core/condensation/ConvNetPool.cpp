#include "core/condensation/ConvNetPool.h"

#include "core/nets/ClassifierFile.h"
#include "core/evaluation/ClassifierTrainer.h"
#include "core/augment/DsaAugment.h"
#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/io/TensorIo.h"
#include "core/io/RunDirectory.h"
#include "core/io/StateDict.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace itgan {

void makeConvNetPool(const Dataset &data, const PoolConfig &config, const std::string &dir,
                     const CancellationToken *cancel,
                     const std::function<void(const PoolMember &, int network, int epoch)> &onMember)
{
    if (config.count < 1 || config.epochs < 1)
        throw ConfigError("a pool needs at least one network and one epoch (got count " + std::to_string(config.count)
                          + ", epochs " + std::to_string(config.epochs) + ")");
    if (fs::exists(fs::path(dir) / "pool.json"))
        throw ConfigError(dir + " already holds a pool (pool.json); choose a new folder");
    // A new or empty folder, or one an interrupted make-pool left (only its netNNN_epochNNN.pt
    // snapshots, no pool.json): those are written again. Anybody else's files are not.
    if (fs::is_directory(dir))
        for (const auto &entry : fs::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            int network = 0, epoch = 0;
            char rest[8] = {};
            const bool snapshot = std::sscanf(name.c_str(), "net%d_epoch%d%7s", &network, &epoch, rest) == 3
                                  && std::string(rest) == ".pt";
            const bool record = std::sscanf(name.c_str(), "net%d%7s", &network, rest) == 2 && std::string(rest) == ".json";
            if (!snapshot && !record && name.find(".tmp") == std::string::npos)
                throw ConfigError(dir + " already holds " + name
                                  + ", which is not part of a pool; a pool needs a new or empty folder");
        }
    fs::create_directories(dir);

    // Hold validation images out of the training split, then draw the training images
    // from the rest.
    const int64_t classes = data.numClasses();
    const auto validationIndex = chooseIndicesPerClass(data.train.labels, classes, config.validationPerClass, config.seed);
    auto keep = torch::ones({data.train.size()}, torch::kBool);
    keep.index_fill_(0, validationIndex, false);
    const auto rest = keep.nonzero().flatten();
    DatasetSplit remaining{data.train.images.index_select(0, rest), data.train.labels.index_select(0, rest)};
    if (config.trainPerClass > 0)
        remaining = subsetPerClass(remaining, classes, config.trainPerClass, config.seed + 1);
    const TensorDataset train{toClassifierSpace(remaining.images, data.normalisation), remaining.labels};
    const TensorDataset validation{
        toClassifierSpace(data.train.images.index_select(0, validationIndex), data.normalisation),
        data.train.labels.index_select(0, validationIndex)};

    // What a network's snapshots depend on: a finished network's record (netNNN.json) is
    // reused by a later call with the same settings, so re-running an interrupted make-pool
    // trains only what did not finish (each network is seeded by its index: the same bits).
    const nlohmann::json settings = {{"dataset", data.name},
                                     {"dataset_hash", datasetContentHash(data)},
                                     {"arch", config.arch},
                                     {"epochs", config.epochs},
                                     {"train_per_class", config.trainPerClass},
                                     {"validation_per_class", config.validationPerClass},
                                     {"learning_rate", config.learningRate},
                                     {"seed", config.seed}};
    removeStaleTemporaries(dir);
    nlohmann::json members = nlohmann::json::array();
    for (int n = 0; n < config.count; ++n) {
        char recordName[32];
        std::snprintf(recordName, sizeof recordName, "net%03d.json", n);
        const std::string record = (fs::path(dir) / recordName).string();
        if (fs::exists(record)) {
            const nlohmann::json kept = readJsonFile(record);
            if (kept.value("settings", nlohmann::json()) == settings) {
                for (const auto &member : kept.at("members")) {
                    members.push_back(member);
                    if (onMember)
                        onMember({member.at("file").get<std::string>(), n, member.at("epoch").get<int>(),
                                  member.at("val_accuracy").get<double>()},
                                 n, member.at("epoch").get<int>());
                }
                continue;
            }
        }
        nlohmann::json networkMembers = nlohmann::json::array();
        TrainingConfig training;
        training.arch = config.arch;
        training.epochs = config.epochs;
        training.learningRate = config.learningRate;
        training.seed = config.seed + 1000 + static_cast<uint64_t>(n);
        training.testEvery = 1;
        training.testProbe = 0; // every member's validation accuracy on the whole test set
        training.dsaStrategy = resolveDsaStrategy("auto", data.allowsHorizontalFlip());
        TrainingCallbacks callbacks;
        callbacks.onEpochModel = [&](ClassifierNet &model, const EpochRecord &record) {
            char name[64];
            std::snprintf(name, sizeof name, "net%03d_epoch%03d.pt", n, record.epoch);
            saveTensorMap(stateDictOf(model), (fs::path(dir) / name).string());
            const PoolMember member{name, n, record.epoch, record.testAccuracy};
            networkMembers.push_back({{"file", member.file},
                                      {"network", member.network},
                                      {"epoch", member.epoch},
                                      {"val_accuracy", member.validationAccuracy}});
            if (onMember)
                onMember(member, n, record.epoch);
        };
        trainClassifier(training, train, validation, classes, cancel, callbacks);
        writeFileAtomically(record, nlohmann::json{{"settings", settings}, {"members", networkMembers}}.dump(2) + "\n");
        members.insert(members.end(), networkMembers.begin(), networkMembers.end());
    }
    const nlohmann::json pool = {{"dataset", data.name},
                                 {"arch", config.arch},
                                 {"train_per_class", config.trainPerClass},
                                 {"validation_per_class", config.validationPerClass},
                                 {"seed", config.seed},
                                 {"members", members}};
    // pool.json last: a pool without it is unfinished and never used.
    writeFileAtomically((fs::path(dir) / "pool.json").string(), pool.dump(2) + "\n");
}

ConvNetPool ConvNetPool::load(const std::string &dir)
{
    const std::string path = (fs::path(dir) / "pool.json").string();
    std::ifstream in(path);
    if (!in)
        throw IoError(path + ": no pool here (make one with `itgan make-pool`)");
    ConvNetPool pool;
    pool.m_dir = dir;
    try {
        const auto json = nlohmann::json::parse(in);
        pool.m_arch = json.at("arch").get<std::string>();
        for (const auto &m : json.at("members"))
            pool.m_members.push_back({m.at("file").get<std::string>(), m.at("network").get<int64_t>(),
                                      m.at("epoch").get<int>(), m.at("val_accuracy").get<double>()});
    } catch (const nlohmann::json::exception &e) {
        throw IoError(path + ": malformed pool description (" + e.what() + ")");
    }
    if (pool.m_members.empty())
        throw ConfigError(path + ": the pool has no members");
    return pool;
}

std::vector<size_t> ConvNetPool::eligible(double lo, double hi) const
{
    std::vector<size_t> chosen;
    for (size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].validationAccuracy >= lo && m_members[i].validationAccuracy <= hi)
            chosen.push_back(i);
    if (chosen.empty()) {
        std::string have;
        for (const auto &m : m_members)
            have += (have.empty() ? "" : ", ") + std::to_string(m.validationAccuracy).substr(0, 5);
        throw ConfigError(m_dir + ": no pool member has a validation accuracy in [" + std::to_string(lo) + ", "
                          + std::to_string(hi) + "] (members: " + have + ")");
    }
    return chosen;
}

ClassifierPtr ConvNetPool::network(size_t member, const Dataset &data, bool weightGradients)
{
    auto it = m_loaded.find(member);
    if (it == m_loaded.end()) {
        const auto path = (fs::path(m_dir) / m_members.at(member).file).string();
        it = m_loaded.emplace(member, loadClassifier(path, m_arch, data.channels(), data.height())).first;
    }
    it->second->train();
    for (auto &parameter : it->second->parameters())
        parameter.requires_grad_(weightGradients);
    return it->second;
}

} // namespace itgan
