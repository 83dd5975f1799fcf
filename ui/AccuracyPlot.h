#pragma once
// Train and test accuracy per epoch of every evaluated set (paper Fig. 3/4). By default one
// line per set, architecture and split — the mean over the evaluation runs with a shaded
// ± std band; "Every run" draws the runs themselves. Test solid, train dashed; each set in
// its colour (SetStyle), the same as in every other view. The legend sits beside the data
// and can be hidden. A second run folder's curves can be overlaid (dotted) to compare two
// runs. Redraws are throttled (a live evaluation adds a point per epoch); export as PNG,
// PDF or CSV.
#include "CurveStats.h"
#include "StudioTypes.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QCustomPlot;
class QTimer;

class AccuracyPlot : public QWidget {
    Q_OBJECT

public:
    explicit AccuracyPlot(QWidget *parent = nullptr);

    void addEpoch(const EvalEpochInfo &info);
    void setCurves(const QVector<EvalEpochInfo> &curves);
    void clear();
    // Curves of another run folder, drawn dotted and named with `label`; empty curves remove it.
    void setOverlay(const QString &label, const QVector<EvalEpochInfo> &curves);
    QString overlayLabel() const { return m_overlayLabel; }

    void setEveryRun(bool on);
    bool everyRun() const;
    void setLegendShown(bool on);

    // The curves: keys "set|arch|train" or "set|arch|test", with "|overlay" for the overlay's.
    QStringList curveKeys() const;
    MeanCurve meanCurve(const QString &key) const;
    QVector<QPointF> runPoints(const QString &key, int run) const;
    QList<int> runs(const QString &key) const;
    // The names in the legend, in order.
    QStringList legendNames() const;
    // The colour a curve is drawn in.
    QColor curveColour(const QString &key) const;

    QString csv() const;
    QCustomPlot *chart() const { return m_plot; }

public Q_SLOTS:
    void redrawNow();

Q_SIGNALS:
    // "Overlay…": the user picked another run folder to compare with.
    void overlayRequested(const QString &runDir);

private:
    using Series = QMap<int, QVector<QPointF>>; // run -> points
    void add(QMap<QString, Series> &target, const EvalEpochInfo &info, const QString &suffix);
    void scheduleRedraw();
    void drawKey(const QString &key, const Series &series);

    QCustomPlot *m_plot = nullptr;
    QCheckBox *m_everyRun = nullptr;
    QCheckBox *m_legend = nullptr;
    QTimer *m_throttle = nullptr;
    QMap<QString, Series> m_series; // by curve key, overlay's included
    QStringList m_order;            // keys in the order they appeared
    QString m_overlayLabel;
};
