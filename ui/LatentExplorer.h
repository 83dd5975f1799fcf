#pragma once
// The latent explorer: one latent with its real source image, its inversion and its IT-GAN
// version; interpolation from A to B (lerp or slerp; B may be of another class, and the
// class then blends along the way), the same z switched to any class, steps along three
// principal (or random) directions of the class's — or the whole set's — latents, each with
// its exact value and share of the variance; a strip of N interpolation steps exported as
// one PNG; the latent shown saved with its provenance and loaded back. Every move sends a
// request to the ExplorerEngine, which renders on its own thread, newest request first.
#include "engine/ExplorerEngine.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

class LatentExplorer : public QWidget {
    Q_OBJECT

public:
    explicit LatentExplorer(QWidget *parent = nullptr);

    void setSets(const QStringList &classNames, const QMap<QString, QVector<int>> &counts);
    // Shows latent `index` of class `label` from `set` (a clicked tile).
    void showLatent(const QString &set, int label, int index);
    void showResult(const ExploreResult &result);
    void showError(const QString &message);
    // How a save or load of latents ended.
    void showFileResult(bool ok, const QString &message);
    ExploreRequest currentRequest() const;
    const ExploreResult &lastResult() const { return m_last; }
    // The engine's number of the newest request sent; the result shown answers it when isCurrent().
    void setRequestedSequence(quint64 sequence) { m_requested = sequence; }
    bool isCurrent() const { return m_last.sequence >= m_requested; }

    // The controls a test (or a script) sets like a user.
    void setInterpolation(double t);
    void setClassB(int label);      // -1 = A's class
    void setRenderClass(int label); // -1 = the A → B class path
    void setPath(const QString &path);
    void setDirectionScope(const QString &scope);
    void setDirectionStep(int direction, double step);
    void setStripSteps(int steps);
    // The strip of the last result as one image (empty without a strip), and as a PNG file.
    QImage stripImage() const;
    bool saveStripPng(const QString &path, QString *error = nullptr) const;
    // Asks the engine to save the latent shown / load a latents file (the answer comes
    // through showFileResult).
    void saveLatent(const QString &path);
    void loadLatents(const QString &path);
    QString fileResultText() const;
    // The explained-variance text beside direction `i` ("" for random directions).
    QString explainedText(int direction) const;

    static constexpr int kDirections = 3;
    QSlider *interpolationSlider() const { return m_t; }

Q_SIGNALS:
    void requestChanged(const ExploreRequest &request);
    void saveRequested(const ExploreRequest &request, const QString &path);
    void loadRequested(const QString &path);

private:
    void refreshRanges();
    void emitRequest();
    void exportStripInteractively();

    QMap<QString, QVector<int>> m_counts;
    QStringList m_classNames;
    QComboBox *m_class = nullptr;
    QComboBox *m_setA = nullptr;
    QSpinBox *m_indexA = nullptr;
    QComboBox *m_setB = nullptr;
    QComboBox *m_classB = nullptr;
    QSpinBox *m_indexB = nullptr;
    QSlider *m_t = nullptr;
    QDoubleSpinBox *m_tValue = nullptr;
    QComboBox *m_path = nullptr;
    QComboBox *m_renderClass = nullptr;
    QComboBox *m_directions = nullptr;
    QComboBox *m_scope = nullptr;
    QVector<QSlider *> m_alphas;
    QVector<QDoubleSpinBox *> m_alphaValues;
    QVector<QLabel *> m_explained;
    QSpinBox *m_stripSteps = nullptr;
    QPushButton *m_exportStrip = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_inversion = nullptr;
    QLabel *m_itgan = nullptr;
    QLabel *m_a = nullptr;
    QLabel *m_b = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_strip = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_fileResult = nullptr;
    ExploreResult m_last;
    quint64 m_requested = 0;
    bool m_updating = false;
};
