// Widget tests of IT-GAN Studio (offscreen): the logarithmic slider, the samples grid,
// the live plots and their CSV, the accuracy curves (mean ± std over runs, every run,
// overlay of a second run, one colour per set), the loss plot's automatic log scale, and
// the run panel's JSON round trip.
#include "AccuracyPlot.h"
#include "CurveStats.h"
#include "LivePlot.h"
#include "SetStyle.h"
#include "LogSlider.h"
#include "RunPanel.h"
#include "SampleGridWidget.h"
#include "SamplesView.h"
#include "JobController.h"
#include "SettingsDialog.h"
#include "StudioSettings.h"
#include "engine/StudioWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

namespace {

SampleTile tile(int label, int index, QColor colour)
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(colour);
    return {image, label, index, QStringLiteral("tile %1").arg(index)};
}

// Two classes; Real has 3 images per class, IT-GAN two checkpoints (red at 10, blue at 20).
SampleBoard testBoard()
{
    SampleBoard board;
    board.classNames = {QStringLiteral("zero"), QStringLiteral("one")};
    SampleFrame real;
    for (int i = 0; i < 6; ++i)
        real.tiles << tile(i / 3, i, Qt::gray);
    board.columns.insert(QStringLiteral("real"), {real});
    for (auto [iteration, colour] : {std::pair{10, QColor(Qt::red)}, std::pair{20, QColor(Qt::blue)}}) {
        SampleFrame frame;
        frame.iteration = iteration;
        for (int i = 0; i < 6; ++i)
            frame.tiles << tile(i / 3, i, colour);
        board.columns[QStringLiteral("itgan")].append(frame);
    }
    return board;
}

QColor colourOfColumn(SampleGridWidget &grid, const QString &column)
{
    const QImage shot = grid.grab().toImage();
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2) {
            SampleTile t;
            if (grid.tileAt(QPoint(x, y), &t) == column)
                return shot.pixelColor(x + 1, y + 1);
        }
    return {};
}

} // namespace

class StudioWidgetsTest : public QObject {
    Q_OBJECT

private slots:
    // Settings → Compute device lists what this machine has; a stored device it lacks means the CPU.
    void settingsOfferTheMachinesDevices()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
        const QStringList devices = StudioWorker::computeDevices();
        QCOMPARE(devices.first(), QStringLiteral("cpu"));
        StudioSettings::setDevice(QStringLiteral("cuda:999"));
        QCOMPARE(JobController::effectiveDevice(), QStringLiteral("cpu"));
        SettingsDialog dialog(devices);
        QCOMPARE(dialog.device(), QStringLiteral("cpu"));
        dialog.accept();
        QCOMPARE(StudioSettings::device(), QStringLiteral("cpu"));
        QCOMPARE(JobController::effectiveDevice(), QStringLiteral("cpu"));
    }

    void logSliderMapsDecadesWithAnExactZero()
    {
        LogSlider lambda(1e-4, 1.0, true, 121);
        QCOMPARE(lambda.positionCount(), 122);
        QCOMPARE(lambda.valueForPosition(0), 0.0); // exactly 0, not 1e-4
        QCOMPARE(lambda.valueForPosition(1), 1e-4);
        QCOMPARE(lambda.valueForPosition(121), 1.0);
        // Four decades over 120 steps: 30 steps per decade.
        QCOMPARE(lambda.valueForPosition(31), 1e-3);
        QCOMPARE(lambda.valueForPosition(61), 1e-2);
        QCOMPARE(lambda.positionForValue(1e-3), 31);
        QCOMPARE(lambda.positionForValue(0.0), 0);
        for (int p = 0; p < lambda.positionCount(); ++p)
            QCOMPARE(lambda.positionForValue(lambda.valueForPosition(p)), p);
        // Monotone, and three significant digits.
        for (int p = 2; p < lambda.positionCount(); ++p) {
            const double v = lambda.valueForPosition(p);
            QVERIFY(v > lambda.valueForPosition(p - 1));
            const double scaled = v * std::pow(10.0, 2 - std::floor(std::log10(v)));
            QVERIFY(std::abs(scaled - std::round(scaled)) < 1e-6);
        }

        QSignalSpy changed(&lambda, &LogSlider::valueChanged);
        lambda.setValue(0.01);
        QCOMPARE(lambda.sliderPosition(), 61);
        lambda.slider()->setValue(0);
        QCOMPARE(lambda.value(), 0.0);
        QCOMPARE(lambda.field()->value(), 0.0);
        QCOMPARE(changed.last().first().toDouble(), 0.0);
        // A typed value in between grid points is kept exactly; the handle goes to the nearest step.
        lambda.field()->setValue(0.0005);
        QCOMPARE(lambda.value(), 0.0005);
        QCOMPARE(lambda.sliderPosition(), lambda.positionForValue(0.0005));
        // Out of range clamps.
        lambda.setValue(5.0);
        QCOMPARE(lambda.value(), 1.0);

        LogSlider lr(1e-5, 1.0, false, 101);
        QCOMPARE(lr.valueForPosition(0), 1e-5); // no zero position for learning rates
        lr.setValue(0.0);
        QCOMPARE(lr.value(), 1e-5);
    }

    void gridShowsTilesScrubsAndFilters()
    {
        SampleGridWidget grid;
        grid.setBoard(testBoard());
        grid.resize(grid.sizeHint());
        QCOMPARE(grid.visibleColumns(), QStringList({"real", "itgan"}));
        QCOMPARE(grid.tileCount(), 12);
        QCOMPARE(grid.steps(), QVector<qint64>({0, 10, 20}));
        QCOMPARE(colourOfColumn(grid, "itgan"), QColor(Qt::blue)); // newest frame by default

        grid.setStep(10);
        QCOMPARE(colourOfColumn(grid, "itgan"), QColor(Qt::red));
        QCOMPARE(colourOfColumn(grid, "real"), QColor(Qt::gray)); // no history: always shown
        grid.setStep(-1);

        // One class: only its tiles, wrapped over rows of `perCell`.
        grid.setClassFilter(1);
        QCOMPARE(grid.tileCount(), 6);
        grid.setImagesPerCell(2);
        QCOMPARE(grid.tileCount(), 6);
        QVERIFY(grid.sizeHint().height() > 2 * grid.tileSize()); // two rows of two, one of one
        grid.setClassFilter(-1);
        grid.setImagesPerCell(2);
        QCOMPARE(grid.tileCount(), 8); // at most two per class and column

        // Zoom applies to every column alike.
        const QSize before = grid.sizeHint();
        grid.setTileSize(grid.tileSize() * 2);
        QVERIFY(grid.sizeHint().height() > before.height() * 3 / 2);
        QVERIFY(grid.sizeHint().width() > before.width());

        // Hover information and clicks.
        grid.resize(grid.sizeHint());
        SampleTile hovered;
        QPoint where;
        for (int x = 0; x < grid.width() && where.isNull(); ++x)
            if (grid.tileAt(QPoint(x, grid.sizeHint().height() - 10), &hovered) == QLatin1String("itgan"))
                where = QPoint(x + 3, grid.sizeHint().height() - 10);
        QVERIFY(!where.isNull());
        QCOMPARE(hovered.label, 1);
        QVERIFY(hovered.info.startsWith("tile "));
        QSignalSpy clicked(&grid, &SampleGridWidget::tileClicked);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, where);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toString(), QStringLiteral("itgan"));
        QCOMPARE(clicked.first().at(1).toInt(), 1);
        QCOMPARE(clicked.first().at(2).toInt(), hovered.index);
    }

    void samplesViewStepSliderScrubsAndFollowsLiveFrames()
    {
        SamplesView view;
        view.setBoard(testBoard());
        QCOMPARE(view.stepSlider()->maximum(), 2);
        QCOMPARE(view.stepSlider()->value(), 2); // follows the newest
        view.stepSlider()->setValue(1);
        QCOMPARE(view.grid()->step(), 10);
        // A live preview arrives: the slider range grows but the user's position stays.
        SampleFrame live;
        live.iteration = 30;
        live.tiles << tile(0, 0, Qt::green);
        view.addFrame(QStringLiteral("itgan"), live);
        QCOMPARE(view.stepSlider()->maximum(), 3);
        QCOMPARE(view.grid()->step(), 10);
        // Back at the end, it follows new frames again.
        view.stepSlider()->setValue(3);
        QCOMPARE(view.grid()->step(), -1);
        live.iteration = 40;
        view.addFrame(QStringLiteral("itgan"), live);
        QCOMPARE(view.stepSlider()->value(), 4);
        // The class filter lists the classes.
        QCOMPARE(view.classFilter()->count(), 3);
        view.classFilter()->setCurrentIndex(2);
        QCOMPARE(view.grid()->classFilter(), 1);
    }

    void plotsTakeLiveDataAndExportIt()
    {
        LivePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
        plot.resize(500, 300);
        plot.show();
        const int redrawsBefore = plot.redrawCount();
        for (int i = 1; i <= 200; ++i) {
            plot.addPoint(QStringLiteral("IT-GAN l_con"), i, 10.0 / i);
            plot.addPoint(QStringLiteral("IT-GAN r"), i, i % 2 ? 0.0 : 1.0);
        }
        QCOMPARE(plot.seriesNames(), QStringList({"IT-GAN l_con", "IT-GAN r"}));
        QCOMPARE(plot.points(QStringLiteral("IT-GAN l_con")).size(), 200);
        // 400 points added at once cause one throttled redraw, not 400.
        QTRY_VERIFY(plot.redrawCount() > redrawsBefore);
        QVERIFY(plot.redrawCount() - redrawsBefore <= 2);

        plot.setSmoothing(2);
        const auto smoothed = plot.drawnPoints(QStringLiteral("IT-GAN r"));
        QCOMPARE(smoothed[1].y(), 0.5);
        QCOMPARE(smoothed[0].y(), 0.0);
        plot.setSmoothing(1);
        plot.setLogY(true);
        QVERIFY(plot.logY());

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("loss.csv"));
        QVERIFY(plot.saveCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 401);
        QCOMPARE(lines[0], QStringLiteral("series,x,y"));
        QCOMPARE(lines[1], QStringLiteral("IT-GAN l_con,1,10"));
        QCOMPARE(lines[4], QStringLiteral("IT-GAN l_con,4,2.5"));
        QCOMPARE(lines[201], QStringLiteral("IT-GAN r,1,0")); // raw values, not smoothed
        QVERIFY(plot.savePng(dir.filePath(QStringLiteral("loss.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("loss.png"))).width() >= 500);
        QVERIFY(plot.savePdf(dir.filePath(QStringLiteral("loss.pdf"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("loss.pdf"))).size() > 1000);
        QString error;
        QVERIFY(!plot.saveCsv(QStringLiteral("/proc/no-such-dir/x.csv"), &error));
        QVERIFY(error.contains("/proc/no-such-dir/x.csv"));
    }

    void meanOverRunsOfKnownSeries()
    {
        // Three runs; the third is tested at epoch 2 only.
        const QVector<QVector<QPointF>> runs = {{{1, 10}, {2, 20}, {3, 30}},
                                                {{1, 14}, {2, 24}, {3, 30}},
                                                {{2, 31}}};
        const MeanCurve curve = meanOverRuns(runs);
        QCOMPARE(curve.x, (QVector<double>{1, 2, 3}));
        QCOMPARE(curve.runs, (QVector<int>{2, 3, 2}));
        QCOMPARE(curve.mean[0], 12.0);
        QCOMPARE(curve.std[0], 2.0); // population std of {10, 14}
        QCOMPARE(curve.mean[1], 25.0);
        QVERIFY(std::abs(curve.std[1] - std::sqrt((25.0 + 1.0 + 36.0) / 3.0)) < 1e-12);
        QCOMPARE(curve.std[2], 0.0);
        QVERIFY(meanOverRuns({}).x.isEmpty());
    }

    void accuracyCurvesShowMeanBandsRunsAndAnOverlay()
    {
        AccuracyPlot plot;
        plot.resize(700, 300);
        plot.show();
        // Two runs of IT-GAN and one of DM, ConvNet; test accuracy every other epoch.
        for (int run = 0; run < 2; ++run)
            for (int epoch = 1; epoch <= 4; ++epoch)
                plot.addEpoch({QStringLiteral("itgan"), QStringLiteral("convnet"), run, epoch, 50.0 + epoch + 4 * run,
                               epoch % 2 == 0 ? 40.0 + epoch + 2 * run : -1});
        for (int epoch = 1; epoch <= 4; ++epoch)
            plot.addEpoch({QStringLiteral("dm"), QStringLiteral("convnet"), 0, epoch, 30.0 + epoch, 20.0 + epoch});
        plot.redrawNow();
        QCOMPARE(plot.curveKeys(), (QStringList{"itgan|convnet|train", "itgan|convnet|test", "dm|convnet|train",
                                                "dm|convnet|test"}));
        const MeanCurve train = plot.meanCurve(QStringLiteral("itgan|convnet|train"));
        QCOMPARE(train.x, (QVector<double>{1, 2, 3, 4}));
        QCOMPARE(train.mean[2], 53.0 + 2.0);
        QCOMPARE(train.std[2], 2.0);
        const MeanCurve test = plot.meanCurve(QStringLiteral("itgan|convnet|test"));
        QCOMPARE(test.x, (QVector<double>{2, 4}));
        QCOMPARE(test.mean[1], 45.0);
        // By default: per curve a band (two graphs) and the mean line; only the means in the legend,
        // test before train, saying over how many runs.
        QCOMPARE(plot.chart()->graphCount(), 4 * 3);
        const QStringList legend = plot.legendNames();
        QCOMPARE(legend.size(), 4);
        QVERIFY2(legend[0].startsWith("IT-GAN convnet test") && legend[0].contains("2 runs"), qPrintable(legend.join(" | ")));
        QVERIFY(legend[2].contains("train"));
        // The band spans mean ± std.
        QCPGraph *itganTestMean = nullptr, *itganTestLower = nullptr, *itganTestUpper = nullptr;
        for (int g = 2; g < plot.chart()->graphCount(); ++g)
            if (plot.chart()->graph(g)->name().startsWith("IT-GAN convnet test")) {
                itganTestMean = plot.chart()->graph(g);
                itganTestLower = plot.chart()->graph(g - 1);
                itganTestUpper = plot.chart()->graph(g - 2);
            }
        QVERIFY(itganTestMean && itganTestLower && itganTestUpper);
        QCOMPARE(itganTestLower->channelFillGraph(), itganTestUpper);
        QCOMPARE(itganTestUpper->data()->at(1)->value, 45.0 + 1.0);
        QCOMPARE(itganTestLower->data()->at(1)->value, 45.0 - 1.0);
        QCOMPARE(itganTestMean->data()->at(1)->value, 45.0);
        // Train dashed, test solid; each set in its own colour, the same as in every view.
        QCOMPARE(itganTestMean->pen().style(), Qt::SolidLine);
        QCOMPARE(itganTestMean->pen().color(), setColour(QStringLiteral("itgan")));
        QCOMPARE(plot.curveColour(QStringLiteral("dm|convnet|test")), setColour(QStringLiteral("dm")));
        QVERIFY(setColour(QStringLiteral("itgan")) != setColour(QStringLiteral("dm")));

        // Every run: one line per run and curve.
        plot.setEveryRun(true);
        QCOMPARE(plot.chart()->graphCount(), 2 + 2 + 1 + 1);
        QCOMPARE(plot.runPoints(QStringLiteral("itgan|convnet|train"), 1).size(), 4);
        plot.setEveryRun(false);

        // A second run overlaid: dotted, named after it, kept apart from this run's curves.
        plot.setOverlay(QStringLiteral("other-run"),
                        {{QStringLiteral("itgan"), QStringLiteral("convnet"), 0, 4, 70.0, 60.0}});
        QVERIFY(plot.curveKeys().contains("itgan|convnet|test|overlay"));
        QCOMPARE(plot.meanCurve(QStringLiteral("itgan|convnet|test")).x.size(), 2); // own curve untouched
        QVERIFY(plot.legendNames().last().startsWith("[other-run]"));
        // New curves of this run (a reopened folder) leave the overlay in place.
        plot.setCurves({{QStringLiteral("random"), QStringLiteral("convnet"), 0, 1, 10.0, 9.0}});
        QCOMPARE(plot.curveKeys(), (QStringList{"itgan|convnet|train|overlay", "itgan|convnet|test|overlay",
                                                "random|convnet|train", "random|convnet|test"}));
        plot.setOverlay(QString(), {});
        QCOMPARE(plot.curveKeys(), (QStringList{"random|convnet|train", "random|convnet|test"}));
        // The legend can be hidden (it sits beside the data, not over it).
        plot.setLegendShown(false);
        QVERIFY(!plot.chart()->legend->visible());
        plot.setLegendShown(true);
        QVERIFY(plot.chart()->legend->visible());
        QVERIFY(plot.csv().startsWith("curve,set,arch,split,run,epoch,accuracy\n"));
    }

    void lossPlotTurnsLogWhenTermsDifferByOverTenTimes()
    {
        LivePlot plot(QStringLiteral("iteration"), QStringLiteral("loss"));
        plot.setAutoLogY(true);
        for (int i = 1; i <= 20; ++i)
            plot.addPoint(QStringLiteral("IT-GAN l_con"), i, 3.0 + 0.1 * i);
        plot.redrawNow();
        QVERIFY(!plot.logY()); // one series
        for (int i = 1; i <= 20; ++i)
            plot.addPoint(QStringLiteral("IT-GAN r"), i, 20.0);
        plot.redrawNow();
        QVERIFY(!plot.logY()); // 20 vs ≈ 4: under 10×
        for (int i = 1; i <= 20; ++i)
            plot.addPoint(QStringLiteral("Inversion pixel"), i, 0.05);
        plot.redrawNow();
        QVERIFY(plot.logY()); // 20 vs 0.05
        // The user's choice wins from then on.
        QCheckBox *toggle = plot.findChild<QCheckBox *>();
        QVERIFY(toggle && toggle->isChecked());
        toggle->click();
        QVERIFY(!plot.logY());
        plot.redrawNow();
        QVERIFY(!plot.logY());
        // An overlay's series go away by prefix, the others stay with their points.
        plot.addPoint(QStringLiteral("[other] IT-GAN r"), 1, 1.0);
        plot.removeSeriesStartingWith(QStringLiteral("[other] "));
        QCOMPARE(plot.seriesNames(), (QStringList{"IT-GAN l_con", "IT-GAN r", "Inversion pixel"}));
        QCOMPARE(plot.points(QStringLiteral("IT-GAN r")).size(), 20);
        QCOMPARE(plot.chart()->graphCount(), 3);
    }

    void runPanelRoundTripsTheCompareJson()
    {
        const QJsonObject defaults = StudioWorker::defaultConfig();
        RunPanel panel(defaults, StudioWorker::configSchema());
        // Every key the CLI knows is present, nothing more.
        QCOMPARE(panel.config().keys(), defaults.keys());
        for (const char *section : {"inversion", "itgan", "dm", "evaluation"})
            QCOMPARE(panel.config().value(section).toObject().keys(), defaults.value(section).toObject().keys());

        QJsonObject custom = panel.config();
        custom["images_per_class"] = 7;
        custom["seed"] = 3;
        custom["sets"] = QJsonArray{"gan", "itgan"};
        QJsonObject itgan = custom["itgan"].toObject();
        itgan["lambda"] = 0.0;
        itgan["learning_rate"] = 0.02;
        itgan["objective"] = "gm";
        itgan["split_strategy"] = "mixed";
        itgan["split_size"] = 5;
        itgan["real_batch"] = 128;
        itgan["seed"] = 3;
        itgan["checkpoint_every"] = 7; // no field for it: must survive
        custom["itgan"] = itgan;
        QJsonObject dm = custom["dm"].toObject();
        dm["images_per_class"] = 70;
        dm["seed"] = 3;
        custom["dm"] = dm;
        QJsonObject inversion = custom["inversion"].toObject();
        inversion["seed"] = 3;
        custom["inversion"] = inversion;
        QJsonObject evaluation = custom["evaluation"].toObject();
        evaluation["architectures"] = QJsonArray{"convnet", "resnet18"};
        evaluation["momentum"] = 0.8;
        custom["evaluation"] = evaluation;
        QString error;
        QVERIFY2(panel.setConfig(custom, &error), qPrintable(error));
        QCOMPARE(panel.config(), custom);
        QCOMPARE(panel.lambdaSlider()->value(), 0.0);
        QCOMPARE(panel.lambdaSlider()->sliderPosition(), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QVERIFY(panel.saveConfig(path, &error));
        RunPanel other(defaults, StudioWorker::configSchema());
        QVERIFY2(other.loadConfig(path, &error), qPrintable(error));
        QCOMPARE(other.config(), custom);

        // The sliders write the JSON.
        other.learningRateSlider()->setValue(0.005);
        QCOMPARE(other.config()["itgan"].toObject()["learning_rate"].toDouble(), 0.005);

        // Bad files: a readable error naming the key, and the form unchanged.
        QJsonObject bad = custom;
        QJsonObject badItgan = bad["itgan"].toObject();
        badItgan["lambda"] = "high";
        bad["itgan"] = badItgan;
        QVERIFY(!other.setConfig(bad, &error));
        QVERIFY2(error.contains("itgan.lambda"), qPrintable(error));
        QCOMPARE(other.config()["itgan"].toObject()["lambda"].toDouble(), 0.0);
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"itgan\": ");
        broken.close();
        QVERIFY(!other.loadConfig(broken.fileName(), &error));
        QVERIFY2(error.contains("broken.json") && error.contains("JSON"), qPrintable(error));

        // With the engine's checker (as in the studio), values of the right type but out of
        // range or unknown to the engine are refused too, not clamped by a spin box.
        other.setConfigChecker(&StudioWorker::configProblem);
        QVERIFY2(other.setConfig(custom, &error), qPrintable(error));
        badItgan["lambda"] = -1;
        bad["itgan"] = badItgan;
        QVERIFY(!other.setConfig(bad, &error));
        QVERIFY2(error.contains("itgan.lambda") && error.contains("-1"), qPrintable(error));
        QJsonObject badEvaluation = custom["evaluation"].toObject();
        badEvaluation["architectures"] = QJsonArray{"resnet19"};
        bad = custom;
        bad["evaluation"] = badEvaluation;
        QVERIFY(!other.setConfig(bad, &error));
        QVERIFY2(error.contains("resnet19"), qPrintable(error));
        QCOMPARE(other.config(), custom);
    }

    void runPanelPresetsChangeIterationsOnly()
    {
        RunPanel panel(StudioWorker::defaultConfig(), StudioWorker::configSchema());
        panel.setPresets(StudioWorker::presets());
        QVERIFY(!panel.applyPreset(QStringLiteral("no-such-preset")));
        QVERIFY(panel.applyPreset(QStringLiteral("paper")));
        QCOMPARE(panel.config()["itgan"].toObject()["iterations"].toInt(), 5000);
        panel.applyPreset(QStringLiteral("quick"));
        QCOMPARE(panel.config()["itgan"].toObject()["iterations"].toInt(), 10);
        QCOMPARE(panel.config()["images_per_class"].toInt(), 10);
    }
};

QTEST_MAIN(StudioWidgetsTest)
#include "tst_studio_widgets.moc"
