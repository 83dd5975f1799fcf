#include "ExplorerEngine.h"

#include "EngineCache.h"
#include "LatentMapBuilder.h"

#include "core/base/ErrorMessage.h"
#include "core/runs/EngineInputs.h"
#include "core/runs/RunFolder.h"
#include "core/base/Threads.h"
#include "core/base/JsonConfig.h"
#include "core/latents/LatentSet.h"
#include "core/latents/SyntheticSets.h"

#include <filesystem>
#include <mutex>
#include <optional>

namespace fs = std::filesystem;

struct ExplorerEngine::State {
    studio::EngineCache cache;
    const itgan::Dataset *data = nullptr;
    itgan::Generator *generator = nullptr;
    std::map<std::string, itgan::LatentSet> sets;
    std::unique_ptr<studio::MapSets> mapSets; // the open sets as the map sees them

    std::mutex mutex;
    std::optional<ExploreRequest> pending;
    quint64 sequence = 0;
    std::optional<LatentMapRequest> pendingMap;
    quint64 mapSequence = 0;
    std::optional<std::pair<QString, int>> pendingNearest;
    bool pendingSummary = false;
    bool scheduled = false;
    std::atomic<int> rendered{0};
};

namespace {

constexpr int kGanLatentsPerClass = 10;
constexpr int kNearestShown = 5; // nearest real images shown per synthetic image

// Global indices of the latents of one class in a set.
std::vector<int64_t> classIndices(const itgan::LatentSet &set, int label)
{
    const auto members = set.labels.eq(label).nonzero().flatten().contiguous();
    return std::vector<int64_t>(members.data_ptr<int64_t>(), members.data_ptr<int64_t>() + members.numel());
}

// Unit directions in latent space with the spread of the latents along each: the
// principal axes of the class's latents, or seeded random directions.
std::vector<torch::Tensor> directions(const itgan::LatentSet &set, const std::vector<int64_t> &members, int label,
                                      const QString &kind, size_t count)
{
    std::vector<torch::Tensor> dirs;
    const int64_t dz = set.latents.size(1);
    if (kind == QLatin1String("principal") && members.size() >= 2) {
        const auto z = set.latents.index_select(0, torch::tensor(members, torch::kInt64));
        const auto centred = z - z.mean(0, true);
        const auto [u, s, vh] = torch::linalg_svd(centred, false);
        const double scale = 1.0 / std::sqrt(static_cast<double>(members.size() - 1));
        for (int64_t i = 0; i < std::min<int64_t>(static_cast<int64_t>(count), s.size(0)); ++i)
            dirs.push_back(vh[i] * (s[i].item<double>() * scale));
    }
    auto gen = at::detail::createCPUGenerator(1000 + static_cast<uint64_t>(label));
    while (dirs.size() < count) {
        auto d = torch::randn({dz}, gen);
        dirs.push_back(d / d.norm());
    }
    return dirs;
}

// IT-GAN's history for the map's trajectories: its start (initial_latents.pt, the
// inversion it began from) and every snapshot, each with one row per final latent.
void addHistory(const itgan::StageFolder &stage, const itgan::LatentSet &final, studio::MapSets &map)
{
    std::vector<int64_t> steps;
    std::vector<torch::Tensor> latents;
    const auto fits = [&](const torch::Tensor &z) { return z.defined() && z.sizes() == final.latents.sizes(); };
    if (fs::exists(stage.file("initial_latents.pt"))) {
        const auto start = itgan::loadLatentSet(stage.file("initial_latents.pt"));
        if (fits(start.latents)) {
            steps.push_back(0);
            latents.push_back(start.latents);
        }
    }
    for (int64_t iteration : stage.historyIterations()) {
        const auto snapshot = stage.historySnapshot(iteration);
        const auto found = snapshot.find("latents");
        if (found != snapshot.end() && fits(found->second) && iteration > 0) {
            steps.push_back(iteration);
            latents.push_back(found->second);
        }
    }
    if (!steps.empty())
        map.setHistory(std::move(steps), std::move(latents));
}

} // namespace

ExplorerEngine::ExplorerEngine(QObject *parent) : QObject(parent), d(std::make_unique<State>())
{
    qRegisterMetaType<ExploreRequest>();
    qRegisterMetaType<ExploreResult>();
    qRegisterMetaType<QMap<QString, QVector<int>>>();
    qRegisterMetaType<LatentMapRequest>();
    qRegisterMetaType<LatentMap>();
    qRegisterMetaType<NearestReal>();
    qRegisterMetaType<NearestRealSummary>();
}

ExplorerEngine::~ExplorerEngine() = default;

int ExplorerEngine::renderedCount() const
{
    return d->rendered.load();
}

bool ExplorerEngine::loadInputs(const QString &dataset, const QString &generator, const std::string &featureNetwork,
                                const std::string &featureArch)
{
    try {
        d->data = &d->cache.dataset(dataset.toStdString());
        d->generator = d->cache.generator(generator.toStdString()).generator.get();
        itgan::checkGeneratorFitsDataset(d->generator->info(), *d->data, d->cache.generatorPath());
        d->sets.clear();
        d->sets["gan"] = itgan::randomLatents(d->generator->info(), kGanLatentsPerClass, 0);
        d->mapSets = std::make_unique<studio::MapSets>(*d->data, *d->generator,
                                                       d->cache.featureNet(featureNetwork, featureArch, *d->data));
        d->mapSets->addLatents("gan", d->sets["gan"]);
        return true;
    } catch (const std::exception &e) {
        d->data = nullptr;
        d->generator = nullptr;
        d->mapSets.reset();
        Q_EMIT failed(QString::fromStdString(itgan::userMessage(e)));
        return false;
    }
}

void ExplorerEngine::openInputs(const QString &dataset, const QString &generator)
{
    if (loadInputs(dataset, generator, "bundled", "convnet"))
        emitOpened();
}

void ExplorerEngine::setThreads(int threads)
{
    itgan::configureTorchThreads(threads);
}

void ExplorerEngine::openRun(const QString &runDir)
{
    try {
        const auto folder = itgan::RunFolder::open(runDir.toStdString());
        const auto request = folder.inputs();
        if (request.generator.empty())
            throw itgan::ConfigError(runDir.toStdString() + ": this run has no generator (a DM run); nothing to explore");
        if (!loadInputs(QString::fromStdString(request.dataset), QString::fromStdString(request.generator),
                        request.featureNetwork, request.featureArch))
            return;
        for (itgan::Stage stage : {itgan::Stage::Inversion, itgan::Stage::Itgan}) {
            const itgan::StageFolder *found = folder.stage(stage);
            const auto set = found ? found->finalLatents() : std::nullopt;
            if (!set)
                continue;
            itgan::checkLatentsFitGenerator(*set, d->generator->info(), found->resultFile());
            d->sets[itgan::stageName(stage)] = *set;
            d->mapSets->addLatents(itgan::stageName(stage), *set);
            if (stage == itgan::Stage::Itgan)
                addHistory(*found, *set, *d->mapSets);
        }
        if (const itgan::StageFolder *dm = folder.stage(itgan::Stage::Dm); dm && dm->finished()) {
            const auto tensors = dm->resultTensors();
            if (tensors.count("images") && tensors.count("labels"))
                d->mapSets->addPixels("dm", {tensors.at("images"), tensors.at("labels")});
        }
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromStdString(itgan::userMessage(e)));
        return;
    }
    emitOpened();
}

void ExplorerEngine::emitOpened()
{
    QStringList classNames;
    for (const auto &name : d->data->classNames)
        classNames << QString::fromStdString(name);
    QMap<QString, QVector<int>> counts;
    for (const auto &[name, set] : d->sets) {
        QVector<int> perClass(static_cast<int>(d->data->numClasses()), 0);
        for (int c = 0; c < perClass.size(); ++c)
            perClass[c] = static_cast<int>(classIndices(set, c).size());
        counts.insert(QString::fromStdString(name), perClass);
    }
    Q_EMIT opened(classNames, counts);
}

quint64 ExplorerEngine::request(const ExploreRequest &request)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->pending = request;
    const quint64 sequence = ++d->sequence;
    scheduleLocked();
    return sequence;
}

quint64 ExplorerEngine::requestMap(const LatentMapRequest &request)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->pendingMap = request;
    const quint64 sequence = ++d->mapSequence;
    scheduleLocked();
    return sequence;
}

void ExplorerEngine::requestNearestReal(const QString &set, int index)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->pendingNearest = std::make_pair(set, index);
    scheduleLocked();
}

void ExplorerEngine::requestNearestRealSummary()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->pendingSummary = true;
    scheduleLocked();
}

void ExplorerEngine::scheduleLocked()
{
    if (!d->scheduled) {
        d->scheduled = true;
        QMetaObject::invokeMethod(this, &ExplorerEngine::processPending, Qt::QueuedConnection);
    }
}

void ExplorerEngine::processPending()
{
    for (;;) {
        std::optional<ExploreRequest> explore;
        std::optional<LatentMapRequest> mapRequest;
        std::optional<std::pair<QString, int>> nearest;
        bool summary = false;
        quint64 sequence = 0;
        {
            // One task per round, the interactive explorer render first.
            std::lock_guard<std::mutex> lock(d->mutex);
            if (d->pending) {
                explore.swap(d->pending);
                sequence = d->sequence;
            } else if (d->pendingNearest) {
                nearest.swap(d->pendingNearest);
            } else if (d->pendingSummary) {
                summary = true;
                d->pendingSummary = false;
            } else if (d->pendingMap) {
                mapRequest.swap(d->pendingMap);
                sequence = d->mapSequence;
            } else {
                d->scheduled = false;
                return;
            }
        }
        if (explore) {
            render(*explore, sequence);
            continue;
        }
        try {
            if (!d->mapSets)
                throw itgan::ConfigError("open a dataset and a generator first");
            if (nearest) {
                Q_EMIT nearestRealReady(d->mapSets->nearestReal(nearest->first.toStdString(), nearest->second, kNearestShown));
            } else if (summary) {
                Q_EMIT nearestRealSummaryReady(d->mapSets->nearestRealSummary());
            } else {
                LatentMap map = d->mapSets->buildMap(*mapRequest);
                map.sequence = sequence;
                Q_EMIT mapReady(map);
            }
        } catch (const std::exception &e) {
            Q_EMIT mapFailed(QString::fromStdString(itgan::userMessage(e)));
        }
    }
}

void ExplorerEngine::render(const ExploreRequest &r, quint64 sequence)
{
    try {
        if (!d->generator || !d->data)
            throw itgan::ConfigError("open a dataset and a generator first");
        auto &g = *d->generator;
        const auto &data = *d->data;
        auto pick = [&](const QString &name, int index, int64_t &global) -> const itgan::LatentSet & {
            const auto it = d->sets.find(name.toStdString());
            if (it == d->sets.end())
                throw itgan::ConfigError("no \"" + name.toStdString() + "\" latents in this run");
            const auto members = classIndices(it->second, r.label);
            if (index < 0 || index >= static_cast<int>(members.size()))
                throw itgan::ConfigError("latent " + std::to_string(index) + " of class " + std::to_string(r.label)
                                         + " is out of range: the \"" + name.toStdString() + "\" set has "
                                         + std::to_string(members.size()) + " for this class");
            global = members[static_cast<size_t>(index)];
            return it->second;
        };
        int64_t ga = 0, gb = 0;
        const auto &setA = pick(r.setA, r.indexA, ga);
        const auto &setB = pick(r.setB, r.indexB, gb);
        const auto za = setA.latents[ga], zb = setB.latents[gb];
        auto z = (1.0 - r.t) * za + r.t * zb;
        const auto dirs = directions(setA, classIndices(setA, r.label), r.label, r.directions,
                                     static_cast<size_t>(r.alphas.size()));
        for (int i = 0; i < r.alphas.size(); ++i)
            z = z + r.alphas[i] * dirs[static_cast<size_t>(i)];
        auto generate = [&](const torch::Tensor &latent) {
            itgan::LatentSet one{latent.unsqueeze(0), torch::tensor({static_cast<int64_t>(r.label)}), {}};
            return studio::toQImage(itgan::generatePixels(g, one, data)[0]);
        };
        ExploreResult result;
        result.sequence = sequence;
        result.a = generate(za);
        result.b = generate(zb);
        result.result = generate(z);
        // The A latent's versions: they share positions when IT-GAN started from this inversion.
        for (const char *method : {"inversion", "itgan"}) {
            const auto it = d->sets.find(method);
            if (r.setA == QLatin1String("gan") || it == d->sets.end() || it->second.size() != setA.size())
                continue;
            (std::string(method) == "inversion" ? result.inversion : result.itgan) = generate(it->second.latents[ga]);
        }
        if (setA.sourceIndices.defined() && setA.sourceIndices.numel() > ga) {
            const int64_t source = setA.sourceIndices[ga].item<int64_t>();
            if (source >= 0 && source < data.train.size())
                result.source = studio::toQImage(data.train.images[source]);
        }
        result.caption = tr("class %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7")
                             .arg(QString::fromStdString(data.classNames[static_cast<size_t>(r.label)]), r.setA)
                             .arg(r.indexA)
                             .arg(r.setB)
                             .arg(r.indexB)
                             .arg(r.t, 0, 'f', 2)
                             .arg(z.norm().item<double>(), 0, 'f', 2);
        ++d->rendered;
        Q_EMIT rendered(result);
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromStdString(itgan::userMessage(e)));
    }
}
