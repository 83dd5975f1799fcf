#pragma once
// The IT-GAN Studio main window. It opens on the embedded default (Fashion-MNIST, the
// bundled generator and ConvNet) and hosts the samples view (Real | GAN | Inversion |
// IT-GAN | DM), the run panel, the live plots and results, the latent explorer and the
// export dialog. Its JobController owns the two background threads — the job worker
// (every LibTorch job) and the explorer's renderer — and the job state; the GUI thread
// never runs LibTorch math. The window is layout and wiring.
#include "JobController.h"
#include "StudioTypes.h"

#include <QJsonObject>
#include <QMainWindow>

class AccuracyPlot;
class ExplorerEngine;
class ExportDialog;
class LatentExplorer;
class LatentMapView;
class LivePlot;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTabWidget;
class QThread;
class ResultsTable;
class RunPanel;
class SamplesView;
class StudioWorker;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a dataset and generator ("bundled" = the bundled model) on the worker.
    void loadInputs(const QString &dataset, const QString &generator = QStringLiteral("bundled"));
    void openGenerator(const QString &path);
    void openRunFolder(const QString &dir);
    // Starts building the run panel's sets in `dir` (empty = the panel's folder).
    void startRun(bool resumeIfPresent = true);
    void startEvaluation();
    // Cancels the running job at its next iteration boundary (the Cancel action).
    void cancelRun();
    void openExportDialog();
    // Draws another run folder's loss terms and accuracy curves over this one's (dashed / dotted).
    void overlayRun(const QString &dir);
    // Shows a view by name (one of viewNames()).
    void showView(const QString &name);
    // The views `showView` and `itgan-studio --view` know, in tab order: samples, plots,
    // explorer, map.
    static QStringList viewNames();

    SamplesView *samplesView() const { return m_samples; }
    RunPanel *runPanel() const { return m_runPanel; }
    LivePlot *lossPlot() const { return m_lossPlot; }
    AccuracyPlot *accuracyPlot() const { return m_accuracyPlot; }
    ResultsTable *resultsTable() const { return m_results; }
    LatentExplorer *explorer() const { return m_explorer; }
    LatentMapView *latentMap() const { return m_map; }
    StudioWorker *worker() const { return m_worker; }
    ExplorerEngine *explorerEngine() const { return m_explorerEngine; }
    ExportDialog *exportDialog() const { return m_exportDialog; }
    QString modelInfo() const;
    // The status bar's job line ("Open inputs finished", "… could not be loaded").
    QString jobStatus() const;
    QString currentRunFolder() const { return m_runFolder; }
    bool isJobRunning() const;
    QStringList recentFiles() const;

Q_SIGNALS:
    void datasetLoaded();
    void loadFailed(const QString &message);
    void generatorLoaded();
    void generatorUnavailable(const QString &message);
    void runOpened(const QString &dir);
    void jobEnded(const QString &job, const QString &outcome); // finished | cancelled | failed

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void connectWorker();
    void openPath(const QString &path);
    void addRecent(const QString &path);
    void refreshRecentMenu();
    void showSettings();
    void showAbout();
    void onJobState(JobKind kind, JobController::State state);
    void onIteration(const IterationInfo &info);
    void onRunOpened(const QString &dir, const SampleBoard &board, const QVector<IterationInfo> &iterations,
                     const QByteArray &results, const QJsonObject &config, const QStringList &exportSources,
                     const QVector<EvalEpochInfo> &curves);
    void onEvalEpoch(const EvalEpochInfo &info);
    void onJobEnded(JobKind job, JobOutcome outcome, const QString &message);
    // A warning dialog with a failure's message (none in tests: ITGAN_STUDIO_NO_DIALOGS).
    void showProblem(const QString &message);
    void updateThreadStatus();

    SamplesView *m_samples = nullptr;
    RunPanel *m_runPanel = nullptr;
    LivePlot *m_lossPlot = nullptr;
    AccuracyPlot *m_accuracyPlot = nullptr;
    ResultsTable *m_results = nullptr;
    LatentExplorer *m_explorer = nullptr;
    LatentMapView *m_map = nullptr;
    QPlainTextEdit *m_info = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExportDialog *m_exportDialog = nullptr;
    QMenu *m_recentMenu = nullptr;
    class QAction *m_openRunAction = nullptr;
    class QAction *m_exportAction = nullptr;
    class QAction *m_startAction = nullptr;
    class QAction *m_pauseAction = nullptr;
    class QAction *m_cancelAction = nullptr;
    class QAction *m_evaluateAction = nullptr;
    QLabel *m_jobStatus = nullptr;
    QLabel *m_threadStatus = nullptr;
    // The kernels this CPU runs, in short (probed once: under 50 ms, oneDNN primitive descriptors).
    QString m_kernelSummary;

    JobController *m_jobs = nullptr;               // owns both threads and the job state
    StudioWorker *m_worker = nullptr;              // m_jobs's, for its signals
    ExplorerEngine *m_explorerEngine = nullptr;    // m_jobs's

    QString m_dataset = QStringLiteral("fashion-mnist");
    QString m_generator = QStringLiteral("bundled");
    QString m_runFolder;
    QStringList m_exportSources;
    bool m_liveRun = false;
    bool m_closing = false;
    bool m_generatorFailed = false; // the last inputs opened without their generator
    bool m_exportFromMap = false;
    QString m_overlayPrefix;        // the loss plot's overlay series start with it   // the running export is the latent map's selection
};
