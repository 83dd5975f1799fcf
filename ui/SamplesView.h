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

Q_SIGNALS:
    void tileClicked(const QString &column, int label, int index);

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
