// Bad files opened in the studio (issue 13, "Prove it: GUI"): every bad generator, dataset
// folder, run folder and configuration, opened through the File menu (its file dialog
// driven as a person would), dropped on the window, or given on the command line (what
// studio_main does with --dataset / --generator / --run), must give a dialog whose message
// names the file and has no backtrace, leave every file as it was, and leave the window
// usable (nothing running, the menus enabled, a good dataset and generator open afterwards).
#include "TestSupport.h"

#include "MainWindow.h"
#include "SampleGridWidget.h"
#include "SamplesView.h"

#include "core/io/BundledModels.h"

#include <QAction>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

// Answers the studio's modal dialogs while an action runs, as a person would: a file
// dialog gets `chosenPath` and OK; a message box is read and closed.
class DialogAnswerer : public QObject {
public:
    QString chosenPath;
    QStringList messages;
    QStringList titles;

    DialogAnswerer()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
        m_timer.start();
    }

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            // Types the path into the file name box and presses OK, as a person would.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(chosenPath);
            static_cast<QDialog *>(dialog)->accept(); // what OK does
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            titles << box->windowTitle();
            messages << box->text();
            box->done(QMessageBox::Ok);
        }
    }
    QTimer m_timer;
};

QAction *fileMenuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
    return nullptr;
}

void dropOn(MainWindow &window, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
}

} // namespace

class StudioBadFilesTest : public QObject {
    Q_OBJECT

    std::string m_dir;
    MainWindow *m_window = nullptr;

    QString path(const std::string &name) const { return QString::fromStdString(m_dir + "/" + name); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("itgan-studio-tests"));
        // Qt's own file dialog, which the answerer can fill in (a platform's native one is
        // another process's window).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        m_dir = test::makeTempDir("studio-bad-files");
        // A real run folder to damage: two inversion iterations of one image per class.
        const auto made = test::runProgram(ITGAN_CLI_PATH, {"invert", "-k", "1", "--iterations", "2", "--threads", "1",
                                                            "--out", path("good-run")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));

        test::writeFileBytes(m_dir + "/garbage.pt", "this is not a checkpoint");
        const std::vector<char> generator = readFileBytes(bundledModelPath(kBundledGenerator));
        test::writeFileBytes(m_dir + "/truncated.pt", std::string(generator.begin(), generator.begin() + generator.size() / 2));
        std::string flipped(generator.begin(), generator.end());
        flipped[flipped.size() / 3] ^= 0x10;
        test::writeFileBytes(m_dir + "/flipped.pt", flipped);
        // An IDX folder whose image file ends inside its header.
        test::writeFileBytes(m_dir + "/bad-idx/train-images-idx3-ubyte", std::string("\0\0\x08", 3));
        test::writeFileBytes(m_dir + "/bad-idx/train-labels-idx1-ubyte", std::string("\0\0\x08\x01\0\0\0\0", 8));
        test::writeFileBytes(m_dir + "/empty-folder/readme.txt", "no images here");
        for (const char *damage : {"run-bad-config", "run-bad-latents", "run-flipped-latents"})
            fs::copy(m_dir + "/good-run", m_dir + "/" + damage, fs::copy_options::recursive);
        test::writeFileBytes(m_dir + "/run-bad-config/config.json", "{\"method\": \"inversion\", ");
        test::writeFileBytes(m_dir + "/run-bad-latents/latents.pt", "garbage");
        std::vector<char> latents = readFileBytes(m_dir + "/good-run/latents.pt");
        latents[latents.size() / 2] ^= 0x01;
        test::writeFileBytes(m_dir + "/run-flipped-latents/latents.pt", std::string(latents.begin(), latents.end()));
        test::writeFileBytes(m_dir + "/lambda.json", "{\"itgan\": {\"lambda\": -1}}");
        test::writeFileBytes(m_dir + "/broken.json", "{\"itgan\": ");

        m_window = new MainWindow;
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::generatorLoaded);
        m_window->loadInputs(QStringLiteral("fashion-mnist"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 120000);
    }

    void cleanupTestCase()
    {
        delete m_window;
        fs::remove_all(m_dir);
    }

    void badFileGivesADialogAndChangesNothing_data()
    {
        QTest::addColumn<QString>("route");   // menu:<action text> | drop | command-line-generator | -dataset | -run
        QTest::addColumn<QString>("file");    // under the test folder
        QTest::addColumn<QString>("expected"); // besides the file's name, in the message

        const QString generator = QStringLiteral("Open &generator…"), dataset = QStringLiteral("Open &dataset…"),
                      run = QStringLiteral("&Open run folder…");
        for (const char *file : {"garbage.pt", "truncated.pt", "flipped.pt"}) {
            const QString expected = QString::fromLatin1(file) == QLatin1String("flipped.pt") ? "damaged" : "";
            QTest::addRow("menu generator %s", file) << "menu:" + generator << file << expected;
            QTest::addRow("drop generator %s", file) << "drop" << file << expected;
            QTest::addRow("command line generator %s", file) << "command-line-generator" << file << expected;
        }
        for (const char *folder : {"bad-idx", "empty-folder"}) {
            QTest::addRow("menu dataset %s", folder) << "menu:" + dataset << folder << "";
            QTest::addRow("drop dataset %s", folder) << "drop" << folder << "";
            QTest::addRow("command line dataset %s", folder) << "command-line-dataset" << folder << "";
        }
        for (const char *folder : {"run-bad-config", "run-bad-latents", "run-flipped-latents"}) {
            QTest::addRow("menu run %s", folder) << "menu:" + run << folder << "";
            QTest::addRow("drop run %s", folder) << "drop" << folder << "";
            QTest::addRow("command line run %s", folder) << "command-line-run" << folder << "";
        }
        QTest::addRow("drop config with lambda -1") << "drop" << "lambda.json" << "lambda";
        QTest::addRow("drop config not JSON") << "drop" << "broken.json" << "not valid JSON";
        QTest::addRow("drop a missing file") << "drop" << "no-such-file.pt" << "no such file";
    }

    void badFileGivesADialogAndChangesNothing()
    {
        QFETCH(QString, route);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString target = path(file.toStdString());
        const test::FileTree before = test::treeOf(m_dir);
        QSignalSpy ended(m_window, &MainWindow::jobEnded);

        DialogAnswerer answerer;
        answerer.chosenPath = target;
        if (route.startsWith(QLatin1String("menu:"))) {
            QAction *action = fileMenuAction(*m_window, route.mid(5));
            QVERIFY2(action, qPrintable(route));
            action->trigger(); // its file dialog gets `target` and OK from the answerer
        } else if (route == QLatin1String("drop")) {
            dropOn(*m_window, target);
        } else if (route == QLatin1String("command-line-generator")) {
            m_window->loadInputs(QStringLiteral("fashion-mnist"), target);
        } else if (route == QLatin1String("command-line-dataset")) {
            m_window->loadInputs(target);
        } else {
            m_window->openRunFolder(target);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!answerer.messages.isEmpty(), 60000);
        // Whatever job the file started ends before the next row (a late second dialog would
        // otherwise be answered by nobody).
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isJobRunning(), 60000);
        QTest::qWait(100);

        for (const QString &message : answerer.messages) {
            QVERIFY2(message.contains(file), qPrintable("the message does not name " + file + ": " + message));
            QVERIFY2(expected.isEmpty() || message.contains(expected, Qt::CaseInsensitive),
                     qPrintable("expected \"" + expected + "\" in: " + message));
            for (const char *backtrace : {"Exception raised from", "frame #", "c10::", "std::"})
                QVERIFY2(!message.contains(QLatin1String(backtrace)), qPrintable("a backtrace in the dialog: " + message));
            QVERIFY2(message.size() < 1600, qPrintable(QString("a dialog of %1 characters").arg(message.size())));
        }
        const test::FileTree after = test::treeOf(m_dir);
        QVERIFY2(after == before, qPrintable("files changed: " + test::describeTreeChange(before, after)));
        // Usable: visible, nothing running, the File menu's actions enabled.
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->isJobRunning());
        for (const QString &text : {QStringLiteral("Open &dataset…"), QStringLiteral("Open &generator…"),
                                    QStringLiteral("&Open run folder…")})
            QVERIFY2(fileMenuAction(*m_window, text) && fileMenuAction(*m_window, text)->isEnabled(), qPrintable(text));
    }

    // After all of the above, the same window opens good inputs and a good run folder.
    void theWindowStillOpensGoodFiles()
    {
        DialogAnswerer answerer;
        QSignalSpy loaded(m_window, &MainWindow::generatorLoaded);
        m_window->loadInputs(QStringLiteral("fashion-mnist"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 120000);
        QCOMPARE(m_window->samplesView()->grid()->visibleColumns(), QStringList({"real", "gan"}));
        QSignalSpy opened(m_window, &MainWindow::runOpened);
        dropOn(*m_window, path("good-run"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QVERIFY2(answerer.messages.isEmpty(), qPrintable(answerer.messages.join("\n")));
    }
};

QTEST_MAIN(StudioBadFilesTest)
#include "tst_studio_bad_files.moc"
