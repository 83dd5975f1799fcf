#include "SettingsDialog.h"

#include "StudioSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>

SettingsDialog::SettingsDialog(const QStringList &devices, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(StudioSettings::language())));
    form->addRow(tr("Language:"), m_language);
    form->addRow(new QLabel(tr("The language changes at the next start."), this));
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("automatic (all cores but one)"));
    m_threads->setValue(StudioSettings::threads());
    form->addRow(tr("LibTorch threads:"), m_threads);
    m_device = new QComboBox(this);
    m_device->addItems(devices);
    m_device->setCurrentIndex(std::max(0, m_device->findText(StudioSettings::device())));
    m_device->setToolTip(tr("Where inversion, IT-GAN, DM and evaluation compute. A GPU (cuda:N) is listed when this "
                            "machine has one and LibTorch was built with CUDA. Takes effect from the next job."));
    form->addRow(tr("Compute device:"), m_device);
    m_processes = new QSpinBox(this);
    m_processes->setRange(1, 256);
    m_processes->setValue(StudioSettings::localProcesses());
    m_processes->setToolTip(tr("1: Start and Evaluate run on the studio's worker thread. More: they run as that many "
                               "itgan processes (itgan launch), which share the work and give the same result; the "
                               "threads above are divided among them. Pause, live sliders and previews need one process."));
    form->addRow(tr("Processes for Start / Evaluate:"), m_processes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int SettingsDialog::threads() const
{
    return m_threads->value();
}

QString SettingsDialog::device() const
{
    return m_device->currentText();
}

int SettingsDialog::localProcesses() const
{
    return m_processes->value();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    StudioSettings::setLanguage(language());
    StudioSettings::setThreads(threads());
    StudioSettings::setDevice(device());
    StudioSettings::setLocalProcesses(localProcesses());
    QDialog::accept();
}
