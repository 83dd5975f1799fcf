#include "LivePlot.h"

#include "PlotExport.h"
#include "SetStyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

LivePlot::LivePlot(const QString &xLabel, const QString &yLabel, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_logY = new QCheckBox(tr("Log y"), this);
    controls->addWidget(m_logY);
    controls->addWidget(new QLabel(tr("Smoothing:"), this));
    m_smoothing = new QSpinBox(this);
    m_smoothing->setRange(1, 500);
    m_smoothing->setValue(1);
    m_smoothing->setToolTip(tr("Moving average over this many points (1 = raw values)"));
    controls->addWidget(m_smoothing);
    controls->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the plot as PNG or PDF, or its data as CSV"));
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_plot = new QCustomPlot(this);
    m_plot->xAxis->setLabel(xLabel);
    m_plot->yAxis->setLabel(yLabel);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumHeight(160);
    layout->addWidget(m_plot, 1);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kPlotRedrawIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &LivePlot::redrawNow);
    // A click is the user's choice (automatic log-y stops); programmatic changes block signals.
    connect(m_logY, &QCheckBox::clicked, this, [this](bool on) {
        m_logYChosen = true;
        setLogY(on);
    });
    connect(m_smoothing, qOverload<int>(&QSpinBox::valueChanged), this, &LivePlot::setSmoothing);
    connect(exportButton, &QPushButton::clicked, this, &LivePlot::exportInteractively);
}

int LivePlot::graphIndex(const QString &series)
{
    auto it = m_graphs.find(series);
    if (it != m_graphs.end())
        return *it;
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(series);
    const int index = m_plot->graphCount() - 1;
    m_graphs.insert(series, index);
    m_order << series;
    graph->setPen(m_pens.value(series, QPen(paletteColour(index), 1.5)));
    return index;
}

void LivePlot::setSeriesPen(const QString &series, const QPen &pen)
{
    if (m_pens.contains(series) && m_pens.value(series) == pen)
        return; // called with every live point: nothing to do once the pen is set
    m_pens[series] = pen;
    const auto it = m_graphs.find(series);
    if (it != m_graphs.end())
        m_plot->graph(*it)->setPen(pen);
}

QPen LivePlot::seriesPen(const QString &series) const
{
    const auto it = m_graphs.find(series);
    return it != m_graphs.end() ? m_plot->graph(*it)->pen() : m_pens.value(series);
}

void LivePlot::addPoint(const QString &series, double x, double y)
{
    graphIndex(series);
    m_points[series].append(QPointF(x, y));
    scheduleRedraw();
}

void LivePlot::clear()
{
    m_plot->clearGraphs();
    m_points.clear();
    m_graphs.clear();
    m_order.clear();
    m_pens.clear();
    redrawNow();
}

void LivePlot::setLogY(bool on)
{
    applyLogY(on);
    redrawNow();
}

void LivePlot::applyLogY(bool on)
{
    if (m_logY->isChecked() != on) {
        QSignalBlocker block(m_logY);
        m_logY->setChecked(on);
    }
    const auto scale = on ? QCPAxis::stLogarithmic : QCPAxis::stLinear;
    if (m_plot->yAxis->scaleType() == scale)
        return;
    m_plot->yAxis->setScaleType(scale);
    if (on)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
}

void LivePlot::setAutoLogY(bool on)
{
    m_autoLogY = on;
    redrawNow();
}

bool LivePlot::magnitudesDifferWidely() const
{
    double smallest = 0, largest = 0;
    bool any = false;
    for (const auto &points : m_points) {
        QVector<double> magnitudes;
        for (const QPointF &p : points)
            if (p.y() != 0)
                magnitudes << std::abs(p.y());
        if (magnitudes.isEmpty())
            continue;
        std::nth_element(magnitudes.begin(), magnitudes.begin() + magnitudes.size() / 2, magnitudes.end());
        const double median = magnitudes[magnitudes.size() / 2];
        smallest = any ? std::min(smallest, median) : median;
        largest = any ? std::max(largest, median) : median;
        any = true;
    }
    return any && largest > 10.0 * smallest;
}

void LivePlot::removeSeriesStartingWith(const QString &prefix)
{
    const QStringList keep = [&] {
        QStringList names;
        for (const QString &name : m_order)
            if (!name.startsWith(prefix))
                names << name;
        return names;
    }();
    if (keep.size() == m_order.size())
        return;
    // Graph indices shift when one is removed: rebuild the remaining graphs in their order.
    m_plot->clearGraphs();
    m_graphs.clear();
    m_order.clear();
    for (auto it = m_points.begin(); it != m_points.end();)
        it = keep.contains(it.key()) ? std::next(it) : m_points.erase(it);
    for (const QString &name : keep)
        graphIndex(name);
    redrawNow();
}

bool LivePlot::logY() const
{
    return m_logY->isChecked();
}

void LivePlot::setSmoothing(int window)
{
    if (m_smoothing->value() != window)
        m_smoothing->setValue(window);
    redrawNow();
}

int LivePlot::smoothing() const
{
    return m_smoothing->value();
}

QVector<QPointF> LivePlot::smoothed(const QVector<QPointF> &raw) const
{
    const int window = m_smoothing->value();
    if (window <= 1)
        return raw;
    QVector<QPointF> out;
    out.reserve(raw.size());
    double sum = 0;
    for (int i = 0; i < raw.size(); ++i) {
        sum += raw[i].y();
        if (i >= window)
            sum -= raw[i - window].y();
        out.append(QPointF(raw[i].x(), sum / std::min(i + 1, window)));
    }
    return out;
}

QVector<QPointF> LivePlot::drawnPoints(const QString &series) const
{
    return smoothed(m_points.value(series));
}

void LivePlot::scheduleRedraw()
{
    m_dirty = true;
    if (!m_throttle->isActive())
        m_throttle->start();
}

void LivePlot::redrawNow()
{
    m_dirty = false;
    if (m_autoLogY && !m_logYChosen)
        applyLogY(magnitudesDifferWidely());
    for (auto it = m_graphs.begin(); it != m_graphs.end(); ++it) {
        const auto drawn = smoothed(m_points.value(it.key()));
        QVector<double> xs, ys;
        xs.reserve(drawn.size());
        ys.reserve(drawn.size());
        for (const auto &p : drawn) {
            // A log axis cannot show values ≤ 0 (an exact-zero R at λ = 0, say): leave them out.
            if (logY() && p.y() <= 0)
                continue;
            xs.append(p.x());
            ys.append(p.y());
        }
        m_plot->graph(*it)->setData(xs, ys, true);
    }
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    ++m_redraws;
}

QString LivePlot::csv() const
{
    QString text = QStringLiteral("series,x,y\n");
    for (const auto &series : m_order)
        for (const auto &p : m_points.value(series))
            text += QStringLiteral("%1,%2,%3\n").arg(series).arg(p.x(), 0, 'g', 10).arg(p.y(), 0, 'g', 10);
    return text;
}

bool LivePlot::saveCsv(const QString &path, QString *error) const
{
    return savePlotCsv(path, csv(), error);
}

bool LivePlot::savePng(const QString &path)
{
    redrawNow();
    return savePlotPng(m_plot, path);
}

bool LivePlot::savePdf(const QString &path)
{
    redrawNow();
    return savePlotPdf(m_plot, path);
}

void LivePlot::exportInteractively()
{
    redrawNow();
    exportPlotInteractively(this, m_plot, [this] { return csv(); });
}
