#include "MainWindow.h"

#include "JobController.h"
#include "StudioSettings.h"

#include "ExportDialog.h"
#include "AccuracyPlot.h"
#include "LatentExplorer.h"
#include "LatentMapView.h"
#include "LivePlot.h"
#include "LogSlider.h"
#include "ResultsTable.h"
#include "RunPanel.h"
#include "SampleGridWidget.h"
#include "SamplesView.h"
#include "SetStyle.h"
#include "SettingsDialog.h"
#include "engine/ExplorerEngine.h"
#include "engine/StudioWorker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>

namespace {

constexpr int kPreviewPerClass = 10; // images per class of the opening view
constexpr int kMaxRecent = 8;

// The loss plot's name of one term of one stage, e.g. "IT-GAN l_con".
QString lossSeriesName(const IterationInfo &info, const QString &term)
{
    return setTitle(info.method) + QLatin1Char(' ') + term;
}

// A stage's loss terms in its set's colour (SetStyle): the total solid, the terms it sums
// dashed, dotted, dash-dotted in the order the stage reports them.
QPen lossPen(const IterationInfo &info, const QString &term)
{
    static const Qt::PenStyle termStyles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    if (term == QLatin1String("total"))
        return QPen(setColour(info.method), 2.0);
    const int position = static_cast<int>(info.terms.keys().indexOf(term));
    return QPen(setColour(info.method), 1.5, termStyles[std::max(0, position) % 4]);
}

// Adds an iteration's terms to the loss plot; `prefix` names another run's overlaid series.
void addLossPoints(LivePlot *plot, const IterationInfo &info, const QString &prefix = QString())
{
    for (auto term = info.terms.begin(); term != info.terms.end(); ++term) {
        const QString name = prefix + lossSeriesName(info, term.key());
        QPen pen = lossPen(info, term.key());
        if (!prefix.isEmpty()) { // the other run: thinner and lighter
            pen.setWidthF(1.0);
            pen.setColor(pen.color().lighter(140));
        }
        plot->setSeriesPen(name, pen);
        plot->addPoint(name, static_cast<double>(info.iteration), term.value());
    }
}

// What the status bar calls a worker job.
QString jobTitle(JobKind job)
{
    switch (job) {
    case JobKind::OpenInputs: return MainWindow::tr("Opening inputs");
    case JobKind::OpenRun: return MainWindow::tr("Opening the run");
    case JobKind::Build: return MainWindow::tr("Building the sets");
    case JobKind::Evaluate: return MainWindow::tr("Evaluation");
    case JobKind::Export: return MainWindow::tr("Export");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    registerStudioTypes();
    Q_INIT_RESOURCE(studio); // the icons live in this static library
    setWindowTitle(tr("IT-GAN Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/itgan-studio.svg")));
    setAcceptDrops(true);

    m_tabs = new QTabWidget(this);
    m_samples = new SamplesView(m_tabs);
    m_tabs->addTab(m_samples, tr("Samples"));

    auto *plots = new QSplitter(Qt::Vertical, m_tabs);
    m_lossPlot = new LivePlot(tr("iteration"), tr("loss"), plots);
    m_lossPlot->setAutoLogY(true); // L_con and R differ by orders of magnitude
    m_accuracyPlot = new AccuracyPlot(plots);
    m_results = new ResultsTable(plots);
    plots->addWidget(m_lossPlot);
    plots->addWidget(m_accuracyPlot);
    plots->addWidget(m_results);
    m_tabs->addTab(plots, tr("Plots && results"));

    m_explorer = new LatentExplorer(m_tabs);
    m_tabs->addTab(m_explorer, tr("Latent explorer"));
    m_map = new LatentMapView(m_tabs);
    m_tabs->addTab(m_map, tr("Latent map"));
    setCentralWidget(m_tabs);

    m_runPanel = new RunPanel(StudioWorker::defaultConfig(), StudioWorker::configSchema(), this);
    m_runPanel->setConfigChecker(&StudioWorker::configProblem);
    try {
        m_runPanel->setPresets(StudioWorker::presets());
    } catch (const std::exception &e) {
        qWarning("no presets: %s", e.what()); // the form still works from the defaults
    }
    m_runPanel->applyPreset(QStringLiteral("cpu"));
    auto *runDock = new QDockWidget(tr("Run"), this);
    runDock->setObjectName(QStringLiteral("runDock"));
    runDock->setWidget(m_runPanel);
    m_runPanel->setMinimumWidth(400);
    addDockWidget(Qt::LeftDockWidgetArea, runDock);

    m_info = new QPlainTextEdit(this);
    m_info->setReadOnly(true);
    auto *infoDock = new QDockWidget(tr("Model info"), this);
    infoDock->setObjectName(QStringLiteral("infoDock"));
    infoDock->setWidget(m_info);
    m_info->setMinimumWidth(240);
    addDockWidget(Qt::LeftDockWidgetArea, infoDock);
    tabifyDockWidget(runDock, infoDock); // the samples get the width
    runDock->raise();

    m_exportDialog = new ExportDialog(this);
    m_jobStatus = new QLabel(tr("Idle"), this);
    m_threadStatus = new QLabel(this);
    m_kernelSummary = StudioWorker::kernelSummary();
    statusBar()->addWidget(m_jobStatus, 1);
    statusBar()->addPermanentWidget(m_threadStatus);

    // The job worker and the explorer's renderer, each on its own thread, and the job state.
    m_jobs = new JobController(this);
    m_worker = m_jobs->worker();
    m_explorerEngine = m_jobs->explorer();
    connectWorker();

    buildMenus();
    onJobState(JobKind::OpenInputs, JobController::State::Idle);
    updateThreadStatus();
    resize(1400, 900);
    restoreGeometry(StudioSettings::windowGeometry());
    restoreState(StudioSettings::windowState());
    m_runPanel->setRunning(false);
}

MainWindow::~MainWindow()
{
    // The job controller cancels a running job at its next iteration boundary and lets both
    // threads finish (the run folder keeps its last checkpoint); the widgets it reports to
    // must still exist then.
    delete m_jobs;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &dataset…"), QKeySequence(tr("Ctrl+D")), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open dataset folder"));
        if (!dir.isEmpty())
            loadInputs(dir, m_generator);
    });
    file->addAction(tr("Open &generator…"), QKeySequence(tr("Ctrl+G")), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open generator"), QString(),
                                                          tr("Generators (*.pt *.pth);;All files (*)"));
        if (!path.isEmpty())
            openGenerator(path);
    });
    m_openRunAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open run folder…"), QKeySequence::Open, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open run folder"));
        if (!dir.isEmpty())
            openRunFolder(dir);
    });
    m_recentMenu = file->addMenu(tr("Recent"));
    refreshRecentMenu();
    file->addSeparator();
    m_exportAction = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export datasets…"),
                                     QKeySequence(tr("Ctrl+E")), this, &MainWindow::openExportDialog);
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    auto icon = [](const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };
    m_startAction = run->addAction(icon("start"), tr("&Start"), QKeySequence(Qt::Key_F5), this, [this] { startRun(); });
    m_pauseAction = run->addAction(icon("pause"), tr("&Pause / resume"), QKeySequence(Qt::Key_F6),
                                   m_runPanel->pauseButton(), &QPushButton::click);
    m_cancelAction = run->addAction(icon("cancel"), tr("&Cancel"), QKeySequence(Qt::Key_F8), this, &MainWindow::cancelRun);
    m_evaluateAction = run->addAction(icon("evaluate"), tr("&Evaluate"), QKeySequence(Qt::Key_F7), this,
                                      &MainWindow::startEvaluation);
    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolbar"));
    toolbar->addAction(m_openRunAction);
    toolbar->addSeparator();
    toolbar->addActions({m_startAction, m_pauseAction, m_cancelAction, m_evaluateAction});
    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (auto *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i)
        view->addAction(m_tabs->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&")),
                        QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)), this, [this, i] { m_tabs->setCurrentIndex(i); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About IT-GAN Studio"), this, &MainWindow::showAbout);
}

void MainWindow::connectWorker()
{
    connect(m_worker, &StudioWorker::inputsOpened, this,
            [this](const SampleBoard &board, const QString &modelInfo, const QString &datasetInfo) {
                m_samples->setBoard(board);
                m_info->setPlainText(datasetInfo + QStringLiteral("\n\n") + modelInfo);
                Q_EMIT datasetLoaded();
                m_generatorFailed = !board.columns.contains(QStringLiteral("gan"));
                if (!m_generatorFailed) {
                    Q_EMIT generatorLoaded();
                } else {
                    showProblem(modelInfo);
                    Q_EMIT generatorUnavailable(modelInfo);
                }
            });
    connect(m_jobs, &JobController::stateChanged, this, &MainWindow::onJobState);
    connect(m_jobs, &JobController::jobEnded, this, &MainWindow::onJobEnded);
    connect(m_worker, &StudioWorker::stageChanged, this, [this](const QString &text) {
        m_runPanel->setStage(text);
        m_jobStatus->setText(tr("%1: %2").arg(jobTitle(m_jobs->kind()), text));
    });
    connect(m_worker, &StudioWorker::iterationDone, this, &MainWindow::onIteration);
    connect(m_worker, &StudioWorker::previewReady, this,
            [this](const QString &column, const SampleFrame &frame) { m_samples->addFrame(column, frame); });
    connect(m_worker, &StudioWorker::controlApplied, this, [this](const QString &name, double value, qint64 iteration) {
        const QString what = name == QLatin1String("lambda") ? tr("λ") : tr("learning rate");
        statusBar()->showMessage(
            tr("IT-GAN %1 = %2 from iteration %3 (written to the run log)").arg(what).arg(value).arg(iteration), 5000);
    });
    connect(m_worker, &StudioWorker::jobPaused, this, [this](qint64 iteration) {
        m_jobStatus->setText(tr("%1: paused after iteration %2").arg(jobTitle(m_jobs->kind())).arg(iteration));
    });
    connect(m_worker, &StudioWorker::evalEpoch, this, &MainWindow::onEvalEpoch);
    connect(m_worker, &StudioWorker::resultsUpdated, m_results, &ResultsTable::setResults);
    connect(m_worker, &StudioWorker::runOpened, this, &MainWindow::onRunOpened);
    connect(m_worker, &StudioWorker::exportProgress, m_exportDialog, &ExportDialog::setProgress);

    connect(m_explorerEngine, &ExplorerEngine::opened, m_explorer, &LatentExplorer::setSets);
    connect(m_explorerEngine, &ExplorerEngine::rendered, m_explorer, &LatentExplorer::showResult);
    connect(m_explorerEngine, &ExplorerEngine::failed, m_explorer, &LatentExplorer::showError);
    connect(m_explorer, &LatentExplorer::requestChanged, this, [this](const ExploreRequest &request) {
        m_explorer->setRequestedSequence(m_explorerEngine->request(request));
    });
    connect(m_explorer, &LatentExplorer::saveRequested, this, [this](const ExploreRequest &request, const QString &path) {
        QMetaObject::invokeMethod(m_explorerEngine, [=, engine = m_explorerEngine] { engine->saveLatent(request, path); },
                                  Qt::QueuedConnection);
    });
    connect(m_explorer, &LatentExplorer::loadRequested, this, [this](const QString &path) {
        QMetaObject::invokeMethod(m_explorerEngine, [=, engine = m_explorerEngine] { engine->loadLatents(path); }, Qt::QueuedConnection);
    });
    connect(m_explorerEngine, &ExplorerEngine::latentsFileDone, m_explorer, &LatentExplorer::showFileResult);
    // The latent map: computed on the explorer's thread, recomputed when other sets open.
    connect(m_accuracyPlot, &AccuracyPlot::overlayRequested, this, &MainWindow::overlayRun);
    connect(m_explorerEngine, &ExplorerEngine::opened, m_map, &LatentMapView::invalidate);
    connect(m_map, &LatentMapView::requestChanged, this,
            [this](const LatentMapRequest &request) { m_explorerEngine->requestMap(request); });
    connect(m_explorerEngine, &ExplorerEngine::mapReady, m_map, &LatentMapView::setMap);
    connect(m_explorerEngine, &ExplorerEngine::mapFailed, m_map, &LatentMapView::showError);
    connect(m_map, &LatentMapView::nearestRealRequested, m_explorerEngine, &ExplorerEngine::requestNearestReal,
            Qt::DirectConnection); // thread-safe; queued to the engine's thread inside
    connect(m_explorerEngine, &ExplorerEngine::nearestRealReady, m_map, &LatentMapView::showNearestReal);
    connect(m_map, &LatentMapView::summaryRequested, m_explorerEngine, &ExplorerEngine::requestNearestRealSummary,
            Qt::DirectConnection);
    connect(m_explorerEngine, &ExplorerEngine::nearestRealSummaryReady, m_map, &LatentMapView::showNearestRealSummary);
    connect(m_explorerEngine, &ExplorerEngine::nearestRealSummaryReady, m_results, &ResultsTable::setNearestRealSummary);
    connect(m_map, &LatentMapView::pointActivated, this, [this](const QString &set, int label, int indexInClass) {
        m_explorer->showLatent(set, label, indexInClass);
        m_tabs->setCurrentWidget(m_explorer);
    });
    // One step for both views: scrubbing either moves the other.
    connect(m_map, &LatentMapView::stepChanged, m_samples, &SamplesView::showStep);
    connect(m_samples, &SamplesView::stepChanged, m_map, &LatentMapView::setStep);
    connect(m_map, &LatentMapView::exportSelectionRequested, this,
            [this](const QMap<QString, QVector<int>> &indicesBySet, const QString &format, const QString &folder) {
                if (m_runFolder.isEmpty()) {
                    m_map->showExportResult(false, tr("Open a run folder first: the selection is exported from its sets."));
                    return;
                }
                m_exportFromMap = m_jobs->exportSelection(m_runFolder, indicesBySet, format, folder, false);
                if (!m_exportFromMap)
                    m_map->showExportResult(false, tr("Wait until the running job has finished."));
            });
    connect(m_samples, &SamplesView::tileClicked, this, [this](const QString &column, int label, int index) {
        if (column == QLatin1String("dm"))
            return; // pixels, no latent
        m_explorer->showLatent(column == QLatin1String("real") ? QStringLiteral("inversion") : column, label, index);
        m_tabs->setCurrentWidget(m_explorer);
    });

    connect(m_runPanel, &RunPanel::startRequested, this, [this] { startRun(); });
    connect(m_runPanel, &RunPanel::evaluateRequested, this, &MainWindow::startEvaluation);
    connect(m_runPanel, &RunPanel::cancelRequested, m_jobs, &JobController::cancel);
    connect(m_runPanel, &RunPanel::pauseRequested, this, [this](bool pause) {
        if (!m_jobs->isBusy())
            return;
        m_jobs->setPaused(pause);
        m_runPanel->setPaused(pause);
    });
    connect(m_runPanel, &RunPanel::lambdaChanged, m_jobs, &JobController::setLambda);
    connect(m_runPanel, &RunPanel::learningRateChanged, m_jobs, &JobController::setLearningRate);
    connect(m_exportDialog, &ExportDialog::exportRequested, this,
            [this](const QStringList &sources, const QString &format, const QString &folder, bool force) {
                if (!m_jobs->exportSets(sources, format, folder, force))
                    m_exportDialog->showResult(false, tr("Wait until the running job has finished."));
            });
}

void MainWindow::loadInputs(const QString &dataset, const QString &generator)
{
    m_dataset = dataset;
    m_generator = generator;
    m_runPanel->setInputs(dataset, generator);
    m_jobStatus->setText(tr("Loading %1…").arg(dataset));
    m_jobs->openInputs(dataset, generator, kPreviewPerClass);
    QMetaObject::invokeMethod(m_explorerEngine, [=, engine = m_explorerEngine] { engine->openInputs(dataset, generator); },
                              Qt::QueuedConnection);
    if (QFileInfo(dataset).isDir())
        addRecent(dataset);
}

void MainWindow::openGenerator(const QString &path)
{
    addRecent(path);
    loadInputs(m_dataset, path);
}

void MainWindow::openRunFolder(const QString &dir)
{
    m_jobStatus->setText(tr("Opening %1…").arg(dir));
    m_jobs->openRun(dir);
}

void MainWindow::startRun(bool resumeIfPresent)
{
    if (m_jobs->isBusy())
        return;
    QString dir = m_runPanel->runDirectory();
    if (dir.isEmpty()) {
        // A fresh folder under the user's documents, named by the time.
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(QStringLiteral("itgan-runs/run-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        m_runPanel->setRunDirectory(dir);
    }
    bool resume = false;
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("config.json")))) {
        if (!resumeIfPresent) {
            QMessageBox::warning(this, tr("Start"), tr("%1 already holds a run; choose another folder.").arg(dir));
            return;
        }
        resume = true; // the engine checks that the settings match the stored ones
    }
    m_lossPlot->clear();
    for (const char *column : {"inversion", "itgan", "dm"})
        m_samples->grid()->clearColumn(QString::fromLatin1(column));
    m_liveRun = true;
    const QJsonObject config = m_runPanel->config();
    m_jobs->startBuild(config, dir, resume);
}

void MainWindow::startEvaluation()
{
    if (m_jobs->isBusy())
        return;
    QString dir = m_runPanel->runDirectory();
    if (dir.isEmpty()) {
        QMessageBox::information(this, tr("Evaluate"), tr("Choose or start a run folder first."));
        return;
    }
    m_accuracyPlot->clear();
    m_tabs->setCurrentIndex(1);
    m_liveRun = true;
    const QJsonObject config = m_runPanel->config();
    m_jobs->startEvaluation(config, dir);
}

void MainWindow::openExportDialog()
{
    m_exportDialog->setSources(m_exportSources);
    if (m_exportDialog->outputFolder().isEmpty() && !m_runFolder.isEmpty())
        m_exportDialog->setOutputFolder(QDir(m_runFolder).filePath(QStringLiteral("export")));
    m_exportDialog->show();
    m_exportDialog->raise();
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("samples"), QStringLiteral("plots"), QStringLiteral("explorer"), QStringLiteral("map")};
}

void MainWindow::showView(const QString &name)
{
    if (viewNames().contains(name))
        m_tabs->setCurrentIndex(static_cast<int>(viewNames().indexOf(name)));
}

void MainWindow::onIteration(const IterationInfo &info)
{
    addLossPoints(m_lossPlot, info);
    m_runPanel->setProgress(info.iteration, info.iterations, info.seconds, setTitle(info.method));
}

void MainWindow::overlayRun(const QString &dir)
{
    QString error;
    const RunLogs logs = StudioWorker::readRunLogs(dir, &error);
    if (!error.isEmpty()) {
        m_jobStatus->setText(tr("Overlay failed"));
        showProblem(error);
        return;
    }
    const QString label = QDir(dir).dirName();
    m_accuracyPlot->setOverlay(label, logs.curves);
    // The loss terms of the other run: dashed, in the colour of this run's same term.
    if (!m_overlayPrefix.isEmpty())
        m_lossPlot->removeSeriesStartingWith(m_overlayPrefix);
    m_overlayPrefix = QStringLiteral("[%1] ").arg(label);
    for (const auto &info : logs.iterations)
        addLossPoints(m_lossPlot, info, m_overlayPrefix);
    m_lossPlot->redrawNow();
    statusBar()->showMessage(tr("Overlaid %1: %2 evaluation points, %3 logged iterations")
                                 .arg(dir)
                                 .arg(logs.curves.size())
                                 .arg(logs.iterations.size()),
                             8000);
}

void MainWindow::onEvalEpoch(const EvalEpochInfo &info)
{
    m_accuracyPlot->addEpoch(info);
    if (m_jobs->isBusy())
        m_jobStatus->setText(tr("evaluate: %1 on %2, run %3, epoch %4").arg(setTitle(info.set), info.arch).arg(info.run + 1).arg(info.epoch));
}

void MainWindow::onRunOpened(const QString &dir, const SampleBoard &board, const QVector<IterationInfo> &iterations,
                             const QByteArray &results, const QJsonObject &config, const QStringList &exportSources,
                             const QVector<EvalEpochInfo> &curves)
{
    m_runFolder = dir;
    m_exportSources = exportSources;
    m_samples->setBoard(board);
    if (!m_liveRun) {
        // Opened from disk: the plot shows the logged iterations.
        m_lossPlot->clear();
        for (const auto &info : iterations)
            addLossPoints(m_lossPlot, info);
        m_accuracyPlot->setCurves(curves);
        m_runPanel->setRunDirectory(dir);
        if (config.contains(QStringLiteral("itgan")))
            m_runPanel->setConfig(config);
    }
    m_liveRun = false;
    m_lossPlot->redrawNow();
    if (!results.isEmpty())
        m_results->setResults(results);
    QMetaObject::invokeMethod(
        m_explorerEngine, [=, engine = m_explorerEngine] { engine->openRun(dir); }, Qt::QueuedConnection);
    addRecent(dir);
    setWindowTitle(tr("IT-GAN Studio — %1").arg(QDir(dir).dirName()));
    Q_EMIT runOpened(dir);
}

void MainWindow::onJobState(JobKind kind, JobController::State state)
{
    const bool busy = m_jobs->isBusy();
    m_runPanel->setRunning(busy);
    m_startAction->setEnabled(!busy);
    m_pauseAction->setEnabled(busy);
    m_cancelAction->setEnabled(busy);
    m_evaluateAction->setEnabled(!busy);
    switch (state) {
    case JobController::State::Idle: break; // onJobEnded says how it ended
    case JobController::State::Pending: m_jobStatus->setText(tr("%1: waiting to start").arg(jobTitle(kind))); break;
    case JobController::State::Running: m_jobStatus->setText(tr("%1: running").arg(jobTitle(kind))); break;
    // "pausing" until the job acknowledges at its next iteration boundary (StudioWorker::jobPaused).
    case JobController::State::Pausing: m_jobStatus->setText(tr("%1: pausing…").arg(jobTitle(kind))); break;
    case JobController::State::Paused: break; // the jobPaused handler names the iteration
    }
}

void MainWindow::onJobEnded(JobKind job, JobOutcome outcome, const QString &message)
{
    m_liveRun = false;
    m_runPanel->setPaused(false);
    if (outcome == JobOutcome::Failed) {
        m_jobStatus->setText(tr("%1 failed").arg(jobTitle(job)));
        if (job == JobKind::OpenInputs)
            Q_EMIT loadFailed(message);
        else if (job == JobKind::Export && m_exportFromMap)
            m_map->showExportResult(false, message);
        else if (job == JobKind::Export)
            m_exportDialog->showResult(false, message);
        if (job != JobKind::Export)
            showProblem(message);
    } else if (outcome == JobOutcome::Cancelled) {
        m_jobStatus->setText(tr("%1 cancelled; the run folder keeps its last checkpoint").arg(jobTitle(job)));
    } else if (job == JobKind::OpenInputs && m_generatorFailed) {
        // The real images are shown; the generator's failure must not read as "finished".
        m_jobStatus->setText(tr("Dataset loaded; the generator could not be loaded (see Model info)"));
    } else {
        m_jobStatus->setText(tr("%1 finished").arg(jobTitle(job)));
        if (job == JobKind::Export && m_exportFromMap)
            m_map->showExportResult(true, message);
        else if (job == JobKind::Export)
            m_exportDialog->showResult(true, message);
        if (job == JobKind::Evaluate)
            statusBar()->showMessage(tr("Evaluation finished; results in the Plots tab"), 8000);
    }
    if (job == JobKind::Export)
        m_exportFromMap = false;
    Q_EMIT jobEnded(jobKindName(job), jobOutcomeName(outcome));
}

void MainWindow::showProblem(const QString &message)
{
    if (m_closing || !isVisible() || qEnvironmentVariableIsSet("ITGAN_STUDIO_NO_DIALOGS"))
        return;
    // A message is a sentence or two; anything longer (a library's dump) is cut to what fits a screen.
    constexpr int kMaxCharacters = 1500;
    QMessageBox::warning(this, tr("IT-GAN Studio"),
                         message.size() > kMaxCharacters ? message.left(kMaxCharacters) + QStringLiteral(" …") : message);
}

void MainWindow::cancelRun()
{
    m_jobs->cancel();
}

bool MainWindow::isJobRunning() const
{
    return m_jobs->isBusy();
}

QString MainWindow::jobStatus() const
{
    return m_jobStatus->text();
}

QString MainWindow::modelInfo() const
{
    return m_info->toPlainText();
}

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("config.json"))))
        openRunFolder(path);
    else if (info.isDir())
        loadInputs(path, m_generator);
    else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QString error;
        if (!m_runPanel->loadConfig(path, &error))
            QMessageBox::warning(this, tr("Load run configuration"), error);
    } else if (info.isFile())
        openGenerator(path);
    else
        QMessageBox::warning(this, tr("IT-GAN Studio"), tr("%1: no such file or folder").arg(path));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openPath(url.toLocalFile());
}

QStringList MainWindow::recentFiles() const
{
    return StudioSettings::recentFiles();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    StudioSettings::setRecentFiles(recent);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &path : recentFiles())
        m_recentMenu->addAction(path, this, [this, path] { openPath(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(StudioWorker::computeDevices(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_jobs->applyComputeSettings();
        updateThreadStatus();
    }
}

void MainWindow::updateThreadStatus()
{
    m_threadStatus->setText(tr("%1 · %2 LibTorch thread(s) of %3 cores")
                                .arg(JobController::effectiveDevice())
                                .arg(StudioSettings::effectiveThreads())
                                .arg(QThread::idealThreadCount()) + QStringLiteral(" · ")
                            + m_kernelSummary);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IT-GAN Studio"),
                       tr("<b>IT-GAN Studio</b> %1<br>Synthesizing informative training samples with a GAN "
                          "(Zhao &amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by "
                          "side, with live plots, a latent explorer and dataset export.<br><br>Qt %2 · %3")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                StudioWorker::engineDescription().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_closing = true;
    StudioSettings::setWindow(saveGeometry(), saveState());
    // A running job stops at its next iteration boundary; its checkpoint stays valid.
    m_jobs->cancel();
    event->accept();
}
