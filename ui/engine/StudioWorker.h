#pragma once
// The studio's one long-lived job worker. The main window moves it to a QThread it owns
// and calls its slots through queued connections; every LibTorch computation of a job
// (opening inputs, inversion, IT-GAN, DM, evaluation, export) runs on that thread. It
// reports through signals carrying plain values. Control requests (pause, resume,
// cancel, λ, learning rate) are thread-safe direct calls that the job reads at its next
// iteration boundary. No LibTorch types in this header.
#include "JobKind.h"
#include "StudioTypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

class StudioWorker : public QObject {
    Q_OBJECT

public:
    explicit StudioWorker(QObject *parent = nullptr);
    ~StudioWorker() override;

    // Thread-safe; any thread. They act on the job running now (no-ops when idle).
    void pause();
    void resume();
    void cancel();
    // IT-GAN's live λ and learning rate. A compare job runs inversion, IT-GAN and DM in
    // turn: a value set before IT-GAN starts waits for it; inversion and DM never take it.
    void setLambda(double lambda);
    void setLearningRate(double learningRate);
    bool isBusy() const;
    // Minimum time between two live previews (milliseconds).
    void setPreviewInterval(int milliseconds);

    // The engine's complete default compare configuration (cheap, any thread).
    static QJsonObject defaultConfig();
    // The field tables: {"compare": [top-level keys], "inversion": [...], "itgan": [...], "dm": [...],
    // "evaluation": [...]}
    // (core/base/ConfigSchema.h describe()): what the run panel builds its form from.
    static QJsonObject configSchema();
    // What the engine finds wrong with a compare configuration before any work (every key,
    // type, range, name — itgan::completeCompareConfig), or "" when it would run it.
    static QString configProblem(const QJsonObject &config);
    // The compare presets [{name, title, description, overlay}] from resources/presets.
    static QJsonArray presets();
    // "LibTorch 1.13 · cpu" (the compute device) and the kernels in use, one per line, for the About dialog.
    static QString engineDescription();
    // A run folder's iteration log and evaluation curves, read on the calling thread (cheap: no
    // images, no LibTorch): the curves overlaid from a second run. Empty logs and `error` set
    // (naming the folder) when it is no run folder.
    static RunLogs readRunLogs(const QString &runDir, QString *error);
    // The compute path in a few words for the status bar, e.g. "Winograd (oneDNN avx512_core)".
    static QString kernelSummary();
    // What jobs can compute on here: "cpu", then "cuda:0", ... (core/base/ComputeDevice.h).
    static QStringList computeDevices();

public Q_SLOTS:
    // Real and GAN samples of a dataset and generator (generator "" = none).
    void openInputs(const QString &dataset, const QString &generator, int perClass);
    // Builds the configured sets into `runDir` (inversion → IT-GAN, DM, ...) without
    // evaluating them; `resume` continues a run folder from its checkpoints.
    // The compare configuration Start runs: building only, since evaluation is its own step
    // (Evaluate), so no architectures. Also for runs of several processes (LocalRunProcess).
    static QJsonObject buildOnlyConfig(const QJsonObject &config);
    void startBuild(const QJsonObject &config, const QString &runDir, bool resume);
    // Evaluates the configured sets (builds what is missing first), with live curves.
    void startEvaluation(const QJsonObject &config, const QString &runDir);
    // Reads a run folder: samples with their history, the iteration log, results.
    void openRun(const QString &runDir);
    // Writes each run folder in `sources` as `format` into `outFolder` (one entry each).
    void exportSets(const QStringList &sources, const QString &format, const QString &outFolder, bool force);
    // Writes the images `indicesBySet[set]` of the run folder's sets (inversion, itgan, dm) as
    // `format` into `outFolder`, one entry per set (the latent map's selection).
    void exportSelection(const QString &runDir, const QMap<QString, QVector<int>> &indicesBySet, const QString &format,
                         const QString &outFolder, bool force);
    // LibTorch threads for this thread's jobs (JobController applies StudioSettings'
    // rule to every studio thread that computes).
    void setThreads(int threads);
    // The device of every studio thread's jobs from the next job on (process-wide, like
    // LibTorch's threads); one of computeDevices().
    void setDevice(const QString &device);

Q_SIGNALS:
    void inputsOpened(const SampleBoard &board, const QString &modelInfo, const QString &datasetInfo);
    void jobStarted(const QString &job);
    void stageChanged(const QString &text);
    void iterationDone(const IterationInfo &info);
    void previewReady(const QString &column, const SampleFrame &frame);
    void controlApplied(const QString &name, double value, qint64 iteration);
    // A pause took effect: the job stopped after `iteration` and waits for resume.
    void jobPaused(qint64 iteration);
    void evalEpoch(const EvalEpochInfo &info);
    void resultsUpdated(const QByteArray &resultsJson);
    void runOpened(const QString &runDir, const SampleBoard &board, const QVector<IterationInfo> &iterations,
                   const QByteArray &resultsJson, const QJsonObject &config, const QStringList &exportSources,
                   const QVector<EvalEpochInfo> &curves);
    void exportProgress(int done, int total);
    void jobFinished(const QString &job, const QString &message);
    void jobFailed(const QString &job, const QString &message);
    void jobCancelled(const QString &job);

private:
    void runCompareJob(JobKind job, const QJsonObject &config, const QString &runDir, bool resume);
    template <typename Work>
    void runJob(JobKind job, Work &&work);

    struct State;
    std::unique_ptr<State> d;
};
