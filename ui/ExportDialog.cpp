#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

QStringList ExportDialog::formats()
{
    return {QStringLiteral("png-folders"), QStringLiteral("npy"), QStringLiteral("torch"), QStringLiteral("cifar-bin"),
            QStringLiteral("bundle")};
}

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export datasets"));
    auto *layout = new QVBoxLayout(this);
    auto *sources = new QGroupBox(tr("Sets"), this);
    m_sourcesLayout = new QVBoxLayout(sources);
    layout->addWidget(sources);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    const QStringList descriptions = {tr("PNG class folders + manifest.json"), tr("NumPy images.npy + labels.npy"),
                                      tr("PyTorch .pt dict {images, labels, classes}"), tr("CIFAR binary records"),
                                      tr("Latent bundle (generator + latents + manifest)")};
    for (int i = 0; i < formats().size(); ++i)
        m_format->addItem(descriptions[i], formats()[i]);
    form->addRow(tr("Format:"), m_format);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Into folder:"), folderRow);
    m_force = new QCheckBox(tr("Replace existing exports"), this);
    form->addRow(m_force);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::requestExport);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
}

void ExportDialog::setSources(const QStringList &runFolders)
{
    qDeleteAll(m_sources);
    m_sources.clear();
    for (const QString &folder : runFolders) {
        auto *box = new QCheckBox(QDir(folder).dirName() + QStringLiteral("  (") + folder + QLatin1Char(')'), this);
        box->setProperty("folder", folder);
        box->setChecked(true);
        m_sourcesLayout->addWidget(box);
        m_sources << box;
    }
    if (runFolders.isEmpty()) {
        m_result->setText(tr("No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first."));
        m_export->setEnabled(false);
    } else {
        m_result->clear();
        m_export->setEnabled(true);
    }
}

QStringList ExportDialog::chosenSources() const
{
    QStringList chosen;
    for (const auto *box : m_sources)
        if (box->isChecked())
            chosen << box->property("folder").toString();
    return chosen;
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString ExportDialog::outputFolder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setForce(bool force)
{
    m_force->setChecked(force);
}

void ExportDialog::requestExport()
{
    if (outputFolder().isEmpty()) {
        showResult(false, tr("Choose the folder to export into."));
        return;
    }
    if (chosenSources().isEmpty()) {
        showResult(false, tr("Choose at least one set."));
        return;
    }
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting…"));
    m_progress->setValue(0);
    Q_EMIT exportRequested(chosenSources(), format(), outputFolder(), m_force->isChecked());
}

void ExportDialog::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void ExportDialog::showResult(bool ok, const QString &message)
{
    m_export->setEnabled(!m_sources.isEmpty());
    m_result->setText((ok ? tr("Done. ") : tr("Failed: ")) + message);
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}
