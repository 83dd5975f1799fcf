#pragma once
// The latent explorer: one latent with its real source image, its inversion and its
// IT-GAN version; an interpolation slider between two latents (two versions of one
// image, or two images of a class); sliders along principal or random directions of the
// class's latents; a class switch. Every move sends a request to the ExplorerEngine,
// which renders on its own thread, newest request first.
#include "engine/ExplorerEngine.h"

#include <QWidget>

class QComboBox;
class QLabel;
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
    ExploreRequest currentRequest() const;

    static constexpr int kDirections = 3;
    QSlider *interpolationSlider() const { return m_t; }

Q_SIGNALS:
    void requestChanged(const ExploreRequest &request);

private:
    void refreshRanges();
    void emitRequest();

    QMap<QString, QVector<int>> m_counts;
    QComboBox *m_class = nullptr;
    QComboBox *m_setA = nullptr;
    QSpinBox *m_indexA = nullptr;
    QComboBox *m_setB = nullptr;
    QSpinBox *m_indexB = nullptr;
    QSlider *m_t = nullptr;
    QComboBox *m_directions = nullptr;
    QVector<QSlider *> m_alphas;
    QLabel *m_source = nullptr;
    QLabel *m_inversion = nullptr;
    QLabel *m_itgan = nullptr;
    QLabel *m_a = nullptr;
    QLabel *m_b = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_caption = nullptr;
    bool m_updating = false;
};
