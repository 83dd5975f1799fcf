#include "JobController.h"

#include "LocalRunProcess.h"
#include "StudioSettings.h"
#include "engine/ExplorerEngine.h"
#include "engine/StudioWorker.h"

#include <QDir>
#include <QThread>

#include <algorithm>

JobController::JobController(QObject *parent) : QObject(parent)
{
    m_workerThread = new QThread(this);
    m_workerThread->setObjectName(QStringLiteral("studio-worker"));
    m_worker = new StudioWorker;
    m_worker->moveToThread(m_workerThread);
    connect(m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_explorerThread = new QThread(this);
    m_explorerThread->setObjectName(QStringLiteral("studio-explorer"));
    m_explorer = new ExplorerEngine;
    m_explorer->moveToThread(m_explorerThread);
    connect(m_explorerThread, &QThread::finished, m_explorer, &QObject::deleteLater);

    connect(m_worker, &StudioWorker::jobStarted, this, [this](const QString &job) {
        JobKind kind;
        if (jobKindFromName(job, &kind))
            setState(kind, State::Running);
    });
    connect(m_worker, &StudioWorker::jobPaused, this, [this] {
        if (m_state == State::Pausing)
            setState(m_kind, State::Paused);
    });
    connect(m_worker, &StudioWorker::jobFinished, this,
            [this](const QString &job, const QString &message) { onEnded(job, JobOutcome::Finished, message); });
    connect(m_worker, &StudioWorker::jobCancelled, this,
            [this](const QString &job) { onEnded(job, JobOutcome::Cancelled, tr("Cancelled.")); });
    connect(m_worker, &StudioWorker::jobFailed, this,
            [this](const QString &job, const QString &message) { onEnded(job, JobOutcome::Failed, message); });
    m_launched = new LocalRunProcess(this);
    // Rank 0's stage lines reach the window as the worker's would.
    connect(m_launched, &LocalRunProcess::stageChanged, this, [this](const QString &text) { Q_EMIT m_worker->stageChanged(text); });
    connect(m_launched, &LocalRunProcess::finished, this, [this](bool succeeded, bool cancelled, const QString &message) {
        onEnded(jobKindName(m_kind), succeeded ? JobOutcome::Finished : cancelled ? JobOutcome::Cancelled : JobOutcome::Failed,
                message);
        if ((succeeded || cancelled) && QDir(m_launchedRunDir).exists(QStringLiteral("config.json")))
            openRun(m_launchedRunDir); // what the processes wrote, shown as any run folder
    });
    m_workerThread->start();
    m_explorerThread->start();
    applyComputeSettings();
}

JobController::~JobController()
{
    m_worker->cancel();
    m_workerThread->quit();
    m_explorerThread->quit();
    m_workerThread->wait();
    m_explorerThread->wait();
}

bool JobController::request(JobKind kind)
{
    if (isBusy())
        return false;
    setState(kind, State::Pending);
    return true;
}

void JobController::setState(JobKind kind, State state)
{
    m_kind = kind;
    m_state = state;
    Q_EMIT stateChanged(kind, state);
}

void JobController::onEnded(const QString &job, JobOutcome outcome, const QString &message)
{
    JobKind kind = m_kind;
    jobKindFromName(job, &kind);
    // An opening job that ends while a long one waits must not clear the long one's state.
    if (kind == m_kind || !isBusy())
        setState(kind, State::Idle);
    Q_EMIT jobEnded(kind, outcome, message);
}

bool JobController::openInputs(const QString &dataset, const QString &generator, int perClass)
{
    if (!request(JobKind::OpenInputs))
        return false;
    // The functors run on the worker's thread: they capture the worker's pointer, never `this`,
    // so nothing of the controller is read there (ThreadSanitizer).
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->openInputs(dataset, generator, perClass); }, Qt::QueuedConnection);
    return true;
}

bool JobController::openRun(const QString &runDir)
{
    if (!request(JobKind::OpenRun))
        return false;
    QMetaObject::invokeMethod(m_worker, [=, worker = m_worker] { worker->openRun(runDir); }, Qt::QueuedConnection);
    return true;
}

void JobController::startLaunched(JobKind kind, QJsonObject config, const QString &runDir, bool resume)
{
    const int processes = StudioSettings::localProcesses();
    const int threadsPerProcess = std::max(1, StudioSettings::effectiveThreads() / processes);
    config.insert(QStringLiteral("threads"), 0); // each rank takes the launcher's threads per rank
    config.insert(QStringLiteral("device"), effectiveDevice());
    QString error;
    if (!m_launched->start(config, runDir, resume, processes, threadsPerProcess, &error)) {
        onEnded(jobKindName(kind), JobOutcome::Failed, error);
        return;
    }
    m_launchedRunDir = runDir;
    setState(kind, State::Running);
    Q_EMIT m_worker->stageChanged(tr("%1 processes × %2 thread(s) started (itgan launch)").arg(processes).arg(threadsPerProcess));
}

bool JobController::startBuild(const QJsonObject &config, const QString &runDir, bool resume)
{
    if (!request(JobKind::Build))
        return false;
    if (StudioSettings::localProcesses() > 1) {
        startLaunched(JobKind::Build, StudioWorker::buildOnlyConfig(config), runDir, resume);
        return true;
    }
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->startBuild(config, runDir, resume); }, Qt::QueuedConnection);
    return true;
}

bool JobController::startEvaluation(const QJsonObject &config, const QString &runDir)
{
    if (!request(JobKind::Evaluate))
        return false;
    if (StudioSettings::localProcesses() > 1) {
        startLaunched(JobKind::Evaluate, config, runDir, QDir(runDir).exists(QStringLiteral("config.json")));
        return true;
    }
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->startEvaluation(config, runDir); }, Qt::QueuedConnection);
    return true;
}

bool JobController::exportSets(const QStringList &sources, const QString &format, const QString &outFolder, bool force)
{
    if (!request(JobKind::Export))
        return false;
    QMetaObject::invokeMethod(m_worker, [=, worker = m_worker] { worker->exportSets(sources, format, outFolder, force); },
                              Qt::QueuedConnection);
    return true;
}

bool JobController::exportSelection(const QString &runDir, const QMap<QString, QVector<int>> &indicesBySet,
                                    const QString &format, const QString &outFolder, bool force)
{
    if (!request(JobKind::Export))
        return false;
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->exportSelection(runDir, indicesBySet, format, outFolder, force); },
        Qt::QueuedConnection);
    return true;
}

void JobController::setPaused(bool paused)
{
    if (!isBusy())
        return;
    if (m_launched->isRunning()) {
        Q_EMIT m_worker->stageChanged(tr("pausing needs a run in one process; Cancel stops every process and keeps "
                                         "the last checkpoint"));
        return;
    }
    if (paused) {
        m_worker->pause();
        setState(m_kind, State::Pausing); // Paused once the job acknowledges (jobPaused)
    } else {
        m_worker->resume();
        setState(m_kind, State::Running);
    }
}

void JobController::cancel()
{
    m_launched->cancel();
    m_worker->cancel();
}

// Live values reach only a job on the worker thread (not the processes of a launched run).
void JobController::setLambda(double lambda)
{
    if (isBusy() && !m_launched->isRunning())
        m_worker->setLambda(lambda);
}

void JobController::setLearningRate(double learningRate)
{
    if (isBusy() && !m_launched->isRunning())
        m_worker->setLearningRate(learningRate);
}

QString JobController::effectiveDevice()
{
    const QString device = StudioSettings::device();
    return StudioWorker::computeDevices().contains(device) ? device : QStringLiteral("cpu");
}

void JobController::applyComputeSettings()
{
    const QString device = effectiveDevice();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, device] { worker->setDevice(device); }, Qt::QueuedConnection);
    const int threads = StudioSettings::effectiveThreads();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, threads] { worker->setThreads(threads); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_explorer, [explorer = m_explorer, threads] { explorer->setThreads(threads); }, Qt::QueuedConnection);
}
