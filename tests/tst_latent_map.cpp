// The latent map, end to end through the studio: a tiny IT-GAN run built by the main
// window, then its map computed on the explorer's thread. Points per set and class; point
// ids stable through filters; hover and double click on the drawn points; trajectories that
// are the history snapshots' latents under the map's projection; selections with undo/redo,
// their mean image and their export (read back with torch's unpickler); the feature space
// with real images and the nearest-real checks (a real image's nearest real image is itself,
// at distance 0). The PCA and nearest-neighbour functions underneath are checked on data
// with known answers.
#include "core/base/TorchInclude.h" // first: Qt's `slots` macro breaks LibTorch's headers

#include "LatentExplorer.h"
#include "LivePlot.h"
#include "LatentMapView.h"
#include "MainWindow.h"
#include "ResultsTable.h"
#include "RunPanel.h"
#include "SampleGridWidget.h"
#include "SamplesView.h"
#include "engine/ExplorerEngine.h"
#include "SelectionHistory.h"
#include "SetStyle.h"
#include "StudioTestConfig.h"
#include "TestSupport.h"
#include "core/data/DatasetLoader.h"
#include "core/gan/GanMetrics.h"
#include "core/generators/GeneratorFile.h"
#include "core/io/BundledModels.h"
#include "core/latents/FeatureNeighbours.h"
#include "core/latents/PickedLatents.h"
#include "core/latents/SyntheticSets.h"
#include "core/runs/EngineInputs.h"
#include "core/latents/PrincipalAxes.h"
#include "core/runs/RunFolder.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Points of `map` per set and class.
QMap<QString, QVector<int>> countsBySetAndClass(const LatentMap &map)
{
    QMap<QString, QVector<int>> counts;
    for (const MapPoint &p : map.points) {
        auto &perClass = counts[p.set];
        perClass.resize(map.classNames.size());
        ++perClass[p.label];
    }
    return counts;
}

// The map's projection of one latent / feature row, computed here from the map's own numbers.
QPointF projectWithMap(const LatentMap &map, const torch::Tensor &row)
{
    const auto r = row.to(torch::kFloat64).contiguous();
    double x = 0, y = 0;
    for (int d = 0; d < map.mean.size(); ++d) {
        const double centred = r[d].item<double>() - map.mean[d];
        x += centred * map.axes[0][d];
        y += centred * map.axes[1][d];
    }
    return {x, y};
}

bool near(const QPointF &a, const QPointF &b, double tolerance = 1e-6)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

// Waits for a map of `space` (the map is computed on the explorer's thread).
bool waitForMap(LatentMapView *view, const QString &space, quint64 afterSequence)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < itgan::test::scaledTimeout(180000)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (view->map().space == space && view->map().sequence > afterSequence && !view->map().points.isEmpty())
            return true;
    }
    return false;
}

// The pixels of a grey QImage as uint8 [1, H, W].
torch::Tensor pixelsOf(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    auto out = torch::empty({1, grey.height(), grey.width()}, torch::kUInt8);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(out[0][y].data_ptr<uint8_t>(), grey.constScanLine(y), static_cast<size_t>(grey.width()));
    return out;
}

// Waits for the explorer to show the answer to its newest request, newer than `after`.
bool waitForResult(LatentExplorer *explorer, quint64 after)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < itgan::test::scaledTimeout(60000)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (explorer->lastResult().sequence > after && explorer->isCurrent())
            return true;
    }
    return false;
}

// The ‖z‖ a caption reports.
double normInCaption(const QString &caption)
{
    const int at = caption.indexOf(QStringLiteral("‖z‖ = "));
    return at < 0 ? -1 : caption.mid(at + 6).toDouble();
}

} // namespace

class LatentMapTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ITGAN_STUDIO_NO_DIALOGS", "1");
        QCoreApplication::setOrganizationName(QStringLiteral("itgan-studio-tests"));
        registerStudioTypes();
    }

    void selectionHistoryPushesUndoesAndRedoes()
    {
        SelectionHistory history;
        QVERIFY(!history.canUndo() && !history.canRedo() && history.current().isEmpty());
        const QVector<PointId> a = {{"itgan", 1}, {"gan", 4}}, b = {{"inversion", 0}}, c = {{"dm", 7}};
        history.push(a);
        history.push(b);
        QCOMPARE(history.current(), b);
        QVERIFY(history.undo());
        QCOMPARE(history.current(), a);
        QVERIFY(history.undo());
        QVERIFY(history.current().isEmpty());
        QVERIFY(!history.undo());
        QVERIFY(history.redo());
        QCOMPARE(history.current(), a);
        history.push(c); // drops b, which had been undone
        QVERIFY(!history.canRedo());
        QVERIFY(history.undo());
        QCOMPARE(history.current(), a);
        QVERIFY(history.redo());
        QCOMPARE(history.current(), c);
    }

    void principalAxesOfAKnownCloud()
    {
        // Points spread 3 along (1,1)/√2, 1 along (1,−1)/√2 and not at all along the third axis.
        auto gen = at::detail::createCPUGenerator(7);
        const auto t = torch::randn({4000, 2}, gen, torch::kFloat64);
        const auto u = torch::tensor({1.0, 1.0, 0.0}, torch::kFloat64) / std::sqrt(2.0);
        const auto v = torch::tensor({1.0, -1.0, 0.0}, torch::kFloat64) / std::sqrt(2.0);
        const auto rows = 3.0 * t.select(1, 0).unsqueeze(1) * u + t.select(1, 1).unsqueeze(1) * v + 5.0;
        const auto axes = itgan::principalAxes(rows.to(torch::kFloat32), 3);
        QCOMPARE(axes.axes.size(0), 2 + 1);
        QVERIFY2(std::abs(std::abs(axes.axes[0].dot(u).item<double>()) - 1.0) < 1e-3, "first axis along u");
        QVERIFY2(std::abs(std::abs(axes.axes[1].dot(v).item<double>()) - 1.0) < 1e-3, "second axis along v");
        QVERIFY(std::abs(axes.explained[0] - 0.9) < 0.02); // 9 / (9 + 1)
        QVERIFY(std::abs(axes.explained[1] - 0.1) < 0.02);
        QVERIFY(axes.explained[2] < 1e-6);
        QVERIFY(std::abs(axes.spread[0].item<double>() - 3.0) < 0.15);
        // Signs are fixed: the largest entry of every axis is positive, so the map never mirrors.
        for (int64_t i = 0; i < 2; ++i)
            QVERIFY(axes.axes[i].index({axes.axes[i].abs().argmax()}).item<double>() > 0);
        // Projection: the mean maps to the origin, u·3 to (±3, 0).
        const auto xy = itgan::projectOnto(axes, torch::stack({axes.mean, axes.mean + 3.0 * u}));
        QVERIFY(xy[0].abs().max().item<double>() < 1e-9);
        QVERIFY(std::abs(std::abs(xy[1][0].item<double>()) - 3.0) < 1e-2);
        // Too few rows: refused by name.
        QVERIFY(itgan::test::errorOf([] { itgan::principalAxes(torch::ones({1, 4}), 2); }).contains("at least 2 rows"));
    }

    void nearestNeighboursAreExact()
    {
        auto gen = at::detail::createCPUGenerator(3);
        const auto pool = torch::randn({500, 64}, gen) * 40.0 + 1000.0; // large offsets: the expanded formula's rounding
        const auto queries = pool.narrow(0, 100, 20);
        const auto found = itgan::nearestNeighbours(queries, pool, 3);
        for (int64_t q = 0; q < 20; ++q) {
            QCOMPARE(found.indices[q][0].item<int64_t>(), 100 + q); // itself...
            QCOMPARE(found.distances[q][0].item<double>(), 0.0);   // ...at exactly 0
        }
        // Brute force agrees on the second and third neighbours.
        const auto all = torch::cdist(queries.to(torch::kFloat64), pool.to(torch::kFloat64));
        const auto [sorted, order] = all.sort(1);
        QVERIFY(torch::equal(found.indices.narrow(1, 1, 2), order.narrow(1, 1, 2)));
        QVERIFY(torch::allclose(found.distances.narrow(1, 1, 2), sorted.narrow(1, 1, 2), 1e-9, 1e-6));
        // Excluding each query's own row gives its true nearest other row.
        const auto others = itgan::nearestNeighbours(queries, pool, 1, torch::arange(100, 120, torch::kInt64));
        QVERIFY(torch::equal(others.indices.select(1, 0), order.select(1, 1)));
        QCOMPARE(itgan::medianOf(torch::tensor({3.0, 1.0, 2.0})), 2.0);
        QVERIFY(itgan::test::errorOf([&] { itgan::nearestNeighbours(queries, pool, 501); }).contains("k = 501"));
    }

    void mapOfARunWithTrajectoriesSelectionsAndNearestReal()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy ended(&window, &MainWindow::jobEnded);
        QSignalSpy opened(&window, &MainWindow::runOpened);
        const QString runDir = dir.filePath(QStringLiteral("run"));
        window.runPanel()->setConfig(itgan::test::tinyStudioConfig(6)); // snapshots at 2, 4, 6
        window.runPanel()->setRunDirectory(runDir);
        window.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty() && ended.last().at(0) == "build", itgan::test::scaledTimeout(180000));
        QCOMPARE(ended.last().at(1).toString(), QStringLiteral("finished"));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), itgan::test::scaledTimeout(60000));

        // Another run's loss terms overlaid (here the same folder: identical points, dashed, named after it).
        window.overlayRun(runDir);
        const QStringList lossSeries = window.lossPlot()->seriesNames();
        QStringList own;
        for (const QString &name : lossSeries)
            if (!name.startsWith("[run] "))
                own << name;
        QVERIFY2(!own.isEmpty(), qPrintable(lossSeries.join(", ")));
        for (const QString &name : own) {
            QVERIFY2(lossSeries.contains("[run] " + name), qPrintable(lossSeries.join(", ")));
            QCOMPARE(window.lossPlot()->points("[run] " + name), window.lossPlot()->points(name));
        }
        // Each stage's terms in its set's colour: the total solid, the other terms dashed or dotted.
        QCOMPARE(window.lossPlot()->seriesPen("IT-GAN total").color(), setColour("itgan"));
        QCOMPARE(window.lossPlot()->seriesPen("IT-GAN total").style(), Qt::SolidLine);
        QCOMPARE(window.lossPlot()->seriesPen("IT-GAN l_con").color(), setColour("itgan"));
        QVERIFY(window.lossPlot()->seriesPen("IT-GAN l_con").style() != window.lossPlot()->seriesPen("IT-GAN r").style());
        QCOMPARE(window.lossPlot()->seriesPen("Inversion total").color(), setColour("inversion"));
        window.overlayRun(dir.filePath(QStringLiteral("no-such-run"))); // refused with a message, nothing changes
        QCOMPARE(window.lossPlot()->seriesNames(), lossSeries);
        QCOMPARE(window.jobStatus(), QStringLiteral("Overlay failed"));

        // `--view map` opens the map, which asks for its points on the explorer's thread.
        LatentMapView *view = window.latentMap();
        window.showView(QStringLiteral("map"));
        QVERIFY(view->isVisible());
        QVERIFY(waitForMap(view, latentSpaceName(), 0));
        const LatentMap map = view->map();

        // Every latent: the explorer's 10 GAN samples per class, the 2 inverted and the 2 IT-GAN latents per class.
        const auto counts = countsBySetAndClass(map);
        QCOMPARE(map.classNames.size(), 10);
        QCOMPARE(counts.keys(), (QStringList{"gan", "inversion", "itgan"}));
        for (int c = 0; c < 10; ++c) {
            QCOMPARE(counts["gan"][c], 10);
            QCOMPARE(counts["inversion"][c], 2);
            QCOMPARE(counts["itgan"][c], 2);
        }
        QCOMPARE(map.candidates, map.points.size()); // under the cap: nothing sampled away
        QCOMPARE(map.tiles.size(), map.points.size());
        QVERIFY(map.explained[0] >= map.explained[1] && map.explained[1] > 0);

        // Trajectories: at every step, the snapshot's latent under the map's projection; the
        // start is the inversion each IT-GAN latent began from.
        const auto folder = itgan::RunFolder::open(runDir.toStdString());
        const itgan::StageFolder *itganStage = folder.stage(itgan::Stage::Itgan);
        QVERIFY(itganStage);
        QCOMPARE(map.steps, (QVector<qint64>{0, 2, 4, 6}));
        QCOMPARE(map.tracks.size(), 20);
        const auto start = itgan::loadLatentSet(itganStage->file("initial_latents.pt"));
        for (const MapTrack &track : map.tracks) {
            const MapPoint &p = map.points[track.point];
            QCOMPARE(p.set, QStringLiteral("itgan"));
            QCOMPARE(track.positions.size(), 4);
            QVERIFY(near(track.positions[0], projectWithMap(map, start.latents[p.index])));
            for (int s = 1; s < 4; ++s) {
                const auto snapshot = itganStage->historySnapshot(map.steps[s]).at("latents");
                QVERIFY2(near(track.positions[s], projectWithMap(map, snapshot[p.index])),
                         qPrintable(QStringLiteral("step %1 of itgan #%2").arg(map.steps[s]).arg(p.index)));
            }
            const int inverted = view->pointOf({QStringLiteral("inversion"), p.index});
            QVERIFY(inverted >= 0);
            QVERIFY(near(track.positions[0], map.points[inverted].position, 1e-9));
        }
        // The step slider scrubs them (and the samples view follows); the final step shows the final latents.
        QSignalSpy stepMoved(view, &LatentMapView::stepChanged);
        view->stepSlider()->setValue(0);
        QCOMPARE(stepMoved.size(), 1);
        QCOMPARE(view->step(), 0);
        QCOMPARE(window.samplesView()->stepSlider()->value(), 0); // the samples view followed
        const int tracked = map.tracks[0].point;
        QVERIFY(near(view->positionAt(tracked), map.tracks[0].positions[0], 1e-12));
        view->setStep(4);
        QVERIFY(near(view->positionAt(tracked), map.tracks[0].positions[2], 1e-12));
        view->setStep(-1);
        QVERIFY(near(view->positionAt(tracked), map.points[tracked].position, 1e-12));
        QSlider *samplesStep = window.samplesView()->stepSlider();
        samplesStep->setValue(samplesStep->maximum()); // the newest...
        QCOMPARE(view->step(), -1);                     // ...is the map's final step
        samplesStep->setValue(0);
        QVERIFY(view->step() >= 0); // the samples view's scrub reached the map

        // Ids are stable through the class filter, and the drawn point under the cursor is the one hovered.
        window.samplesView()->showStep(-1);
        view->setStep(-1);
        view->plot()->replot();
        view->setClassFilter(3);
        for (int i : view->visiblePoints())
            QCOMPARE(map.points[i].label, 3);
        // The probe: the class-3 point farthest from any other shown (an IT-GAN latent may sit
        // on its inversion after 6 iterations, and then either is "under the cursor").
        int probe = -1;
        double isolation = -1;
        for (int i : view->visiblePoints()) {
            double nearest = 1e18;
            for (int j : view->visiblePoints())
                if (j != i)
                    nearest = std::min<double>(nearest, QLineF(view->pixelOf(i), view->pixelOf(j)).length());
            if (nearest > isolation) {
                isolation = nearest;
                probe = i;
            }
        }
        QVERIFY2(isolation > 3, "some point stands apart from the others");
        const PointId probeId = view->pointId(probe);
        view->setClassFilter(-1);
        QCOMPARE(view->pointOf(probeId), probe);
        view->setClassFilter(3);
        QVERIFY(view->visiblePoints().contains(probe));
        QCOMPARE(view->pointOf(probeId), probe);
        QCOMPARE(view->pointAtPixel(view->pixelOf(probe)), probe);
        QCoreApplication::processEvents(); // the filter's queued replot
        QTest::mouseMove(view->plot(), view->pixelOf(probe));
        QTRY_VERIFY(view->hoverTip()->isVisible());
        QCOMPARE(view->hoverTip()->pixmap().toImage().size(), QSize(84, 84));
        QVERIFY2(view->hoverCaption()->text().contains(QStringLiteral("#%1").arg(map.points[probe].index)),
                 qPrintable(view->hoverCaption()->text()));
        QSignalSpy activated(view, &LatentMapView::pointActivated);
        QTest::mouseDClick(view->plot(), Qt::LeftButton, Qt::NoModifier, view->pixelOf(probe));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), map.points[probe].set);
        QCOMPARE(activated[0][1].toInt(), 3);
        QCOMPARE(activated[0][2].toInt(), map.points[probe].indexInClass);
        QCOMPARE(window.explorer()->currentRequest().setA, map.points[probe].set);
        QCOMPARE(window.explorer()->currentRequest().label, 3);
        QCOMPARE(window.explorer()->currentRequest().indexA, map.points[probe].indexInClass);
        window.showView(QStringLiteral("map"));

        // Select every visible point (class 3), then none; undo and redo move between them.
        const QRectF everything(-1e9, -1e9, 2e9, 2e9);
        view->selectInRect(everything);
        QCOMPARE(view->selection().size(), 14); // 10 GAN, 2 inversion, 2 IT-GAN
        view->selectInRect(QRectF(1e8, 1e8, 1, 1));
        QVERIFY(view->selection().isEmpty());
        QVERIFY(view->undoSelection());
        QCOMPARE(view->selection().size(), 14);
        QCOMPARE(view->selectionGrid()->tileCount(), 14);
        QVERIFY(view->redoSelection());
        QVERIFY(view->selection().isEmpty());
        QVERIFY(view->selectionMeanImage().isNull());
        QVERIFY(view->undoSelection());
        const auto bySet = view->selectionBySet();
        QCOMPARE(bySet.value("itgan").size(), 2);
        QCOMPARE(bySet.value("inversion").size(), 2);
        // The mean image is the pixel-wise mean of the selected tiles.
        const QImage mean = view->selectionMeanImage();
        QVERIFY(!mean.isNull());
        quint64 sum = 0;
        for (const PointId &id : view->selection())
            sum += qGray(map.tiles[view->pointOf(id)].pixel(14, 14));
        QCOMPARE(qGray(mean.pixel(14, 14)), static_cast<int>((sum + 7) / 14));

        // Export just the selection: the run's sets as torch files; the explorer's GAN samples are not in the run.
        const QString out = dir.filePath(QStringLiteral("selection"));
        view->exportSelection(QStringLiteral("torch"), out);
        QTRY_VERIFY_WITH_TIMEOUT(!view->exportResultText().isEmpty(), itgan::test::scaledTimeout(60000));
        QVERIFY2(view->exportResultText().startsWith("Done"), qPrintable(view->exportResultText()));
        QVERIFY(view->exportResultText().contains("gan")); // named as not exported
        QVERIFY(!QFileInfo::exists(QDir(out).filePath("gan.pt")));
        for (const QString &set : {QStringLiteral("itgan"), QStringLiteral("inversion")}) {
            QFile file(QDir(out).filePath(set + ".pt"));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            const auto dict = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end())).toGenericDict();
            const auto images = dict.at("images").toTensor();
            const auto indices = dict.at("indices").toTensor();
            QCOMPARE(images.size(0), 2);
            QCOMPARE(dict.at("labels").toTensor().eq(3).all().item<bool>(), true);
            QCOMPARE(indices.size(0), 2);
            for (int64_t i = 0; i < 2; ++i)
                QCOMPARE(static_cast<int>(indices[i].item<int64_t>()), bySet.value(set)[static_cast<int>(i)]);
            // The exported pixels are the tiles the map showed for those points.
            const QImage tile = map.tiles[view->pointOf({set, bySet.value(set)[0]})];
            QCOMPARE(static_cast<int>(images[0][0][14][14].item<uint8_t>()), qGray(tile.pixel(14, 14)));
        }
        if (itgan::test::pythonHasTorch()) {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"), QStringLiteral("import torch,sys; d=torch.load(sys.argv[1]); "
                                                               "print(tuple(d['images'].shape), d['indices'].tolist())"),
                          QDir(out).filePath("itgan.pt")});
            QVERIFY(python.waitForFinished(60000));
            QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
            QVERIFY(QString::fromUtf8(python.readAllStandardOutput()).startsWith("(2, 1, 28, 28)"));
        }

        // The feature space: real images join, with each class's real mean (Eq. 2's target).
        view->setClassFilter(-1);
        const quint64 before = view->map().sequence;
        view->setSpace(featureSpaceName());
        QVERIFY(waitForMap(view, featureSpaceName(), before));
        const LatentMap features = view->map();
        const auto featureCounts = countsBySetAndClass(features);
        QCOMPARE(featureCounts["real"][0], 100);
        QCOMPARE(featureCounts["itgan"][9], 2);
        QCOMPARE(features.realClassMeans.size(), 10);
        QCOMPARE(features.tracks.size(), 20);
        QCOMPARE(features.mean.size(), 2048); // the bundled ConvNet's embedding
        // The selection survived the rebuild (ids, not positions).
        QCOMPARE(view->selection().size(), 14);

        // Nearest real: a real image's nearest real image is itself, at distance 0.
        int realPoint = -1;
        for (int i = 0; i < features.points.size() && realPoint < 0; ++i)
            if (features.points[i].set == QLatin1String("real"))
                realPoint = i;
        QVERIFY(realPoint >= 0);
        view->setClassFilter(features.points[realPoint].label);
        view->plot()->replot();
        QTest::mouseClick(view->plot(), Qt::LeftButton, Qt::NoModifier, view->pixelOf(realPoint));
        QTRY_VERIFY_WITH_TIMEOUT(!view->nearestReal().neighbours.isEmpty(), itgan::test::scaledTimeout(120000));
        const NearestReal result = view->nearestReal();
        QCOMPARE(result.set, QStringLiteral("real"));
        QCOMPARE(result.index, features.points[realPoint].index);
        QCOMPARE(result.realIndices.first(), features.points[realPoint].index);
        QCOMPARE(result.distances.first(), 0.0);
        for (int i = 1; i < result.distances.size(); ++i)
            QVERIFY(result.distances[i] >= result.distances[i - 1]);
        QTRY_COMPARE(view->nearestList()->count(), 1 + result.neighbours.size());

        // The per-set summary reaches the results table.
        window.explorerEngine()->requestNearestRealSummary();
        QTRY_VERIFY_WITH_TIMEOUT(!view->nearestRealSummary().medianToReal.isEmpty(), itgan::test::scaledTimeout(120000));
        const NearestRealSummary medians = view->nearestRealSummary();
        QCOMPARE(medians.medianToReal.keys(), (QStringList{"gan", "inversion", "itgan"}));
        QVERIFY(medians.medianRealToReal > 0);
        QVERIFY(medians.poolSize >= 10000);
        QTRY_VERIFY(window.resultsTable()->rowCount() >= 4);
        bool found = false;
        for (int row = 0; row < window.resultsTable()->rowCount(); ++row) {
            const auto *cell = window.resultsTable()->item(row, ResultsTable::kNearestRealColumn);
            found = found || (cell && cell->text() == QString::number(medians.medianToReal["itgan"], 'f', 2));
        }
        QVERIFY(found);
    }
    void explorerSwitchesBlendsInterpolatesAndSavesLatents()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        window.loadInputs(QStringLiteral("fashion-mnist"));
        window.showView(QStringLiteral("explorer"));
        LatentExplorer *explorer = window.explorer();
        QVERIFY(waitForResult(explorer, 0)); // the explorer opened the GAN latents and drew one

        // What the engine draws, computed here: the explorer's GAN latents are 10 per class, seed 0.
        itgan::DatasetRequest request;
        request.nameOrPath = "fashion-mnist";
        const itgan::Dataset data = itgan::loadDataset(request);
        auto loaded = itgan::loadGenerator(itgan::resolveModelPath("bundled", itgan::kBundledGenerator));
        loaded.generator->setTraining(false);
        itgan::Generator &g = *loaded.generator;
        const auto gan = itgan::randomLatents(g.info(), 10, 0);
        const auto za = gan.latents[2 * 10 + 3], zb = gan.latents[7 * 10 + 1];
        auto draw = [&](const torch::Tensor &z, int label) {
            return itgan::generatePixels(g, {z.unsqueeze(0), torch::tensor({int64_t(label)}), {}}, data)[0];
        };

        explorer->showLatent(QStringLiteral("gan"), 2, 3);
        quint64 seen = explorer->lastResult().sequence;
        QVERIFY(waitForResult(explorer, seen));
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().a), draw(za, 2)));

        // The same z switched to class 5.
        seen = explorer->lastResult().sequence;
        explorer->setRenderClass(5);
        QVERIFY(waitForResult(explorer, seen));
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().result), draw(za, 5)));
        QVERIFY(explorer->lastResult().caption.contains(QString::fromStdString(data.classNames[5])));
        explorer->setRenderClass(-1);

        // A → B across classes at t = 0.5: z halfway and the class embeddings blended half and half.
        explorer->setClassB(7);
        QCOMPARE(explorer->currentRequest().labelB, 7);
        seen = explorer->lastResult().sequence;
        QCOMPARE(explorer->currentRequest().indexB, 0);
        const auto zb0 = gan.latents[7 * 10 + 0];
        explorer->setInterpolation(0.5);
        QVERIFY(waitForResult(explorer, seen));
        auto halfClasses = torch::zeros({1, 10});
        halfClasses[0][2] = 0.5;
        halfClasses[0][7] = 0.5;
        torch::Tensor blended;
        {
            torch::NoGradGuard noGrad;
            blended = itgan::generatorToPixels(g.generateWithClassWeights((0.5 * za + 0.5 * zb0).unsqueeze(0), halfClasses),
                                               28, 28)[0];
        }
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().result), blended));
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().b), draw(zb0, 7)));
        const double lerpNorm = normInCaption(explorer->lastResult().caption);
        QVERIFY(std::abs(lerpNorm - (0.5 * za + 0.5 * zb0).norm().item<double>()) < 0.006);
        // slerp keeps the norm in between the two ends' (a straight line cuts the sphere's inside).
        seen = explorer->lastResult().sequence;
        explorer->setPath(QStringLiteral("slerp"));
        QVERIFY(waitForResult(explorer, seen));
        const double slerpNorm = normInCaption(explorer->lastResult().caption);
        QVERIFY(std::abs(slerpNorm - 0.5 * (za.norm() + zb0.norm()).item<double>()) < 0.006);
        QVERIFY(slerpNorm > lerpNorm + 0.5);

        // A strip of 5 steps: A at t = 0, B's image at t = 1; one PNG.
        seen = explorer->lastResult().sequence;
        explorer->setStripSteps(5);
        QVERIFY(waitForResult(explorer, seen));
        QCOMPARE(explorer->lastResult().strip.size(), 5);
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().strip.first()), draw(za, 2)));
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().strip.last()), draw(zb0, 7)));
        const QString stripPath = dir.filePath(QStringLiteral("strip.png"));
        QVERIFY(explorer->saveStripPng(stripPath));
        QCOMPARE(QImage(stripPath).size(), QSize(5 * 28, 28));
        explorer->setStripSteps(0);

        // Principal directions: each with its share of the variance, per class or over the whole set.
        const auto classAxes = itgan::principalAxes(gan.latents.narrow(0, 20, 10), 3);
        const auto allAxes = itgan::principalAxes(gan.latents, 3);
        seen = explorer->lastResult().sequence;
        explorer->setDirectionStep(0, 1.0);
        QVERIFY(waitForResult(explorer, seen));
        QCOMPARE(explorer->lastResult().explained.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(std::abs(explorer->lastResult().explained[i] - classAxes.explained[static_cast<size_t>(i)]) < 1e-9);
        QVERIFY(explorer->explainedText(0).contains(QString::number(100.0 * classAxes.explained[0], 'f', 1)));
        seen = explorer->lastResult().sequence;
        explorer->setDirectionScope(QStringLiteral("all"));
        QVERIFY(waitForResult(explorer, seen));
        QVERIFY(std::abs(explorer->lastResult().explained[0] - allAxes.explained[0]) < 1e-9);

        // Save the latent shown, then load it back as its own set: the same z draws the same image.
        explorer->setDirectionStep(0, 0.0);
        explorer->setInterpolation(0.0);
        explorer->setPath(QStringLiteral("lerp"));
        const QString latentPath = dir.filePath(QStringLiteral("picked.pt"));
        explorer->saveLatent(latentPath);
        QTRY_VERIFY_WITH_TIMEOUT(explorer->fileResultText().startsWith("Done"), itgan::test::scaledTimeout(30000));
        const auto picked = itgan::loadPickedLatents(latentPath.toStdString());
        QVERIFY(torch::equal(picked.latents.latents[0], za));
        QCOMPARE(picked.latents.labels[0].item<int64_t>(), int64_t(2));
        const auto entry = picked.provenance.at("latents").at(0);
        QCOMPARE(entry.at("set").get<std::string>(), std::string("gan"));
        QCOMPARE(entry.at("index").get<int64_t>(), int64_t(23));
        QCOMPARE(entry.at("class").get<int>(), 2);
        QCOMPARE(entry.at("source_image").get<int64_t>(), int64_t(-1)); // a GAN sample has no real source
        if (itgan::test::pythonHasTorch()) {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"),
                          QStringLiteral("import torch,sys,json; d=torch.load(sys.argv[1]); "
                                         "print(tuple(d['latents'].shape), json.loads(d['provenance'])['latents'][0]['set'])"),
                          latentPath});
            QVERIFY(python.waitForFinished(60000));
            QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
            QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), QStringLiteral("(1, 128) gan"));
        }
        explorer->loadLatents(latentPath);
        QTRY_VERIFY_WITH_TIMEOUT(explorer->fileResultText().contains("Loaded 1"), itgan::test::scaledTimeout(30000));
        seen = explorer->lastResult().sequence;
        explorer->showLatent(QStringLiteral("loaded"), 2, 0);
        QCOMPARE(explorer->currentRequest().setA, QStringLiteral("loaded"));
        QVERIFY(waitForResult(explorer, seen));
        QVERIFY(torch::equal(pixelsOf(explorer->lastResult().a), draw(za, 2)));
        // A damaged file is refused by name.
        QFile bad(dir.filePath(QStringLiteral("bad.pt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a torch file");
        bad.close();
        explorer->loadLatents(bad.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(explorer->fileResultText().startsWith("Failed"), itgan::test::scaledTimeout(30000));
        QVERIFY(explorer->fileResultText().contains("bad.pt"));
    }
};

QTEST_MAIN(LatentMapTest)
#include "tst_latent_map.moc"
