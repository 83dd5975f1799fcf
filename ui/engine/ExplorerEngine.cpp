#include "ExplorerEngine.h"

#include "EngineCache.h"

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

    std::mutex mutex;
    std::optional<ExploreRequest> pending;
    quint64 sequence = 0;
    bool scheduled = false;
    std::atomic<int> rendered{0};
};

namespace {

constexpr int kGanLatentsPerClass = 10;

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

} // namespace

ExplorerEngine::ExplorerEngine(QObject *parent) : QObject(parent), d(std::make_unique<State>())
{
    qRegisterMetaType<ExploreRequest>();
    qRegisterMetaType<ExploreResult>();
    qRegisterMetaType<QMap<QString, QVector<int>>>();
}

ExplorerEngine::~ExplorerEngine() = default;

int ExplorerEngine::renderedCount() const
{
    return d->rendered.load();
}

bool ExplorerEngine::loadInputs(const QString &dataset, const QString &generator)
{
    try {
        d->data = &d->cache.dataset(dataset.toStdString());
        d->generator = d->cache.generator(generator.toStdString()).generator.get();
        itgan::checkGeneratorFitsDataset(d->generator->info(), *d->data, d->cache.generatorPath());
        d->sets.clear();
        d->sets["gan"] = itgan::randomLatents(d->generator->info(), kGanLatentsPerClass, 0);
        return true;
    } catch (const std::exception &e) {
        d->data = nullptr;
        d->generator = nullptr;
        Q_EMIT failed(QString::fromStdString(itgan::userMessage(e)));
        return false;
    }
}

void ExplorerEngine::openInputs(const QString &dataset, const QString &generator)
{
    if (loadInputs(dataset, generator))
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
        if (!loadInputs(QString::fromStdString(request.dataset), QString::fromStdString(request.generator)))
            return;
        for (itgan::Stage stage : {itgan::Stage::Inversion, itgan::Stage::Itgan}) {
            const itgan::StageFolder *found = folder.stage(stage);
            const auto set = found ? found->finalLatents() : std::nullopt;
            if (!set)
                continue;
            itgan::checkLatentsFitGenerator(*set, d->generator->info(), found->resultFile());
            d->sets[itgan::stageName(stage)] = *set;
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
    if (!d->scheduled) {
        d->scheduled = true;
        QMetaObject::invokeMethod(this, &ExplorerEngine::processPending, Qt::QueuedConnection);
    }
    return sequence;
}

void ExplorerEngine::processPending()
{
    for (;;) {
        ExploreRequest r;
        quint64 sequence;
        {
            std::lock_guard<std::mutex> lock(d->mutex);
            if (!d->pending) {
                d->scheduled = false;
                return;
            }
            r = *d->pending;
            d->pending.reset();
            sequence = d->sequence;
        }
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
            auto render = [&](const torch::Tensor &latent) {
                itgan::LatentSet one{latent.unsqueeze(0), torch::tensor({static_cast<int64_t>(r.label)}), {}};
                return studio::toQImage(itgan::generatePixels(g, one, data)[0]);
            };
            ExploreResult result;
            result.sequence = sequence;
            result.a = render(za);
            result.b = render(zb);
            result.result = render(z);
            // The A latent's versions: they share positions when IT-GAN started from this inversion.
            for (const char *method : {"inversion", "itgan"}) {
                const auto it = d->sets.find(method);
                if (r.setA == QLatin1String("gan") || it == d->sets.end() || it->second.size() != setA.size())
                    continue;
                (std::string(method) == "inversion" ? result.inversion : result.itgan) = render(it->second.latents[ga]);
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
}
