// Starts the main window offscreen on the embedded default (Fashion-MNIST + the bundled
// generator), waits for the worker thread's samples, and renders each view to a PNG.
#include "MainWindow.h"
#include "SampleGridWidget.h"
#include "SamplesView.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

class GuiSmokeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ITGAN_STUDIO_NO_DIALOGS", "1");
        QCoreApplication::setOrganizationName(QStringLiteral("itgan-studio-tests"));
    }

    void opensOnFashionMnistAndRenders()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QSignalSpy generated(&window, &MainWindow::generatorLoaded);
        window.loadInputs(QStringLiteral("fashion-mnist"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, itgan::test::scaledTimeout(60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(generated.count(), 1);
        SampleGridWidget *grid = window.samplesView()->grid();
        QCOMPARE(grid->visibleColumns(), QStringList({"real", "gan"}));
        // 10 real and 10 GAN images for each of 10 classes, 5 per class shown by default.
        QCOMPARE(grid->board().columns["real"].first().tiles.size(), 100);
        QCOMPARE(grid->board().columns["gan"].first().tiles.size(), 100);
        QCOMPARE(grid->tileCount(), 100);
        window.samplesView()->grid()->setImagesPerCell(10);
        QCOMPARE(grid->tileCount(), 200);
        QVERIFY(window.modelInfo().contains("dcgan32"));
        QVERIFY(window.modelInfo().contains("Latent size"));

        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            const QImage shot = window.grab().toImage();
            QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("itgan-studio-view%1.png").arg(i))));
            if (i == 0) {
                // The grid draws real pixels: the rendering is not one flat colour.
                QSet<QRgb> colours;
                for (int y = 0; y < shot.height(); y += 5)
                    for (int x = 0; x < shot.width(); x += 5)
                        colours.insert(shot.pixel(x, y));
                QVERIFY(colours.size() > 20);
            }
        }
    }

    void aMissingDatasetIsReportedNotFatal()
    {
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.loadInputs(QStringLiteral("/no/such/folder"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, itgan::test::scaledTimeout(30000));
        QVERIFY(failed.first().first().toString().contains("/no/such/folder"));
        QCOMPARE(window.samplesView()->grid()->tileCount(), 0);
    }

    void aBrokenGeneratorStillShowsTheRealImages()
    {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("not-a-generator.pt"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a checkpoint");
        file.close();
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QSignalSpy unavailable(&window, &MainWindow::generatorUnavailable);
        window.loadInputs(QStringLiteral("fashion-mnist"), bogus);
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, itgan::test::scaledTimeout(60000));
        QCOMPARE(loaded.count(), 1);
        QVERIFY2(unavailable.first().first().toString().contains(bogus), qPrintable(unavailable.first().first().toString()));
        // Not "finished": the status bar says the generator failed (a dialog says why, outside tests).
        QTRY_VERIFY_WITH_TIMEOUT(window.jobStatus().contains(QStringLiteral("could not be loaded")), itgan::test::scaledTimeout(10000));
        QVERIFY(!window.modelInfo().contains(QStringLiteral("Exception raised from")));
        QCOMPARE(window.samplesView()->grid()->visibleColumns(), QStringList({"real"}));
        QCOMPARE(window.samplesView()->grid()->board().columns["real"].first().tiles.size(), 100);
    }
};

QTEST_MAIN(GuiSmokeTest)
#include "tst_gui_smoke.moc"
