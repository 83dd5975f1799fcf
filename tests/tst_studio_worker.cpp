// End to end through the studio's worker thread: a tiny IT-GAN run (bundled generator,
// 2 latents per class) started on a QThread, paused, given a new λ, resumed, cancelled;
// the run log records the change; live values moved during inversion and DM wait for
// IT-GAN; the folder reopens and resumes. Then the export dialog
// writes a finished run's sets, and closing the main window mid-run cancels cleanly.
#include "core/base/TorchInclude.h" // first: Qt's `slots` macro breaks LibTorch's headers

#include "AccuracyPlot.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "LivePlot.h"
#include "ResultsTable.h"
#include "RunPanel.h"
#include "StudioSettings.h"
#include "StudioTestConfig.h"
#include "TestSupport.h"
#include "core/base/ErrorMessage.h"
#include "core/io/TensorIo.h"
#include "engine/EngineCache.h"
#include "engine/StudioWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

QVector<QJsonObject> readEvents(const QString &file)
{
    QVector<QJsonObject> events;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return events;
    for (const QByteArray &line : in.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            events << QJsonDocument::fromJson(line).object();
    return events;
}

// λ and the learning rate a stage's checkpoint.pt holds (what a resume continues with).
std::pair<double, double> readCheckpointLiveValues(const QString &path)
{
    torch::serialize::InputArchive archive;
    archive.load_from(path.toStdString());
    torch::Tensor lambda, learningRate;
    archive.read("lambda", lambda);
    archive.read("lr", learningRate);
    return {lambda.item<double>(), learningRate.item<double>()};
}

// A worker living on `thread` (deleted when the thread finishes), as the studio runs it.
StudioWorker *startWorkerOn(QThread &thread)
{
    auto *worker = new StudioWorker;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    return worker;
}

// What a worker on its own thread emitted, recorded on the test's thread in emission order.
// QSignalSpy records on the emitting thread (a direct connection): the worker appended to
// the list while the test read it, a data race ThreadSanitizer found. Here a queued
// connection hands each emission to the test's thread, which the QTRY_ macros let run.
class ThreadSpy : public QObject, public QList<QVariantList> {
public:
    template <typename Sender, typename... Args>
    ThreadSpy(const Sender *sender, void (Sender::*signal)(Args...))
    {
        connect(sender, signal, this,
                [this](Args... args) { append(QVariantList{QVariant::fromValue(std::decay_t<Args>(args))...}); },
                Qt::QueuedConnection);
    }
};

// The outcome of the first `job` ("build", "evaluate", …) that ended, or "" (other jobs,
// such as opening the finished folder, end in between).
QString outcomeOf(const QList<QVariantList> &ended, const QString &job)
{
    for (const auto &args : ended)
        if (args.at(0).toString() == job)
            return args.at(1).toString();
    return {};
}

int lastItganIteration(const QList<QVariantList> &spy)
{
    for (int i = spy.count() - 1; i >= 0; --i) {
        const auto info = spy.at(i).first().value<IterationInfo>();
        if (info.method == QLatin1String("itgan"))
            return static_cast<int>(info.iteration);
    }
    return 0;
}

} // namespace

class StudioWorkerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ITGAN_STUDIO_NO_DIALOGS", "1");
        QCoreApplication::setOrganizationName(QStringLiteral("itgan-studio-tests"));
        registerStudioTypes();
    }

    // Every test starts on the worker thread, whatever an earlier (failed) test set.
    void init() { StudioSettings::setLocalProcesses(1); }
    void cleanup() { StudioSettings::setLocalProcesses(1); }

    void pauseLambdaResumeCancelOnTheWorkerThread()
    {
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("run"));
        QThread thread;
        StudioWorker *worker = startWorkerOn(thread);
        worker->setPreviewInterval(0);

        ThreadSpy iterations(worker, &StudioWorker::iterationDone);
        ThreadSpy previews(worker, &StudioWorker::previewReady);
        ThreadSpy controls(worker, &StudioWorker::controlApplied);
        ThreadSpy cancelled(worker, &StudioWorker::jobCancelled);
        ThreadSpy failed(worker, &StudioWorker::jobFailed);
        ThreadSpy paused(worker, &StudioWorker::jobPaused);
        const QJsonObject config = itgan::test::tinyStudioConfig(100000);
        QMetaObject::invokeMethod(worker, [=] { worker->startBuild(config, runDir, false); }, Qt::QueuedConnection);

        QTRY_VERIFY_WITH_TIMEOUT(lastItganIteration(iterations) >= 3 || !failed.isEmpty(), itgan::test::scaledTimeout(120000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(worker->isBusy());
        QVERIFY(!previews.isEmpty());
        QCOMPARE(previews.last().first().toString(), QStringLiteral("itgan"));

        // Paused: the iteration in flight finishes, then the job acknowledges and waits.
        worker->pause();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, itgan::test::scaledTimeout(60000));
        const int pausedAt = static_cast<int>(paused.first().first().toLongLong());
        QCOMPARE(lastItganIteration(iterations), pausedAt);

        worker->setLambda(0.5);
        worker->resume();
        QTRY_VERIFY_WITH_TIMEOUT(lastItganIteration(iterations) >= pausedAt + 2, itgan::test::scaledTimeout(60000));
        QCOMPARE(controls.count(), 1);
        QCOMPARE(controls.first().at(0).toString(), QStringLiteral("lambda"));
        QCOMPARE(controls.first().at(1).toDouble(), 0.5);
        const qint64 appliedAt = controls.first().at(2).toLongLong();
        QCOMPARE(appliedAt, pausedAt + 1);
        const auto latest = iterations.last().first().value<IterationInfo>();
        QCOMPARE(latest.lambda, 0.5);
        QVERIFY(latest.terms.contains("l_con") && latest.terms.contains("r") && latest.terms.contains("total"));

        worker->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, itgan::test::scaledTimeout(60000));
        QVERIFY(!worker->isBusy());

        // The run log: λ 0.001 before the change, the control line, λ 0.5 after.
        const auto events = readEvents(QDir(runDir).filePath(QStringLiteral("itgan/events.jsonl")));
        QVERIFY(!events.isEmpty());
        bool sawControl = false;
        for (const auto &e : events) {
            if (e.contains("control")) {
                sawControl = true;
                QCOMPARE(e["control"].toString(), QStringLiteral("lambda"));
                QCOMPARE(e["value"].toDouble(), 0.5);
                continue;
            }
            QCOMPARE(e["lambda"].toDouble(), e["iteration"].toInt() < appliedAt ? 0.001 : 0.5);
        }
        QVERIFY(sawControl);

        // The cancelled folder opens (history frames for the step slider) and resumes.
        ThreadSpy opened(worker, &StudioWorker::runOpened);
        QMetaObject::invokeMethod(worker, [=] { worker->openRun(runDir); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, itgan::test::scaledTimeout(60000));
        const auto board = opened.first().at(1).value<SampleBoard>();
        QVERIFY(board.columns.contains("itgan"));
        QVERIFY(board.columns["itgan"].size() >= 2); // several checkpoints to scrub
        QCOMPARE(board.columns["itgan"].first().tiles.size(), 20);
        QCOMPARE(board.columns["real"].first().tiles.size(), 20);

        iterations.clear();
        QMetaObject::invokeMethod(worker, [=] { worker->startBuild(config, runDir, true); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(lastItganIteration(iterations) > 0 || !failed.isEmpty(), itgan::test::scaledTimeout(120000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(lastItganIteration(iterations) > 2); // continued from a checkpoint, not from 1
        worker->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 2, itgan::test::scaledTimeout(60000));

        thread.quit();
        thread.wait();
    }

    // The λ / learning-rate sliders are IT-GAN's: moved while inversion or DM runs, they
    // change neither stage (logs and checkpoints keep the configured rates) and IT-GAN
    // starts with the newest values.
    void liveValuesWaitForItganAndLeaveOtherStagesAlone()
    {
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("run"));
        QThread thread;
        StudioWorker *worker = startWorkerOn(thread);

        ThreadSpy iterations(worker, &StudioWorker::iterationDone);
        ThreadSpy paused(worker, &StudioWorker::jobPaused);
        ThreadSpy controls(worker, &StudioWorker::controlApplied);
        ThreadSpy finished(worker, &StudioWorker::jobFinished);
        ThreadSpy failed(worker, &StudioWorker::jobFailed);
        QJsonObject config = itgan::test::tinyStudioConfig(4);
        config["sets"] = QJsonArray{"dm", "itgan"}; // built in this order: inversion, DM, IT-GAN
        QJsonObject inversion = config["inversion"].toObject();
        inversion["iterations"] = 30; // long enough to be paused mid-stage (~3 s each)
        config["inversion"] = inversion;
        QJsonObject dm = config["dm"].toObject();
        dm["iterations"] = 60;
        dm["real_batch"] = 16;
        dm["checkpoint_every"] = 20;
        config["dm"] = dm;
        QMetaObject::invokeMethod(worker, [=] { worker->startBuild(config, runDir, false); }, Qt::QueuedConnection);

        // Both sliders moved while each of the two other stages is paused.
        const auto moveDuring = [&](const QString &stage, double lambda, double learningRate) {
            // Generous: loading the inputs and the first iterations on a busy 2-core machine.
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || (!iterations.isEmpty()
                                     && iterations.last().first().value<IterationInfo>().method == stage), itgan::test::scaledTimeout(600000));
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
            const int pausesBefore = paused.count();
            worker->pause();
            QTRY_COMPARE_WITH_TIMEOUT(paused.count(), pausesBefore + 1, itgan::test::scaledTimeout(60000));
            QCOMPARE(iterations.last().first().value<IterationInfo>().method, stage);
            worker->setLambda(lambda);
            worker->setLearningRate(learningRate);
            worker->resume();
        };
        // However the test ends, the job stops and the thread finishes before `thread` goes.
        struct StopWorker {
            QPointer<StudioWorker> worker;
            QThread &thread;
            ~StopWorker()
            {
                if (worker)
                    worker->cancel();
                thread.quit();
                thread.wait();
            }
        } stopWorker{worker, thread};
        moveDuring(QStringLiteral("inversion"), 0.5, 0.02);
        if (QTest::currentTestFailed())
            return;
        moveDuring(QStringLiteral("dm"), 0.25, 0.03);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), itgan::test::scaledTimeout(600000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        thread.quit();
        thread.wait();

        // Applied once each, by IT-GAN, before its first iteration, with the newest values.
        QCOMPARE(controls.count(), 2);
        for (const auto &control : controls) {
            QCOMPARE(control.at(2).toLongLong(), 1);
            QCOMPARE(control.at(1).toDouble(), control.at(0).toString() == QLatin1String("lambda") ? 0.25 : 0.03);
        }
        const QDir run(runDir);
        const struct {
            const char *stage;
            double lambda, learningRate;
            int controlLines;
        } expected[] = {{"inversion", 0.0, 0.1, 0}, {"dm", 0.0, 1.0, 0}, {"itgan", 0.25, 0.03, 2}};
        for (const auto &e : expected) {
            int controlLines = 0, iterationLines = 0;
            for (const auto &line : readEvents(run.filePath(QStringLiteral("%1/events.jsonl").arg(e.stage)))) {
                if (line.contains("control")) {
                    ++controlLines;
                    continue;
                }
                ++iterationLines;
                QCOMPARE(line["lambda"].toDouble(), e.lambda);
                QCOMPARE(line["lr"].toDouble(), e.learningRate);
            }
            QVERIFY2(iterationLines > 0, e.stage);
            QCOMPARE(controlLines, e.controlLines);
            const auto checkpoint = readCheckpointLiveValues(run.filePath(QStringLiteral("%1/checkpoint.pt").arg(e.stage)));
            QCOMPARE(checkpoint.first, e.lambda);
            QCOMPARE(checkpoint.second, e.learningRate);
        }
    }

    // The images a job made for a checkpoint are reused by the reader of the finished run,
    // but only while the snapshot file is the one they were made from.
    void keptSnapshotPixelsFollowTheirFile()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("iteration_000010.pt")).toStdString();
        itgan::saveTensorMap({{"latents", torch::zeros({2, 4})}}, file);
        studio::EngineCache cache;
        const torch::Tensor pixels = torch::full({2, 1, 4, 4}, 7, torch::kUInt8);
        cache.keepSnapshotPixels(file, pixels);
        QVERIFY(cache.snapshotPixels(file).defined());
        QVERIFY(torch::equal(cache.snapshotPixels(file), pixels));
        QVERIFY(!cache.snapshotPixels(file + "x").defined());
        itgan::saveTensorMap({{"latents", torch::zeros({200, 4})}}, file); // a resumed run rewrote it
        QVERIFY(!cache.snapshotPixels(file).defined());
        cache.keepSnapshotPixels(file, pixels);
        cache.forgetSnapshotPixels();
        QVERIFY(!cache.snapshotPixels(file).defined());
    }

    void libtorchErrorsReachTheUserWithoutBacktrace()
    {
        // A c10::Error carries a C++ backtrace in what(); the studio shows its message only.
        const c10::Error error({"testFunction", "test.cpp", 1}, "shape mismatch in test");
        QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("Exception raised from")));
        QCOMPARE(QString::fromStdString(itgan::userMessage(error)), QStringLiteral("shape mismatch in test"));
        try {
            (void)torch::zeros({2}).view({3});
            QFAIL("LibTorch accepted an impossible view");
        } catch (const std::exception &e) { // c10::Error, or std::runtime_error from some LibTorch builds
            const QString shown = QString::fromStdString(itgan::userMessage(e));
            QVERIFY2(shown.contains(QStringLiteral("shape")), qPrintable(shown));
            QVERIFY2(!shown.contains(QStringLiteral("frame #")) && !shown.contains(QStringLiteral("Exception raised from")),
                     qPrintable(shown));
        }
    }

    void aBadConfigurationIsReportedNotFatal()
    {
        QTemporaryDir dir;
        StudioWorker worker; // runs on this thread: the slots are plain calls here
        QSignalSpy failed(&worker, &StudioWorker::jobFailed);
        QJsonObject config = itgan::test::tinyStudioConfig(2);
        QJsonObject itgan = config["itgan"].toObject();
        itgan["objective"] = "telepathy";
        config["itgan"] = itgan;
        worker.startBuild(config, dir.filePath(QStringLiteral("bad")), false);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(1).toString().contains("telepathy"), qPrintable(failed.first().at(1).toString()));
        worker.openRun(dir.filePath(QStringLiteral("nothing-here")));
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.last().at(1).toString().contains("nothing-here"));
    }

    void exportDialogWritesTheRunsSets()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::jobEnded);
        QSignalSpy opened(&window, &MainWindow::runOpened);
        const QString runDir = dir.filePath(QStringLiteral("run"));
        window.runPanel()->setConfig(itgan::test::tinyStudioConfig(2));
        window.runPanel()->setRunDirectory(runDir);
        window.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty() && ended.last().at(0) == "build", itgan::test::scaledTimeout(180000));
        QCOMPARE(ended.last().at(1).toString(), QStringLiteral("finished"));
        QTRY_VERIFY(!opened.isEmpty());
        QCOMPARE(window.currentRunFolder(), runDir);

        window.openExportDialog();
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->chosenSources().size(), 2); // the finished inversion and IT-GAN runs
        const QString out = dir.filePath(QStringLiteral("export"));
        dialog->setOutputFolder(out);
        dialog->setFormat(QStringLiteral("npy"));
        dialog->exportButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith("Done") || dialog->resultText().startsWith("Failed"),
                                 itgan::test::scaledTimeout(60000));
        QVERIFY2(dialog->resultText().startsWith("Done"), qPrintable(dialog->resultText()));
        QFile images(QDir(out).filePath(QStringLiteral("itgan/images.npy")));
        QVERIFY(images.open(QIODevice::ReadOnly));
        const QByteArray npy = images.readAll();
        QVERIFY(npy.startsWith("\x93NUMPY"));
        QVERIFY2(npy.contains("'shape': (20, 28, 28, 1)"), npy.left(128).constData());
        QVERIFY(npy.size() >= 20 * 28 * 28);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("itgan/labels.npy"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("inversion/images.npy"))));

        // Again without "replace": refused with a message naming the existing output, files intact.
        dialog->exportButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith("Failed"), itgan::test::scaledTimeout(60000));
        QVERIFY2(dialog->resultText().contains(out), qPrintable(dialog->resultText()));
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("itgan/images.npy"))).size() == npy.size());

        // A torch .pt file too.
        dialog->setFormat(QStringLiteral("torch"));
        dialog->exportButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(out).filePath(QStringLiteral("itgan.pt"))), itgan::test::scaledTimeout(60000));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith("Done"), itgan::test::scaledTimeout(60000));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("inversion.pt"))));
    }

    void evaluationFromTheWindowFillsCurvesAndResults()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy ended(&window, &MainWindow::jobEnded);
        QJsonObject config = itgan::test::tinyStudioConfig(2);
        config["sets"] = QJsonArray{"random"}; // no generator work: the evaluation is what is tested
        // Tested on 500 images instead of 10 000: the curves and the table are the subject.
        config["dataset"] = QString::fromStdString(
            itgan::test::writeFashionMnistSubset(dir.filePath(QStringLiteral("fashion-mnist-small")).toStdString(), 20, 50));
        QJsonObject evaluation = config["evaluation"].toObject();
        evaluation["runs"] = 2;
        evaluation["epochs"] = 3;
        config["evaluation"] = evaluation;
        window.runPanel()->setConfig(config);
        window.runPanel()->setRunDirectory(dir.filePath(QStringLiteral("run")));
        window.startEvaluation();
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), itgan::test::scaledTimeout(300000));
        QCOMPARE(ended.last().at(0).toString(), QStringLiteral("evaluate"));
        QCOMPARE(ended.last().at(1).toString(), QStringLiteral("finished"));
        // Live curves: a train series per run with one point per epoch, and test points.
        const QStringList keys = window.accuracyPlot()->curveKeys();
        QVERIFY2(keys.contains("random|convnet|train") && keys.contains("random|convnet|test"), qPrintable(keys.join(", ")));
        QCOMPARE(window.accuracyPlot()->runs("random|convnet|train"), (QList<int>{0, 1}));
        for (int run : {0, 1})
            QCOMPARE(window.accuracyPlot()->runPoints("random|convnet|train", run).size(), 3);
        QVERIFY(window.accuracyPlot()->meanCurve("random|convnet|test").x.size() >= 1);
        // The results table shows the set with mean ± std over the two runs.
        QTRY_COMPARE(window.resultsTable()->rowCount(), 1);
        QVERIFY(window.resultsTable()->item(0, 4)->text().contains(QStringLiteral("±")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("run/results.json"))));
    }

    // Settings > Processes 2: Start runs `itgan launch -n 2 -- compare …`, reports rank 0's
    // stages, opens the finished folder like any other; Cancel stops every process at an
    // iteration boundary and the folder keeps its checkpoint.
    void startWithSeveralProcessesLaunchesThemAndOpensTheFolder()
    {
        qputenv("ITGAN_CLI", ITGAN_CLI_PATH);
        StudioSettings::setLocalProcesses(2);
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("run"));
        auto window = std::make_unique<MainWindow>();
        QSignalSpy ended(window.get(), &MainWindow::jobEnded);
        ThreadSpy stages(window->worker(), &StudioWorker::stageChanged);
        ThreadSpy opened(window->worker(), &StudioWorker::runOpened);
        ThreadSpy iterations(window->worker(), &StudioWorker::iterationDone);
        window->runPanel()->setConfig(itgan::test::tinyStudioConfig(4));
        window->runPanel()->setRunDirectory(runDir);
        window->startRun();
        QVERIFY(window->isJobRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!outcomeOf(ended, QStringLiteral("build")).isEmpty(), itgan::test::scaledTimeout(300000));
        QCOMPARE(outcomeOf(ended, QStringLiteral("build")), QStringLiteral("finished"));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() && !outcomeOf(ended, QStringLiteral("open-run")).isEmpty(), itgan::test::scaledTimeout(60000));
        QVERIFY(QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("itgan/latents.pt"))));
        QStringList texts;
        for (const auto &stage : stages)
            texts << stage.first().toString();
        QVERIFY2(texts.join('\n').contains(QStringLiteral("2 processes")), qPrintable(texts.join('\n')));
        QVERIFY2(texts.join('\n').contains(QStringLiteral("GAN inversion")), qPrintable(texts.join('\n')));
        QVERIFY(iterations.isEmpty()); // no in-process job ran

        // A long run, cancelled: every process stops, the checkpoint stays.
        const QString longRun = dir.filePath(QStringLiteral("long"));
        ended.clear();
        window->runPanel()->setConfig(itgan::test::tinyStudioConfig(100000));
        window->runPanel()->setRunDirectory(longRun);
        window->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(longRun).filePath(QStringLiteral("itgan/checkpoint.pt"))), itgan::test::scaledTimeout(300000));
        window->cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(!outcomeOf(ended, QStringLiteral("build")).isEmpty(), itgan::test::scaledTimeout(120000));
        QCOMPARE(outcomeOf(ended, QStringLiteral("build")), QStringLiteral("cancelled"));
        QVERIFY(QFileInfo::exists(QDir(longRun).filePath(QStringLiteral("itgan/checkpoint.pt"))));
    }

    void closingTheWindowDuringARunCancelsCleanly()
    {
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("run"));
        {
            auto window = std::make_unique<MainWindow>();
            ThreadSpy iterations(window->worker(), &StudioWorker::iterationDone);
            window->runPanel()->setConfig(itgan::test::tinyStudioConfig(100000));
            window->runPanel()->setRunDirectory(runDir);
            window->startRun();
            QTRY_VERIFY_WITH_TIMEOUT(lastItganIteration(iterations) >= 3, itgan::test::scaledTimeout(120000));
            QVERIFY(window->isJobRunning());
            window->close();
        } // the destructor waits for the worker to stop at an iteration boundary
        QVERIFY(QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("itgan/checkpoint.pt"))));
        QVERIFY(QDir(QDir(runDir).filePath(QStringLiteral("itgan"))).entryList({QStringLiteral("*.tmp*")}).isEmpty());
        // Every line of the log is complete JSON.
        for (const auto &e : readEvents(QDir(runDir).filePath(QStringLiteral("itgan/events.jsonl"))))
            QVERIFY(!e.isEmpty());
    }
};

QTEST_MAIN(StudioWorkerTest)
#include "tst_studio_worker.moc"
