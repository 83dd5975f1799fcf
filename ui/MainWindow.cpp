#include "MainWindow.h"

#include "ImageGridWidget.h"

#include "core/DatasetPreview.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>

#include <memory>

namespace {

constexpr int kPreviewPerClass = 10; // images shown per class
constexpr int kPreviewSeed = 0;      // latents of the GAN preview

QImage toQImage(const itgan::PreviewImage &p)
{
    const auto format = p.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    QImage img(p.pixels.data(), p.width, p.height, p.width * p.channels, format);
    return img.copy(); // own the pixels: the preview goes away
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("IT-GAN Studio"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);

    auto *realBox = new QGroupBox(tr("Real images"), central);
    auto *realLayout = new QVBoxLayout(realBox);
    m_realGrid = new ImageGridWidget(realBox);
    realLayout->addWidget(m_realGrid);
    layout->addWidget(realBox, 3);

    auto *ganBox = new QGroupBox(tr("Generator"), central);
    auto *ganLayout = new QVBoxLayout(ganBox);
    m_ganGrid = new ImageGridWidget(ganBox);
    ganLayout->addWidget(m_ganGrid, 1);
    m_generatorStatus = new QLabel(ganBox);
    m_generatorStatus->setWordWrap(true);
    ganLayout->addWidget(m_generatorStatus);
    layout->addWidget(ganBox, 3);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About IT-GAN Studio"), this, &MainWindow::showAbout);

    m_status = new QLabel(tr("Loading…"), this);
    statusBar()->addWidget(m_status, 1);
    resize(1000, 700);
}

MainWindow::~MainWindow()
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
    }
}

void MainWindow::loadDataset(const QString &nameOrPath)
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
    }
    m_status->setText(tr("Loading %1…").arg(nameOrPath));
    const std::string what = nameOrPath.toStdString();
    // Reading 70k images and sampling the generator is engine work: keep it off the GUI thread.
    m_loader = QThread::create([this, what] {
        auto preview = std::make_shared<itgan::DatasetPreview>();
        auto samples = std::make_shared<itgan::GeneratorPreview>();
        QString error, generatorError;
        try {
            *preview = itgan::loadDatasetPreview(what, kPreviewPerClass);
            try {
                const auto &first = preview->images.front();
                *samples = itgan::loadGeneratorPreview("", kPreviewPerClass, kPreviewSeed, first.height, first.width);
            } catch (const std::exception &e) {
                generatorError = QString::fromStdString(e.what());
            }
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, preview, samples, error, generatorError] {
            if (!error.isEmpty()) {
                m_status->setText(tr("Could not load the dataset: %1").arg(error));
                emit loadFailed(error);
                return;
            }
            QStringList names;
            std::vector<std::vector<QImage>> rows(preview->classNames.size());
            for (const auto &name : preview->classNames)
                names << QString::fromStdString(name);
            for (const auto &img : preview->images)
                rows[static_cast<size_t>(img.label)].push_back(toQImage(img));
            m_realGrid->setRows(names, rows);
            m_status->setText(tr("%1: %2 training and %3 test images, %4 classes")
                                  .arg(QString::fromStdString(preview->name))
                                  .arg(preview->trainSize)
                                  .arg(preview->testSize)
                                  .arg(preview->classNames.size()));
            emit datasetLoaded();
            if (!generatorError.isEmpty()) {
                m_generatorStatus->setText(tr("No generator samples: %1").arg(generatorError));
                emit generatorUnavailable(generatorError);
                return;
            }
            std::vector<std::vector<QImage>> ganRows(preview->classNames.size());
            for (const auto &img : samples->images)
                if (static_cast<size_t>(img.label) < ganRows.size())
                    ganRows[static_cast<size_t>(img.label)].push_back(toQImage(img));
            m_ganGrid->setRows(names, ganRows);
            m_generatorStatus->setText(tr("GAN samples, z ~ N(0, I), seed %1: %2")
                                           .arg(kPreviewSeed)
                                           .arg(QString::fromStdString(samples->description)));
            emit generatorLoaded();
        });
    });
    m_loader->start();
}

QString MainWindow::generatorStatus() const
{
    return m_generatorStatus->text();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IT-GAN Studio"),
                       tr("<b>IT-GAN Studio</b> %1<br>Synthesizing informative training samples with a GAN "
                          "(Zhao &amp; Bilen, 2022).")
                           .arg(QApplication::applicationVersion()));
}
