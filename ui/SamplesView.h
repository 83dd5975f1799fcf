#pragma once
// The samples view: the side-by-side grid with its controls — zoom (tile size, the same
// for every column), class filter, images per class, and a step slider that scrubs
// through a run's checkpoints and live previews.
#include "StudioTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class SampleGridWidget;

class SamplesView : public QWidget {
    Q_OBJECT

public:
    explicit SamplesView(QWidget *parent = nullptr);

    SampleGridWidget *grid() const { return m_grid; }
    void setBoard(const SampleBoard &board);
    void addFrame(const QString &column, const SampleFrame &frame);

    QSlider *stepSlider() const { return m_stepSlider; }
    QComboBox *classFilter() const { return m_classFilter; }
    QSlider *zoomSlider() const { return m_zoom; }
    // Moves the step slider to the last step at or before `iteration` (negative: the newest),
    // as when another view (the latent map) is scrubbed; stepChanged is not emitted.
    void showStep(qint64 iteration);

Q_SIGNALS:
    void tileClicked(const QString &column, int label, int index);
    // The user moved the step slider: the iteration shown (-1 = the newest).
    void stepChanged(qint64 iteration);

private:
    void refreshClassNames();
    void refreshSteps();

    SampleGridWidget *m_grid = nullptr;
    QComboBox *m_classFilter = nullptr;
    QSlider *m_zoom = nullptr;
    QSpinBox *m_perCell = nullptr;
    QSlider *m_stepSlider = nullptr;
    QLabel *m_stepLabel = nullptr;
    bool m_followLatest = true;
};
