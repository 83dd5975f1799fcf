#pragma once
// The IT-GAN Studio main window. It opens on the embedded default (Fashion-MNIST and the
// bundled generator) and shows real and GAN samples per class side by side.
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
    ImageGridWidget *ganGrid() const { return m_ganGrid; }
    QString generatorStatus() const;

signals:
    void datasetLoaded();
    void loadFailed(const QString &message);
    // After datasetLoaded: the generator's samples are shown, or why they are not.
    void generatorLoaded();
    void generatorUnavailable(const QString &message);

private:
    void showAbout();

    ImageGridWidget *m_realGrid = nullptr;
    ImageGridWidget *m_ganGrid = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_generatorStatus = nullptr;
    class QThread *m_loader = nullptr;
};
