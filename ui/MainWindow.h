#pragma once
// The IT-GAN Studio main window. For now it opens on the embedded default dataset and
// shows real samples per class; generator panels arrive with the generator issue.
#include <QMainWindow>

class ImageGridWidget;
class QLabel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a dataset preview off the GUI thread; datasetLoaded or loadFailed follows.
    void loadDataset(const QString &nameOrPath);
    ImageGridWidget *realGrid() const { return m_realGrid; }

signals:
    void datasetLoaded();
    void loadFailed(const QString &message);

private:
    void showAbout();

    ImageGridWidget *m_realGrid = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_generatorStatus = nullptr;
    class QThread *m_loader = nullptr;
};
