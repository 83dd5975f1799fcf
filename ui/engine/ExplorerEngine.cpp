#include "ExplorerEngine.h"

#include "EngineCache.h"
#include "LatentMapBuilder.h"

#include "core/base/ErrorMessage.h"
#include "core/gan/GanMetrics.h"
#include "core/runs/EngineInputs.h"
#include "core/runs/RunFolder.h"
#include "core/base/Threads.h"
#include "core/base/JsonConfig.h"
#include "core/latents/LatentSet.h"
#include "core/latents/PickedLatents.h"
#include "core/latents/PrincipalAxes.h"
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
    std::string runDir;                       // the open run folder ("" = inputs only)

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

// Directions in latent space, each scaled to the latents' spread along it (a slider step of
// 1 = one standard deviation): the principal axes of `rows` (A's class's latents, or all of
// A's set), or seeded random unit directions. `explained` gets each principal axis's share of
// the variance (none for random ones).
std::vector<torch::Tensor> directions(const torch::Tensor &rows, int seedLabel, const QString &kind, size_t count,
                                      std::vector<double> *explained)
{
    std::vector<torch::Tensor> dirs;
    if (kind == QLatin1String("principal") && rows.size(0) >= 2) {
        const auto axes = itgan::principalAxes(rows, static_cast<int64_t>(count));
        for (int64_t i = 0; i < axes.axes.size(0); ++i) {
            dirs.push_back((axes.axes[i] * axes.spread[i]).to(rows.scalar_type()));
            explained->push_back(axes.explained[static_cast<size_t>(i)]);
        }
    }
    auto gen = at::detail::createCPUGenerator(1000 + static_cast<uint64_t>(seedLabel));
    while (dirs.size() < count) {
        auto d = torch::randn({rows.size(1)}, gen);
        dirs.push_back(d / d.norm());
    }
    return dirs;
}

// From z_A (t = 0) to z_B (t = 1): straight, or along the great circle between them with
// the norm interpolated too (slerp; the straight line when they are nearly parallel).
torch::Tensor interpolate(const torch::Tensor &za, const torch::Tensor &zb, double t, const QString &path)
{
    if (path != QLatin1String("slerp"))
        return (1.0 - t) * za + t * zb;
    const double na = za.norm().item<double>(), nb = zb.norm().item<double>();
    if (na == 0 || nb == 0)
        return (1.0 - t) * za + t * zb;
    const auto ua = za / na, ub = zb / nb;
    const double omega = std::acos(std::clamp(ua.dot(ub).item<double>(), -1.0, 1.0));
    if (omega < 1e-6)
        return (1.0 - t) * za + t * zb;
    const auto direction = (std::sin((1.0 - t) * omega) * ua + std::sin(t * omega) * ub) / std::sin(omega);
    return direction * ((1.0 - t) * na + t * nb);
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
    d->runDir.clear();
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
        d->runDir = fs::absolute(runDir.toStdString()).string();
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

// A request made concrete: the two latents, the direction steps and the class path.
struct ExplorerEngine::Composed {
    const itgan::LatentSet *setA = nullptr;
    int64_t globalA = 0, globalB = 0; // rows of A and B in their sets
    int labelA = 0, labelB = 0, renderClass = -1;
    int64_t numClasses = 0;
    QString path;
    torch::Tensor za, zb, offset;     // offset: the sum of the direction steps
    std::vector<double> explained;

    torch::Tensor latentAt(double t) const { return interpolate(za, zb, t, path) + offset; }
    // Class weights [C] at t: one-hot of the switched class, else A's class blended into B's.
    torch::Tensor weightsAt(double t) const
    {
        auto w = torch::zeros({numClasses});
        if (renderClass >= 0) {
            w[renderClass] = 1.0;
        } else {
            w[labelA] += 1.0 - t;
            w[labelB] += t;
        }
        return w;
    }
};

ExplorerEngine::Composed ExplorerEngine::compose(const ExploreRequest &r) const
{
    if (!d->generator || !d->data)
        throw itgan::ConfigError("open a dataset and a generator first");
    Composed c;
    c.numClasses = d->data->numClasses();
    c.labelA = r.label;
    c.labelB = r.labelB < 0 ? r.label : r.labelB;
    c.renderClass = r.renderClass;
    c.path = r.path;
    const auto checkClass = [&](int label, int lowest) {
        if (label < lowest || label >= c.numClasses)
            throw itgan::ConfigError("class " + std::to_string(label) + " is out of range 0.."
                                     + std::to_string(c.numClasses - 1));
    };
    checkClass(c.labelA, 0);
    checkClass(c.labelB, 0);
    checkClass(c.renderClass, -1); // -1: the A → B class path
    if (r.path != QLatin1String("lerp") && r.path != QLatin1String("slerp"))
        throw itgan::ConfigError("interpolation path \"" + r.path.toStdString() + "\": expected lerp or slerp");
    auto pick = [&](const QString &name, int label, int index, int64_t &global) -> const itgan::LatentSet & {
        const auto it = d->sets.find(name.toStdString());
        if (it == d->sets.end())
            throw itgan::ConfigError("no \"" + name.toStdString() + "\" latents in this run");
        const auto members = classIndices(it->second, label);
        if (index < 0 || index >= static_cast<int>(members.size()))
            throw itgan::ConfigError("latent " + std::to_string(index) + " of class " + std::to_string(label)
                                     + " is out of range: the \"" + name.toStdString() + "\" set has "
                                     + std::to_string(members.size()) + " for this class");
        global = members[static_cast<size_t>(index)];
        return it->second;
    };
    c.setA = &pick(r.setA, c.labelA, r.indexA, c.globalA);
    const auto &setB = pick(r.setB, c.labelB, r.indexB, c.globalB);
    c.za = c.setA->latents[c.globalA];
    c.zb = setB.latents[c.globalB];
    const auto rows = r.directionScope == QLatin1String("all")
                          ? c.setA->latents
                          : c.setA->latents.index_select(0, torch::tensor(classIndices(*c.setA, c.labelA), torch::kInt64));
    const auto dirs = directions(rows, c.labelA, r.directions, static_cast<size_t>(r.alphas.size()), &c.explained);
    c.offset = torch::zeros_like(c.za);
    for (int i = 0; i < r.alphas.size(); ++i)
        c.offset = c.offset + r.alphas[i] * dirs[static_cast<size_t>(i)];
    return c;
}

namespace {

// G(z, class weights) as uint8 pixels shaped like the dataset: plain classes through
// generatePixels (any generator), blends through generateWithClassWeights (native ones).
torch::Tensor renderLatents(itgan::Generator &g, const itgan::Dataset &data, const torch::Tensor &z,
                            const torch::Tensor &weights)
{
    const auto [top, labels] = weights.max(1);
    if (top.eq(1.0).all().item<bool>())
        return itgan::generatePixels(g, {z, labels, {}}, data);
    torch::NoGradGuard noGrad;
    return itgan::generatorToPixels(g.generateWithClassWeights(z, weights), data.height(), data.width());
}

} // namespace

void ExplorerEngine::render(const ExploreRequest &r, quint64 sequence)
{
    try {
        const Composed c = compose(r);
        auto &g = *d->generator;
        const auto &data = *d->data;
        auto one = [&](const torch::Tensor &z, const torch::Tensor &weights) {
            return studio::toQImage(renderLatents(g, data, z.unsqueeze(0), weights.unsqueeze(0))[0]);
        };
        auto plain = [&](int label) {
            auto w = torch::zeros({c.numClasses});
            w[label] = 1.0;
            return w;
        };
        ExploreResult result;
        result.sequence = sequence;
        result.a = one(c.za, plain(c.labelA));
        result.b = one(c.zb, plain(c.labelB));
        const auto z = c.latentAt(r.t);
        result.result = one(z, c.weightsAt(r.t));
        result.explained = QVector<double>(c.explained.begin(), c.explained.end());
        if (r.stripSteps > 1) {
            std::vector<torch::Tensor> zs, ws;
            for (int k = 0; k < r.stripSteps; ++k) {
                const double t = static_cast<double>(k) / (r.stripSteps - 1);
                zs.push_back(c.latentAt(t));
                ws.push_back(c.weightsAt(t));
            }
            const auto strip = renderLatents(g, data, torch::stack(zs), torch::stack(ws));
            for (int64_t k = 0; k < strip.size(0); ++k)
                result.strip.push_back(studio::toQImage(strip[k]));
        }
        // The A latent's versions: they share positions when IT-GAN started from this inversion.
        for (const char *method : {"inversion", "itgan"}) {
            const auto it = d->sets.find(method);
            if (r.setA == QLatin1String("gan") || r.setA == QLatin1String("loaded") || it == d->sets.end()
                || it->second.size() != c.setA->size())
                continue;
            (std::string(method) == "inversion" ? result.inversion : result.itgan) =
                one(it->second.latents[c.globalA], plain(c.labelA));
        }
        if (c.setA->sourceIndices.defined() && c.setA->sourceIndices.numel() > c.globalA) {
            const int64_t source = c.setA->sourceIndices[c.globalA].item<int64_t>();
            if (source >= 0 && source < data.train.size())
                result.source = studio::toQImage(data.train.images[source]);
        }
        const auto className = [&](int label) { return QString::fromStdString(data.classNames[static_cast<size_t>(label)]); };
        QString drawnAs = c.renderClass >= 0 ? tr("drawn as %1").arg(className(c.renderClass))
                          : c.labelA == c.labelB ? className(c.labelA)
                                                 : tr("%1 → %2").arg(className(c.labelA), className(c.labelB));
        result.caption = tr("%1 · %2 #%3 → %4 #%5 · t = %6 (%7) · ‖z‖ = %8")
                             .arg(drawnAs, r.setA)
                             .arg(r.indexA)
                             .arg(r.setB)
                             .arg(r.indexB)
                             .arg(r.t, 0, 'f', 2)
                             .arg(r.path)
                             .arg(z.norm().item<double>(), 0, 'f', 2);
        ++d->rendered;
        Q_EMIT rendered(result);
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromStdString(itgan::userMessage(e)));
    }
}

void ExplorerEngine::saveLatent(const ExploreRequest &r, const QString &path)
{
    try {
        const Composed c = compose(r);
        const auto z = c.latentAt(r.t).unsqueeze(0);
        const auto weights = c.weightsAt(r.t);
        const int64_t label = weights.argmax().item<int64_t>();
        const int64_t source = c.setA->sourceIndices.defined() ? c.setA->sourceIndices[c.globalA].item<int64_t>() : -1;
        nlohmann::json entry = {{"set", r.setA.toStdString()},
                                {"index", c.globalA},
                                {"index_in_class", r.indexA},
                                {"class", c.labelA},
                                {"source_image", source},
                                {"interpolation",
                                 {{"to_set", r.setB.toStdString()}, {"to_index", c.globalB}, {"to_class", c.labelB},
                                  {"t", r.t}, {"path", r.path.toStdString()}}},
                                {"directions",
                                 {{"kind", r.directions.toStdString()},
                                  {"scope", r.directionScope.toStdString()},
                                  {"steps", std::vector<double>(r.alphas.begin(), r.alphas.end())}}},
                                {"class_weights", std::vector<float>(weights.data_ptr<float>(),
                                                                     weights.data_ptr<float>() + weights.numel())}};
        itgan::PickedLatents picked;
        picked.latents = {z.contiguous(), torch::tensor({label}), torch::tensor({source})};
        picked.provenance = {{"format", "itgan-explorer-latents"},
                             {"run", d->runDir},
                             {"dataset", d->data->name},
                             {"generator", d->cache.generatorPath()},
                             {"latents", nlohmann::json::array({entry})}};
        itgan::savePickedLatents(picked, path.toStdString());
        Q_EMIT latentsFileDone(true, tr("Saved the latent (%1 #%2, class %3) to %4").arg(r.setA).arg(r.indexA).arg(label).arg(path));
    } catch (const std::exception &e) {
        Q_EMIT latentsFileDone(false, QString::fromStdString(itgan::userMessage(e)));
    }
}

void ExplorerEngine::loadLatents(const QString &path)
{
    try {
        if (!d->generator || !d->data)
            throw itgan::ConfigError("open a dataset and a generator first");
        const auto picked = itgan::loadPickedLatents(path.toStdString());
        itgan::checkLatentsFitGenerator(picked.latents, d->generator->info(), path.toStdString());
        d->sets["loaded"] = picked.latents;
        emitOpened();
        QString from;
        if (picked.provenance.contains("run"))
            from = tr(" (from %1)").arg(QString::fromStdString(picked.provenance.value("run", std::string())));
        Q_EMIT latentsFileDone(true, tr("Loaded %1 latent(s) from %2%3 as the \"loaded\" set")
                                         .arg(picked.latents.size())
                                         .arg(path, from));
    } catch (const std::exception &e) {
        Q_EMIT latentsFileDone(false, QString::fromStdString(itgan::userMessage(e)));
    }
}
