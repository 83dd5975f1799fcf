#pragma once
// A QCustomPlot chart fed point by point from a running job: loss terms per iteration,
// or train/test accuracy per epoch. Redraws are throttled (at most a few per second) so
// a fast job never stalls the GUI. Log-y toggle, moving-average smoothing, and export as
// PNG, PDF, or the raw data as CSV.
#include <QMap>
#include <QPen>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QCustomPlot;
class QSpinBox;
class QTimer;

class LivePlot : public QWidget {
    Q_OBJECT

public:
    LivePlot(const QString &xLabel, const QString &yLabel, QWidget *parent = nullptr);

    // Appends (x, y) to `series`, creating it on first use (in its pen if one was set, else
    // the next palette colour).
    void addPoint(const QString &series, double x, double y);
    void setSeriesPen(const QString &series, const QPen &pen);
    QPen seriesPen(const QString &series) const;
    void clear();
    QStringList seriesNames() const { return m_order; }
    QVector<QPointF> points(const QString &series) const { return m_points.value(series); }

    void setLogY(bool on);
    bool logY() const;
    // Log-y by default while the series differ in magnitude by more than 10× (the loss plot:
    // L_con and R), until the user sets the toggle.
    void setAutoLogY(bool on);
    // Removes every series whose name starts with `prefix` (an overlay being replaced).
    void removeSeriesStartingWith(const QString &prefix);
    // Moving average over `window` points (1 = raw).
    void setSmoothing(int window);
    int smoothing() const;
    // The values drawn for `series` (smoothed), for tests.
    QVector<QPointF> drawnPoints(const QString &series) const;

    // Raw data, one line per point: series,x,y. Written atomically.
    QString csv() const;
    bool saveCsv(const QString &path, QString *error = nullptr) const;
    bool savePng(const QString &path);
    bool savePdf(const QString &path);
    // Asks for a file name and writes PNG, PDF or CSV by its extension.
    void exportInteractively();

    QCustomPlot *chart() const { return m_plot; }
    int redrawCount() const { return m_redraws; }

public Q_SLOTS:
    void redrawNow();

private:
    void scheduleRedraw();
    QVector<QPointF> smoothed(const QVector<QPointF> &raw) const;
    int graphIndex(const QString &series);
    void applyLogY(bool on);
    // Whether the series' typical magnitudes (median |y|) differ by more than 10×.
    bool magnitudesDifferWidely() const;

    QCustomPlot *m_plot = nullptr;
    QCheckBox *m_logY = nullptr;
    QSpinBox *m_smoothing = nullptr;
    QTimer *m_throttle = nullptr;
    QStringList m_order;
    QMap<QString, QVector<QPointF>> m_points;
    QMap<QString, int> m_graphs;
    QMap<QString, QPen> m_pens; // series drawn in a chosen pen (a set's colour)
    bool m_dirty = false;
    bool m_autoLogY = false;
    bool m_logYChosen = false; // the user clicked the toggle: automatic log-y stops
    int m_redraws = 0;
};
