// Starts the main window offscreen on the embedded default dataset, waits for the real
// samples to arrive from the loader thread, and renders the window to a PNG.
#include "ImageGridWidget.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QtTest>

class GuiSmokeTest : public QObject {
    Q_OBJECT

private slots:
    void opensOnFashionMnistAndRenders()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QSignalSpy generated(&window, &MainWindow::generatorLoaded);
        QSignalSpy unavailable(&window, &MainWindow::generatorUnavailable);
        window.loadDataset("fashion-mnist");
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(window.realGrid()->rowCount(), 10);
        QCOMPARE(window.realGrid()->tileCount(), 100);
        // The bundled generator's samples sit beside the real ones; without it the panel says why.
        QTRY_VERIFY_WITH_TIMEOUT(generated.count() + unavailable.count() > 0, 60000);
        if (generated.count())
            QCOMPARE(window.ganGrid()->tileCount(), 100);
        else
            QVERIFY2(window.generatorStatus().contains("generator_fmnist.pt"), qPrintable(window.generatorStatus()));

        const QImage shot = window.grab().toImage();
        const QString path = QDir::temp().filePath("itgan-studio-smoke.png");
        QVERIFY(shot.save(path));
        // The grid draws real pixels: the rendering is not one flat colour.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void aMissingDatasetIsReportedNotFatal()
    {
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.loadDataset("/no/such/folder");
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(failed.first().first().toString().contains("/no/such/folder"));
        QCOMPARE(window.realGrid()->tileCount(), 0);
    }
};

QTEST_MAIN(GuiSmokeTest)
#include "tst_gui_smoke.moc"
