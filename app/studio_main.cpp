// itgan-studio: the desktop application.
#include "MainWindow.h"
#include "StudioSettings.h"

#include "core/base/MemoryTuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    // A file-size limit (ulimit -f) makes a write fail with "File too large", shown with the
    // file's name, instead of killing the studio mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("IT-GAN Studio"));
    QApplication::setOrganizationName(QStringLiteral("itgan-studio"));
    QApplication::setApplicationVersion(QStringLiteral(ITGAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.itgan_studio.ItganStudio"));

    // The language from the settings, else the system locale (German, Simplified Chinese, else English).
    const QString language = StudioSettings::language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator translator, qtTranslator;
    if (translator.load(locale, QStringLiteral("itgan_studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Synthesize informative training data with a GAN"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption datasetOption(QStringLiteral("dataset"), QApplication::translate("main", "Dataset name or folder."),
                                     QStringLiteral("dataset"), QStringLiteral("fashion-mnist"));
    QCommandLineOption generatorOption(QStringLiteral("generator"),
                                       QApplication::translate("main", "Generator file ('bundled' = the bundled one)."),
                                       QStringLiteral("file"), QStringLiteral("bundled"));
    QCommandLineOption runOption(QStringLiteral("run"), QApplication::translate("main", "Run folder to open."),
                                 QStringLiteral("folder"));
    QCommandLineOption viewOption(QStringLiteral("view"),
                                  QApplication::translate("main", "View to open: samples, plots, explorer or map."),
                                  QStringLiteral("view"), QStringLiteral("samples"));
    parser.addOption(viewOption);
    parser.addOption(datasetOption);
    parser.addOption(generatorOption);
    parser.addOption(runOption);
    parser.process(app);
    if (!MainWindow::viewNames().contains(parser.value(viewOption))) {
        std::fprintf(stderr, "itgan-studio: --view %s: expected one of %s\n", qPrintable(parser.value(viewOption)),
                     qPrintable(MainWindow::viewNames().join(QStringLiteral(", "))));
        return 2;
    }

    itgan::keepFreedMemoryForReuse();

    MainWindow window;
    window.show();
    window.loadInputs(parser.value(datasetOption), parser.value(generatorOption));
    window.showView(parser.value(viewOption));
    if (parser.isSet(runOption))
        window.openRunFolder(parser.value(runOption));
    return app.exec();
}
