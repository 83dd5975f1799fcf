// Benchmark of IT-GAN Studio's responsiveness (built on demand, not registered with CTest: timings
// on shared machines are noise; run it on a quiet machine):
//  1. the time to render a 1,000-tile samples grid (10 classes × 100 images), and
//  2. the GUI event-loop latency while an IT-GAN run is active on the worker thread:
//     a 10 ms timer measures how late it fires (p50 / p99 / max), while live loss
//     points and previews arrive. It fails when p99 reaches the 50 ms target.
//  3. the same while the latent map shows 10 000 points (with 1 000 trajectories) and the
//     user hovers over it every 50 ms and scrubs its step every 500 ms (target p99 < 50 ms).
// Usage: QT_QPA_PLATFORM=offscreen [ITGAN_BENCH_SECONDS=30] [ITGAN_BENCH_REAL_BATCH=256]
//        [ITGAN_BENCH_THREADS=N] bench_gui
#include "LatentMapView.h"
#include "LivePlot.h"
#include "MainWindow.h"
#include "StudioSettings.h"
#include "RunPanel.h"
#include "SampleGridWidget.h"
#include "engine/StudioWorker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>

namespace {

// A positive integer from the environment, else `fallback`.
int environmentOr(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}

void benchGridRender()
{
    SampleBoard board;
    for (int c = 0; c < 10; ++c)
        board.classNames << QStringLiteral("class %1").arg(c);
    SampleFrame frame;
    for (int i = 0; i < 1000; ++i) {
        QImage image(28, 28, QImage::Format_Grayscale8);
        image.fill(i % 256);
        frame.tiles.append({image, i / 100, i, QString()});
    }
    board.columns.insert(QStringLiteral("itgan"), {frame});
    QElapsedTimer setup;
    setup.start();
    SampleGridWidget grid;
    grid.setImagesPerCell(100);
    grid.setBoard(board);
    grid.resize(grid.sizeHint());
    const double setupMs = static_cast<double>(setup.nsecsElapsed()) / 1e6;
    QCOMPARE(grid.tileCount(), 1000);
    for (int tileSize : {40, 80}) {
        grid.setTileSize(tileSize);
        grid.resize(grid.sizeHint());
        grid.grab(); // warm-up
        const int repeats = 20;
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < repeats; ++r)
            grid.grab();
        std::printf("1000-tile grid, tile %d px (%dx%d widget): %.1f ms per full render (mean of %d); setBoard %.1f ms, "
                    "tiles shown %d\n",
                    tileSize, grid.width(), grid.height(), static_cast<double>(timer.nsecsElapsed()) / 1e6 / repeats,
                    repeats, setupMs, grid.tileCount());
    }
}

// A map of 10 000 points: 5 sets × 10 classes × 200, each with a 28×28 tile; 1 000 IT-GAN
// trajectories over 10 steps.
LatentMap syntheticMap()
{
    LatentMap map;
    map.space = latentSpaceName();
    for (int c = 0; c < 10; ++c)
        map.classNames << QStringLiteral("class %1").arg(c);
    QRandomGenerator random(7);
    const QStringList sets = {"real", "gan", "inversion", "itgan", "dm"};
    for (const QString &set : sets)
        for (int c = 0; c < 10; ++c)
            for (int i = 0; i < 200; ++i) {
                MapPoint p;
                p.set = set;
                p.label = c;
                p.index = c * 200 + i;
                p.indexInClass = i;
                p.position = QPointF(c + random.generateDouble() * 3, (c % 3) + random.generateDouble() * 3);
                map.points << p;
                QImage tile(28, 28, QImage::Format_Grayscale8);
                tile.fill(static_cast<int>(random.bounded(256)));
                map.tiles << tile;
            }
    map.candidates = static_cast<int>(map.points.size());
    map.explained = {0.2, 0.1};
    for (qint64 step = 0; step < 10; ++step)
        map.steps << step * 100;
    for (int i = 0; i < map.points.size() && map.tracks.size() < 1000; ++i)
        if (map.points[i].set == QLatin1String("itgan")) {
            MapTrack track;
            track.point = i;
            for (int s = 0; s < 10; ++s)
                track.positions << map.points[i].position + QPointF(0.05 * s, -0.03 * s);
            map.tracks << track;
        }
    return map;
}

void benchEventLoopLatency(int seconds, int realBatch, bool withMap)
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QTimer hover, scrub;
    if (withMap) {
        // The map tab asks the engine for its own map first; the 10 000 points replace it.
        LatentMapView *map = window.latentMap();
        window.showView(QStringLiteral("map"));
        QElapsedTimer opening;
        opening.start();
        while (map->map().points.isEmpty() && opening.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        map->setMap(syntheticMap());
        QCOMPARE(map->visiblePoints().size(), 10000);
        int position = 0;
        QObject::connect(&hover, &QTimer::timeout, [map, &position] {
            position = (position + 37) % 400;
            QTest::mouseMove(map->plot(), QPoint(40 + position, 40 + (position * 7) % 300));
        });
        int step = 0;
        QObject::connect(&scrub, &QTimer::timeout, [map, &step] {
            step = (step + 1) % 11;
            map->setStep(step == 10 ? -1 : step * 100);
        });
    }
    QJsonObject config = StudioWorker::defaultConfig();
    config["images_per_class"] = 10;
    config["sets"] = QJsonArray{"itgan"};
    QJsonObject inversion = config["inversion"].toObject();
    inversion["iterations"] = 5;
    config["inversion"] = inversion;
    QJsonObject itgan = config["itgan"].toObject();
    itgan["iterations"] = 100000;
    itgan["real_batch"] = realBatch;
    config["itgan"] = itgan;
    window.runPanel()->setConfig(config);
    window.runPanel()->setRunDirectory(dir.filePath(QStringLiteral("run")));
    QSignalSpy iterations(window.worker(), &StudioWorker::iterationDone);
    QSignalSpy previews(window.worker(), &StudioWorker::previewReady);
    window.startRun();
    // Measure once IT-GAN iterations are coming (the inversion and set-up are over).
    QElapsedTimer waiting;
    waiting.start();
    while (waiting.elapsed() < 300000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!iterations.isEmpty() && iterations.last().first().value<IterationInfo>().method == QLatin1String("itgan"))
            break;
    }
    const int iterationsBefore = static_cast<int>(iterations.count()), previewsBefore = static_cast<int>(previews.count());
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, static_cast<double>(now - last) / 1e6 - 10.0));
        last = now;
    });
    tick.start();
    if (withMap) {
        hover.start(50);
        scrub.start(500);
    }
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    hover.stop();
    scrub.stop();
    QVERIFY2(iterations.count() > iterationsBefore, "no IT-GAN iteration finished during the measurement");
    QVERIFY(lateness.size() > static_cast<size_t>(seconds) * 50);
    std::printf("event-loop latency during an IT-GAN run%s (%d LibTorch thread(s), 10 latents/class, real batch %d, %d s, %zu ticks, "
                "%d iterations, %d previews, %d plot redraws): p50 %.1f ms, p99 %.1f ms, max %.1f ms late\n",
                withMap ? " with the map of 10 000 points hovered and scrubbed" : "", StudioSettings::effectiveThreads(),
                realBatch, seconds, lateness.size(), static_cast<int>(iterations.count()) - iterationsBefore,
                static_cast<int>(previews.count()) - previewsBefore, window.lossPlot()->redrawCount(),
                percentile(lateness, 0.5), percentile(lateness, 0.99),
                lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
    window.worker()->cancel();
    QVERIFY2(percentile(lateness, 0.99) < 50.0, "event-loop latency p99 reached the 50 ms target");
}

} // namespace

class GuiBenchmark : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ITGAN_STUDIO_NO_DIALOGS", "1");
        QCoreApplication::setOrganizationName(QStringLiteral("itgan-studio-bench"));
        // LibTorch threads of the worker (0 = all cores but one, the studio's default).
        StudioSettings::setThreads(qEnvironmentVariableIntValue("ITGAN_BENCH_THREADS"));
    }

    void gridRender() { benchGridRender(); }

    void eventLoopLatencyDuringARun()
    {
        benchEventLoopLatency(environmentOr("ITGAN_BENCH_SECONDS", 30), environmentOr("ITGAN_BENCH_REAL_BATCH", 256), false);
    }

    void eventLoopLatencyWithTheMapDuringARun()
    {
        benchEventLoopLatency(environmentOr("ITGAN_BENCH_SECONDS", 30), environmentOr("ITGAN_BENCH_REAL_BATCH", 256), true);
    }
};

QTEST_MAIN(GuiBenchmark)
#include "bench_gui.moc"
