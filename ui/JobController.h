#pragma once
// Owns the studio's two computing threads — the job worker (every LibTorch job) and the
// latent explorer's renderer — and the state of the current job. A request moves the
// state to Pending at once, so a quick second Start cannot queue a duplicate job; the
// worker's signals move it on (Running, Paused) and back to Idle. The main window only
// asks and reacts. With several local processes set (StudioSettings), Start and Evaluate
// run as `itgan launch` child processes instead (LocalRunProcess), and the finished
// folder is opened like any other.
#include "engine/JobKind.h"

#include <QJsonObject>
#include <QMap>
#include <QVector>
#include <QObject>
#include <QStringList>

class ExplorerEngine;
class LocalRunProcess;
class QThread;
class StudioWorker;

class JobController : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Pending, Running, Pausing, Paused };

    explicit JobController(QObject *parent = nullptr);
    // Cancels a running job at its next iteration boundary and waits for both threads.
    ~JobController() override;

    StudioWorker *worker() const { return m_worker; }
    ExplorerEngine *explorer() const { return m_explorer; }

    State state() const { return m_state; }
    JobKind kind() const { return m_kind; }
    // A long job (build, evaluate, export) is pending or under way.
    bool isBusy() const { return m_state != State::Idle && isLongJob(m_kind); }

    // Each returns false, queuing nothing, while a long job is pending or running.
    bool openInputs(const QString &dataset, const QString &generator, int perClass);
    bool openRun(const QString &runDir);
    bool startBuild(const QJsonObject &config, const QString &runDir, bool resume);
    bool startEvaluation(const QJsonObject &config, const QString &runDir);
    bool exportSets(const QStringList &sources, const QString &format, const QString &outFolder, bool force);
    bool exportSelection(const QString &runDir, const QMap<QString, QVector<int>> &indicesBySet, const QString &format,
                         const QString &outFolder, bool force);

    // For the running job (no-ops when idle).
    void setPaused(bool paused);
    void cancel();
    void setLambda(double lambda);
    void setLearningRate(double learningRate);

    // Applies StudioSettings' thread rule to every thread that runs LibTorch, and its
    // device (from the next job on).
    void applyComputeSettings();
    // The device jobs compute on: StudioSettings::device() when this machine has it, else "cpu".
    static QString effectiveDevice();

Q_SIGNALS:
    void stateChanged(JobKind kind, JobController::State state);
    void jobEnded(JobKind kind, JobOutcome outcome, const QString &message);

private:
    bool request(JobKind kind);
    // Start / Evaluate as several processes (StudioSettings::localProcesses() > 1).
    void startLaunched(JobKind kind, QJsonObject config, const QString &runDir, bool resume);
    void setState(JobKind kind, State state);
    void onEnded(const QString &job, JobOutcome outcome, const QString &message);

    QThread *m_workerThread = nullptr;
    StudioWorker *m_worker = nullptr;
    QThread *m_explorerThread = nullptr;
    ExplorerEngine *m_explorer = nullptr;
    LocalRunProcess *m_launched = nullptr;
    QString m_launchedRunDir;
    State m_state = State::Idle;
    JobKind m_kind = JobKind::OpenInputs;
};
