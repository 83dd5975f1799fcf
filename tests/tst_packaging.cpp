// Packaging checks: the desktop file and AppStream metainfo validate with the standard
// tools, the man pages render without warnings and document every command and option,
// and `cmake --install` lays out binaries, models, desktop integration and man pages.
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSource = QStringLiteral(ITGAN_SOURCE_DIR);
const QString kAppId = QStringLiteral("io.github.itgan_studio.ItganStudio");

struct Run {
    int code = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class PackagingTest : public QObject {
    Q_OBJECT

private slots:
    void desktopFileValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        // packaging/setup.sh installs desktop-file-utils, appstream and groff-base.
        QVERIFY2(!tool.isEmpty(), "desktop-file-validate is missing: run packaging/setup.sh (Debian package desktop-file-utils)");
        const Run r = run(tool, {kSource + QStringLiteral("/packaging/") + kAppId + QStringLiteral(".desktop")});
        QVERIFY2(r.code == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        QVERIFY2(!tool.isEmpty(), "appstreamcli is missing: run packaging/setup.sh (Debian package appstream)");
        const Run r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                 kSource + QStringLiteral("/packaging/") + kAppId + QStringLiteral(".metainfo.xml")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // The screenshots it names are in the repository.
        const QString metainfo = readText(kSource + QStringLiteral("/packaging/") + kAppId + QStringLiteral(".metainfo.xml"));
        const QRegularExpression image(QStringLiteral("/main/(resources/screenshots/[a-z]+\\.png)</image>"));
        int screenshots = 0;
        for (auto it = image.globalMatch(metainfo); it.hasNext(); ++screenshots) {
            const QString file = kSource + QLatin1Char('/') + it.next().captured(1);
            QVERIFY2(QImage(file).width() > 800, qPrintable(file));
        }
        QCOMPARE(screenshots, 3);
    }

    void manPagesRenderAndDocumentEveryCommand()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        QVERIFY2(!groff.isEmpty(), "groff is missing: run packaging/setup.sh (Debian package groff-base)");
        for (const QString page : {"itgan.1", "itgan-studio.1"}) {
            const QString path = kSource + QStringLiteral("/packaging/man/") + page;
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            const Run r = run(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), path});
            QVERIFY2(r.code == 0 && r.output.trimmed().isEmpty(), qPrintable(page + QStringLiteral(": ") + r.output));
        }
        // Every subcommand `itgan --help` lists has an entry in itgan.1.
        const Run help = run(QStringLiteral(ITGAN_CLI_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QString manual = readText(kSource + QStringLiteral("/packaging/man/itgan.1")).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        const QString commands = help.output.mid(help.output.indexOf(QStringLiteral("Subcommands:")));
        const QRegularExpression name(QStringLiteral("^  ([a-z-]+) "), QRegularExpression::MultilineOption);
        int listed = 0;
        for (auto it = name.globalMatch(commands); it.hasNext(); ++listed) {
            const QString command = it.next().captured(1);
            QVERIFY2(manual.contains(QStringLiteral(".B ") + command + QLatin1Char('\n')), qPrintable(command));
        }
        QVERIFY(listed >= 14);
        // Every option of itgan-studio is in its page.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess studio;
        studio.setProcessEnvironment(env);
        studio.setProcessChannelMode(QProcess::MergedChannels);
        studio.start(QStringLiteral(ITGAN_STUDIO_PATH), {QStringLiteral("--help")});
        QVERIFY(studio.waitForFinished(60000));
        const QString studioHelp = QString::fromUtf8(studio.readAll());
        const QString studioManual =
            readText(kSource + QStringLiteral("/packaging/man/itgan-studio.1")).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        const QRegularExpression option(QStringLiteral("--([a-z]+) <"));
        int options = 0;
        for (auto it = option.globalMatch(studioHelp); it.hasNext(); ++options) {
            const QString o = it.next().captured(1);
            QVERIFY2(studioManual.contains(QStringLiteral("--") + o), qPrintable(o));
        }
        QCOMPARE(options, 4);
        // A bad value is refused with its name, before any window opens.
        studio.start(QStringLiteral(ITGAN_STUDIO_PATH), {QStringLiteral("--view"), QStringLiteral("bogus")});
        QVERIFY(studio.waitForFinished(60000));
        QCOMPARE(studio.exitCode(), 2);
        QVERIFY(QString::fromUtf8(studio.readAll()).contains(QStringLiteral("--view bogus: expected one of samples, plots, explorer, map")));
    }

    void installLaysOutEverything()
    {
        QTemporaryDir prefix;
        const Run r = run(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(ITGAN_BUILD_DIR),
                                                    QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        const QStringList files = {"bin/itgan", "bin/itgan-studio", QStringLiteral("share/applications/") + kAppId + ".desktop",
              QStringLiteral("share/metainfo/") + kAppId + ".metainfo.xml", QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + ".svg",
              QString("share/man/man1/itgan.1.gz"), QString("share/man/man1/itgan-studio.1.gz"),
              QString("share/doc/itgan-studio/copyright"), QString("share/doc/itgan-studio/changelog.gz"),
              QString("share/itgan-studio/models/generator_fmnist.pt"), QString("share/itgan-studio/models/convnet_fmnist.pt"),
              QString("share/itgan-studio/models/content_hashes.json")};
        for (const QString &file : files)
            QVERIFY2(QFileInfo::exists(prefix.filePath(file)), qPrintable(file));
        // The installed CLI reads the installed models.
        QProcess info;
        info.setProcessChannelMode(QProcess::MergedChannels);
        info.start(prefix.filePath(QStringLiteral("bin/itgan")),
                   {QStringLiteral("generator-info"), prefix.filePath(QStringLiteral("share/itgan-studio/models/generator_fmnist.pt"))});
        QVERIFY(info.waitForFinished(60000));
        const QString text = QString::fromUtf8(info.readAll());
        QVERIFY2(info.exitCode() == 0 && text.contains(QStringLiteral("dcgan32")), qPrintable(text));
    }

    // The .deb installs under /usr whatever the build's prefix (the default preset's is
    // /usr/local), and lintian finds no error in it.
    void debianPackageInstallsUnderUsr()
    {
        QTemporaryDir out;
        const Run pack = run(QStringLiteral("cpack"), {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                                       QStringLiteral(ITGAN_BUILD_DIR "/CPackConfig.cmake"),
                                                       QStringLiteral("-B"), out.path()});
        QVERIFY2(pack.code == 0, qPrintable(pack.output));
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = out.filePath(debs.first());
        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
        QVERIFY2(contents.code == 0, qPrintable(contents.output));
        QVERIFY2(contents.output.contains(QStringLiteral("./usr/bin/itgan-studio")), qPrintable(contents.output));
        QVERIFY2(contents.output.contains(QStringLiteral("./usr/share/itgan-studio/models/generator_fmnist.pt")),
                 qPrintable(contents.output));
        QVERIFY2(!contents.output.contains(QStringLiteral("/usr/local")), qPrintable(contents.output));
        // lintian (packaging/setup.sh installs it) exits non-zero when it finds an error.
        const Run lint = run(QStringLiteral("lintian"), {QStringLiteral("--no-tag-display-limit"), deb});
        QVERIFY2(lint.code == 0 && !lint.output.contains(QRegularExpression(QStringLiteral("^E: "), QRegularExpression::MultilineOption)),
                 qPrintable(QStringLiteral("lintian exit %1:\n").arg(lint.code) + lint.output));
    }
};

QTEST_GUILESS_MAIN(PackagingTest)
#include "tst_packaging.moc"
