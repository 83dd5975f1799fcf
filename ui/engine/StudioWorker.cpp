#include "StudioWorker.h"

#include "EngineCache.h"
#include "RunReader.h"

#include "core/base/ErrorMessage.h"
#include "core/experiments/CompareExperiment.h"
#include "core/experiments/ComparePresets.h"
#include "core/evaluation/EvaluationSettings.h"
#include "core/export/DatasetExport.h"
#include "core/base/Errors.h"
#include "core/kernels/KernelReport.h"
#include "core/runs/RunControl.h"
#include "core/runs/RunFolder.h"
#include "core/base/ComputeDevice.h"
#include "core/base/Threads.h"
#include "core/condensation/GanInversion.h"
#include "core/condensation/LatentCondenser.h"
#include "core/condensation/PixelCondenser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <QJsonArray>

#include <atomic>
#include <cmath>
#include <filesystem>
#include <mutex>

namespace fs = std::filesystem;

struct StudioWorker::State {
    studio::EngineCache cache;
    mutable std::mutex mutex;
    std::shared_ptr<itgan::RunControl> control; // the running job's, or null
    std::atomic<int> previewIntervalMs{250};
};

namespace {

nlohmann::json toNlohmann(const QJsonObject &object)
{
    return nlohmann::json::parse(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

QJsonObject toQJson(const nlohmann::json &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json.dump())).object();
}

} // namespace

void registerStudioTypes()
{
    qRegisterMetaType<SampleBoard>();
    qRegisterMetaType<SampleFrame>();
    qRegisterMetaType<IterationInfo>();
    qRegisterMetaType<QVector<IterationInfo>>();
    qRegisterMetaType<EvalEpochInfo>();
    qRegisterMetaType<QVector<EvalEpochInfo>>();
}

StudioWorker::StudioWorker(QObject *parent) : QObject(parent), d(std::make_unique<State>())
{
    registerStudioTypes();
}

StudioWorker::~StudioWorker() = default;

QJsonObject StudioWorker::defaultConfig()
{
    return toQJson(itgan::defaultCompareConfig());
}

QString StudioWorker::configProblem(const QJsonObject &config)
{
    try {
        itgan::completeCompareConfig(toNlohmann(config));
        return {};
    } catch (const std::exception &e) {
        return QString::fromStdString(itgan::userMessage(e));
    }
}

QJsonArray StudioWorker::presets()
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &preset : itgan::comparePresets())
        list.push_back({{"name", preset.name}, {"title", preset.title}, {"description", preset.description},
                        {"overlay", preset.overlay}});
    return QJsonDocument::fromJson(QByteArray::fromStdString(list.dump())).array();
}

QJsonObject StudioWorker::configSchema()
{
    return toQJson({{"compare", itgan::compareSchema().describe()},
                    {"inversion", itgan::inversionSchema().describe()},
                    {"itgan", itgan::itganSchema().describe()},
                    {"dm", itgan::dmSchema().describe()},
                    {"evaluation", itgan::evaluationSchema().describe()}});
}

QString StudioWorker::engineDescription()
{
    return tr("LibTorch %1 · %2").arg(QStringLiteral(TORCH_VERSION), QString::fromStdString(itgan::computeDevice().str())) + QLatin1Char('\n')
           + QString::fromStdString(itgan::describeKernels(itgan::currentKernels()));
}

QString StudioWorker::kernelSummary()
{
    return QString::fromStdString(itgan::kernelSummary(itgan::currentKernels()));
}

void StudioWorker::pause()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->control)
        d->control->pause();
}

void StudioWorker::resume()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->control)
        d->control->resume();
}

void StudioWorker::cancel()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->control)
        d->control->cancel();
}

void StudioWorker::setLambda(double lambda)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->control)
        d->control->request(itgan::Stage::Itgan, itgan::LiveParameter::Lambda, lambda);
}

void StudioWorker::setLearningRate(double learningRate)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->control)
        d->control->request(itgan::Stage::Itgan, itgan::LiveParameter::LearningRate, learningRate);
}

bool StudioWorker::isBusy() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->control != nullptr;
}

void StudioWorker::setPreviewInterval(int milliseconds)
{
    d->previewIntervalMs = milliseconds;
}

void StudioWorker::setThreads(int threads)
{
    itgan::configureTorchThreads(threads);
}

void StudioWorker::setDevice(const QString &device)
{
    itgan::setComputeDevice(itgan::parseComputeDevice(device.toStdString()));
}

QStringList StudioWorker::computeDevices()
{
    QStringList devices;
    for (const auto &device : itgan::availableComputeDevices())
        devices.append(QString::fromStdString(device));
    return devices;
}

// Runs `work` as the current job: a fresh RunControl for the control calls, and every
// outcome (finished, cancelled, failed with the engine's message) reported as a signal.
template <typename Work>
void StudioWorker::runJob(JobKind kind, Work &&work)
{
    const QString job = jobKindName(kind);
    auto control = std::make_shared<itgan::RunControl>();
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->control = control;
    }
    Q_EMIT jobStarted(job);
    QString failure;
    bool cancelled = false;
    QString message;
    try {
        message = work(*control);
    } catch (const itgan::CancelledError &) {
        cancelled = true;
    } catch (const std::exception &e) {
        failure = QString::fromStdString(itgan::userMessage(e));
    }
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->control.reset();
    }
    if (cancelled)
        Q_EMIT jobCancelled(job);
    else if (!failure.isEmpty())
        Q_EMIT jobFailed(job, failure);
    else
        Q_EMIT jobFinished(job, message);
}

void StudioWorker::openInputs(const QString &dataset, const QString &generator, int perClass)
{
    runJob(JobKind::OpenInputs, [&](itgan::RunControl &) {
        // A generator that does not load still leaves the real images to look at.
        SampleBoard board;
        QString modelInfo = tr("No generator loaded.");
        try {
            board = studio::inputsBoard(d->cache, dataset.toStdString(), generator.toStdString(), perClass, 0);
            if (!generator.isEmpty())
                modelInfo = studio::describeGenerator(d->cache.generator(generator.toStdString()), d->cache.generatorPath());
        } catch (const itgan::Error &e) {
            if (generator.isEmpty())
                throw;
            board = studio::inputsBoard(d->cache, dataset.toStdString(), "", perClass, 0);
            modelInfo = tr("No generator: %1").arg(QString::fromStdString(itgan::userMessage(e)));
        }
        Q_EMIT inputsOpened(board, modelInfo, studio::describeDataset(d->cache.dataset(dataset.toStdString())));
        return tr("Opened %1").arg(dataset);
    });
}

void StudioWorker::runCompareJob(JobKind job, const QJsonObject &config, const QString &runDir, bool resume)
{
    runJob(job, [&](itgan::RunControl &control) {
        if (runDir.isEmpty())
            throw itgan::ConfigError(tr("Choose a run folder first.").toStdString());
        itgan::CompareHooks hooks;
        auto method = std::make_shared<QString>();
        hooks.job.onIteration = [this, method](const itgan::IterationEvent &e) {
            *method = QString::fromStdString(e.method);
            Q_EMIT iterationDone(studio::toInfo(e));
        };
        hooks.job.onControl = [this](const std::string &name, double value, int64_t iteration) {
            Q_EMIT controlApplied(QString::fromStdString(name), value, iteration);
        };
        hooks.job.onPaused = [this](int64_t iteration) { Q_EMIT jobPaused(iteration); };
        auto sinceLastPreview = std::make_shared<QElapsedTimer>();
        hooks.job.previewEvery = 1;
        // A few previews per second at most: generating, converting and painting them
        // costs time, so the job asks before it generates the images.
        hooks.job.previewWanted = [this, sinceLastPreview](int64_t) {
            if (sinceLastPreview->isValid() && sinceLastPreview->elapsed() < d->previewIntervalMs)
                return false;
            sinceLastPreview->start();
            return true;
        };
        hooks.job.onPreview = [this, method](const torch::Tensor &pixels, const torch::Tensor &labels, int64_t iteration) {
            SampleFrame frame;
            frame.iteration = iteration;
            frame.tiles = studio::toTiles(pixels, labels);
            Q_EMIT previewReady(*method, frame);
        };
        hooks.job.onStage = [this](const std::string &text) { Q_EMIT stageChanged(QString::fromStdString(text)); };
        hooks.onStage = hooks.job.onStage;
        hooks.onEvalEpoch = [this](const std::string &set, const std::string &arch, int run, const itgan::EpochRecord &r) {
            Q_EMIT evalEpoch(studio::toInfo(set, arch, run, r));
        };
        // Each checkpoint's images, made while the job runs, so reading the finished folder
        // (below) does not generate every history snapshot through G again.
        d->cache.forgetSnapshotPixels();
        hooks.job.onCheckpointImages = [this](const std::string &file, const torch::Tensor &pixels, const torch::Tensor &) {
            d->cache.keepSnapshotPixels(file, pixels);
        };
        hooks.onSetEvaluated = [this, runDir](const itgan::SetEvaluation &) {
            QFile results(QDir(runDir).filePath(QStringLiteral("results.json")));
            if (results.open(QIODevice::ReadOnly))
                Q_EMIT resultsUpdated(results.readAll());
        };
        nlohmann::json c = toNlohmann(config);
        if (!c.contains("threads"))
            c["threads"] = 0;
        // The studio's own thread setting stays in force (0 in a config = leave it).
        if (c["threads"].get<int>() == 0)
            c["threads"] = static_cast<int>(torch::get_num_threads());
        if (!c.contains("device")) // the studio's device setting (setDevice) stays in force
            c["device"] = itgan::computeDevice().str();
        const auto outcome = itgan::runCompare(c, runDir.toStdString(), resume, &control, hooks);
        const auto contents = studio::readRun(d->cache, runDir.toStdString());
        Q_EMIT runOpened(runDir, contents.board, contents.iterations, contents.results, contents.config,
                         contents.exportSources, contents.curves);
        return job == JobKind::Evaluate ? QString::fromStdString(itgan::resultsTable(outcome.results))
                                                : tr("The sets are in %1").arg(runDir);
    });
}

QJsonObject StudioWorker::buildOnlyConfig(const QJsonObject &config)
{
    QJsonObject buildConfig = config;
    QJsonObject evaluation = buildConfig.value(QStringLiteral("evaluation")).toObject();
    evaluation.insert(QStringLiteral("architectures"), QJsonArray());
    buildConfig.insert(QStringLiteral("evaluation"), evaluation);
    return buildConfig;
}

void StudioWorker::startBuild(const QJsonObject &config, const QString &runDir, bool resume)
{
    runCompareJob(JobKind::Build, buildOnlyConfig(config), runDir, resume);
}

void StudioWorker::startEvaluation(const QJsonObject &config, const QString &runDir)
{
    runCompareJob(JobKind::Evaluate, config, runDir, QDir(runDir).exists(QStringLiteral("config.json")));
}

RunLogs StudioWorker::readRunLogs(const QString &runDir, QString *error)
{
    try {
        return studio::readRunLogs(itgan::RunFolder::open(runDir.toStdString()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(itgan::userMessage(e));
        return {};
    }
}

void StudioWorker::openRun(const QString &runDir)
{
    runJob(JobKind::OpenRun, [&](itgan::RunControl &) {
        const auto contents = studio::readRun(d->cache, runDir.toStdString());
        Q_EMIT runOpened(runDir, contents.board, contents.iterations, contents.results, contents.config,
                         contents.exportSources, contents.curves);
        return tr("Opened run %1").arg(runDir);
    });
}

void StudioWorker::exportSets(const QStringList &sources, const QString &format, const QString &outFolder, bool force)
{
    runJob(JobKind::Export, [&](itgan::RunControl &control) {
        if (sources.isEmpty())
            throw itgan::ConfigError(tr("Choose at least one set to export.").toStdString());
        QStringList written;
        Q_EMIT exportProgress(0, static_cast<int>(sources.size()));
        for (int i = 0; i < sources.size(); ++i) {
            control.token().throwIfCancelled();
            const itgan::ExportSource source = itgan::openExportSource(sources[i].toStdString());
            QString name = QString::fromStdString(source.method);
            if (format == QLatin1String("torch"))
                name += QStringLiteral(".pt");
            const QString out = QDir(outFolder).filePath(name);
            fs::create_directories(outFolder.toStdString());
            itgan::exportDataset(source, format.toStdString(), out.toStdString(), force, &control.token());
            written << out;
            Q_EMIT exportProgress(i + 1, static_cast<int>(sources.size()));
        }
        return tr("Exported %1 set(s) as %2:\n%3").arg(written.size()).arg(format, written.join(QLatin1Char('\n')));
    });
}

void StudioWorker::exportSelection(const QString &runDir, const QMap<QString, QVector<int>> &indicesBySet,
                                   const QString &format, const QString &outFolder, bool force)
{
    runJob(JobKind::Export, [&](itgan::RunControl &control) {
        if (indicesBySet.isEmpty())
            throw itgan::ConfigError(tr("Select some points of the map to export.").toStdString());
        const auto folder = itgan::RunFolder::open(runDir.toStdString());
        QStringList written, skipped;
        int done = 0;
        Q_EMIT exportProgress(0, static_cast<int>(indicesBySet.size()));
        for (auto it = indicesBySet.begin(); it != indicesBySet.end(); ++it) {
            control.token().throwIfCancelled();
            const auto stage = itgan::stageFromName(it.key().toStdString());
            const itgan::StageFolder *found = stage ? folder.stage(*stage) : nullptr;
            if (!found) {
                // The explorer's GAN samples and the real images are not part of the run folder.
                skipped << it.key();
                Q_EMIT exportProgress(++done, static_cast<int>(indicesBySet.size()));
                continue;
            }
            const auto whole = itgan::openExportSource(found->path());
            const auto subset = itgan::selectExportRows(whole, std::vector<int64_t>(it.value().begin(), it.value().end()));
            QString name = it.key();
            if (format == QLatin1String("torch"))
                name += QStringLiteral(".pt");
            const QString out = QDir(outFolder).filePath(name);
            fs::create_directories(outFolder.toStdString());
            itgan::exportDataset(subset, format.toStdString(), out.toStdString(), force, &control.token());
            written << tr("%1 (%2 images)").arg(out).arg(it.value().size());
            Q_EMIT exportProgress(++done, static_cast<int>(indicesBySet.size()));
        }
        if (written.isEmpty())
            throw itgan::ConfigError(tr("Nothing to export: the selection holds only %1, which the run folder does not "
                                        "store (select inversion, IT-GAN or DM points)")
                                         .arg(skipped.join(QStringLiteral(", ")))
                                         .toStdString());
        QString message = tr("Exported the selection as %1:\n%2").arg(format, written.join(QLatin1Char('\n')));
        if (!skipped.isEmpty())
            message += QLatin1Char('\n') + tr("Not exported (not stored in the run folder): %1").arg(skipped.join(QStringLiteral(", ")));
        return message;
    });
}
