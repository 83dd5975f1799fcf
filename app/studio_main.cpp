// itgan-studio: the desktop application.
#include "MainWindow.h"

#include "core/MemoryTuning.h"
#include "core/Threads.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName("IT-GAN Studio");
    QApplication::setOrganizationName("itgan-studio");
    QApplication::setApplicationVersion("0.1.0");

    // The system locale picks the language (German, Simplified Chinese, else English).
    QTranslator translator;
    if (translator.load(QLocale(), "itgan_studio", "_", ":/i18n"))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Synthesize informative training data with a GAN"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption datasetOption("dataset", QApplication::translate("main", "Dataset name or folder."),
                                     "dataset", "fashion-mnist");
    parser.addOption(datasetOption);
    parser.process(app);

    itgan::keepFreedMemoryForReuse();
    // Leave one core to the GUI thread.
    itgan::configureTorchThreads(std::max(1, itgan::hardwareThreads() - 1));

    MainWindow window;
    window.show();
    window.loadDataset(parser.value(datasetOption));
    return app.exec();
}
