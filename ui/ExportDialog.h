#pragma once
// Export dialog: which of the run's sets to write (inversion, IT-GAN, DM), in which of
// the engine's formats (PNG folders + manifest, .npy, torch .pt, CIFAR binary, latent
// bundle), where; progress and a clear result message. The writing itself happens on
// the worker thread (exportRequested → StudioWorker::exportSets).
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    // Run folders that can be exported (each a finished inversion, IT-GAN or DM run).
    void setSources(const QStringList &runFolders);
    QStringList chosenSources() const;
    void setFormat(const QString &format);
    QString format() const;
    void setOutputFolder(const QString &folder);
    QString outputFolder() const;
    void setForce(bool force);

    void setProgress(int done, int total);
    void showResult(bool ok, const QString &message);
    QString resultText() const;
    QPushButton *exportButton() const { return m_export; }

    static QStringList formats();

Q_SIGNALS:
    void exportRequested(const QStringList &sources, const QString &format, const QString &folder, bool force);

private:
    void requestExport();

    QVBoxLayout *m_sourcesLayout = nullptr;
    QList<QCheckBox *> m_sources;
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_force = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
};
