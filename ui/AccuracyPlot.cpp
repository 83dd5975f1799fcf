#include "AccuracyPlot.h"

#include "PlotExport.h"
#include "SampleGridWidget.h"
#include "SetStyle.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString kOverlaySuffix = QStringLiteral("|overlay");

struct KeyParts {
    QString set, arch, split;
    bool overlay = false;
};

KeyParts partsOf(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('|'));
    return {parts.value(0), parts.value(1), parts.value(2), parts.value(3) == QLatin1String("overlay")};
}

QVector<double> xsOf(const QVector<QPointF> &points)
{
    QVector<double> xs;
    for (const QPointF &p : points)
        xs << p.x();
    return xs;
}

QVector<double> ysOf(const QVector<QPointF> &points)
{
    QVector<double> ys;
    for (const QPointF &p : points)
        ys << p.y();
    return ys;
}

} // namespace

AccuracyPlot::AccuracyPlot(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_everyRun = new QCheckBox(tr("Every run"), this);
    m_everyRun->setToolTip(tr("Off: the mean over the runs with a ± std band. On: each run's own curve."));
    controls->addWidget(m_everyRun);
    m_legend = new QCheckBox(tr("Legend"), this);
    m_legend->setChecked(true);
    controls->addWidget(m_legend);
    controls->addStretch(1);
    auto *overlay = new QPushButton(tr("Overlay run…"), this);
    overlay->setToolTip(tr("Draw another run folder's curves on these plots (dotted) to compare the two runs"));
    controls->addWidget(overlay);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the plot as PNG or PDF, or its data as CSV"));
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_plot = new QCustomPlot(this);
    m_plot->xAxis->setLabel(tr("epoch"));
    m_plot->yAxis->setLabel(tr("accuracy (%)"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumHeight(160);
    // The legend beside the axis rect, never over the curves.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(0, 1, m_plot->legend);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    m_plot->legend->setMaximumSize(320, QWIDGETSIZE_MAX);
    layout->addWidget(m_plot, 1);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kPlotRedrawIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &AccuracyPlot::redrawNow);
    connect(m_everyRun, &QCheckBox::toggled, this, &AccuracyPlot::redrawNow);
    connect(m_legend, &QCheckBox::toggled, this, &AccuracyPlot::setLegendShown);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        redrawNow();
        exportPlotInteractively(this, m_plot, [this] { return csv(); });
    });
    connect(overlay, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder to overlay"));
        if (!dir.isEmpty())
            Q_EMIT overlayRequested(dir);
    });
}

void AccuracyPlot::add(QMap<QString, Series> &target, const EvalEpochInfo &info, const QString &suffix)
{
    const QString base = info.set + QLatin1Char('|') + info.arch + QLatin1Char('|');
    auto addPoint = [&](const QString &split, double y) {
        const QString key = base + split + suffix;
        if (!target.contains(key) && !m_order.contains(key))
            m_order << key;
        target[key][info.run] << QPointF(info.epoch, y);
    };
    addPoint(QStringLiteral("train"), info.trainAccuracy);
    if (info.testAccuracy >= 0)
        addPoint(QStringLiteral("test"), info.testAccuracy);
}

void AccuracyPlot::addEpoch(const EvalEpochInfo &info)
{
    add(m_series, info, QString());
    scheduleRedraw();
}

void AccuracyPlot::setCurves(const QVector<EvalEpochInfo> &curves)
{
    for (auto it = m_series.begin(); it != m_series.end();)
        it = it.key().endsWith(kOverlaySuffix) ? std::next(it) : m_series.erase(it);
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                 [](const QString &key) { return !key.endsWith(kOverlaySuffix); }),
                  m_order.end());
    for (const auto &info : curves)
        add(m_series, info, QString());
    redrawNow();
}

void AccuracyPlot::clear()
{
    m_series.clear();
    m_order.clear();
    m_overlayLabel.clear();
    redrawNow();
}

void AccuracyPlot::setOverlay(const QString &label, const QVector<EvalEpochInfo> &curves)
{
    for (auto it = m_series.begin(); it != m_series.end();)
        it = it.key().endsWith(kOverlaySuffix) ? m_series.erase(it) : std::next(it);
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                 [](const QString &key) { return key.endsWith(kOverlaySuffix); }),
                  m_order.end());
    m_overlayLabel = curves.isEmpty() ? QString() : label;
    for (const auto &info : curves)
        add(m_series, info, kOverlaySuffix);
    redrawNow();
}

void AccuracyPlot::setEveryRun(bool on)
{
    m_everyRun->setChecked(on); // redraws through toggled
}

bool AccuracyPlot::everyRun() const
{
    return m_everyRun->isChecked();
}

void AccuracyPlot::setLegendShown(bool on)
{
    if (m_legend->isChecked() != on)
        m_legend->setChecked(on);
    m_plot->legend->setVisible(on);
    m_plot->plotLayout()->setColumnStretchFactor(1, on ? 0.001 : 0.0);
    if (!on)
        m_plot->plotLayout()->take(m_plot->legend);
    else if (!m_plot->plotLayout()->hasElement(0, 1))
        m_plot->plotLayout()->addElement(0, 1, m_plot->legend);
    m_plot->plotLayout()->simplify();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList AccuracyPlot::curveKeys() const
{
    return m_order;
}

MeanCurve AccuracyPlot::meanCurve(const QString &key) const
{
    const Series series = m_series.value(key);
    return meanOverRuns(QVector<QVector<QPointF>>(series.begin(), series.end()));
}

QVector<QPointF> AccuracyPlot::runPoints(const QString &key, int run) const
{
    return m_series.value(key).value(run);
}

QList<int> AccuracyPlot::runs(const QString &key) const
{
    return m_series.value(key).keys();
}

QColor AccuracyPlot::curveColour(const QString &key) const
{
    const KeyParts parts = partsOf(key);
    QColor colour = setColour(parts.set);
    // A second architecture of the same set: a darker shade, so the two lines stay apart.
    QStringList arches;
    for (const QString &other : m_order)
        if (partsOf(other).set == parts.set && !arches.contains(partsOf(other).arch))
            arches << partsOf(other).arch;
    const int shade = static_cast<int>(arches.indexOf(parts.arch));
    return shade > 0 ? colour.darker(100 + 40 * shade) : colour;
}

QStringList AccuracyPlot::legendNames() const
{
    QStringList names;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i)))
            names << item->plottable()->name();
    return names;
}

void AccuracyPlot::scheduleRedraw()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void AccuracyPlot::drawKey(const QString &key, const Series &series)
{
    const KeyParts parts = partsOf(key);
    const bool train = parts.split == QLatin1String("train");
    QColor colour = curveColour(key);
    QPen pen(colour, parts.overlay ? 1.5 : 2.0, parts.overlay ? Qt::DotLine : (train ? Qt::DashLine : Qt::SolidLine));
    QString name = QStringLiteral("%1 %2 %3").arg(setTitle(parts.set), parts.arch, train ? tr("train") : tr("test"));
    if (parts.overlay)
        name = QStringLiteral("[%1] ").arg(m_overlayLabel) + name;

    if (everyRun()) {
        bool first = true;
        for (auto run = series.begin(); run != series.end(); ++run) {
            QCPGraph *graph = m_plot->addGraph();
            QPen thin = pen;
            thin.setWidthF(1.0);
            graph->setPen(thin);
            graph->setData(xsOf(run.value()), ysOf(run.value()));
            graph->setName(name + QStringLiteral(" #%1").arg(run.key() + 1));
            if (!first)
                graph->removeFromLegend(); // one legend entry per curve, not per run
            first = false;
        }
        return;
    }
    const MeanCurve curve = meanOverRuns(QVector<QVector<QPointF>>(series.begin(), series.end()));
    QVector<double> upper, lower;
    for (int i = 0; i < curve.x.size(); ++i) {
        upper << curve.mean[i] + curve.std[i];
        lower << curve.mean[i] - curve.std[i];
    }
    // The band: the area between mean + std and mean − std, in the curve's colour, faint.
    QCPGraph *top = m_plot->addGraph();
    top->setPen(Qt::NoPen);
    top->setData(curve.x, upper, true);
    top->removeFromLegend();
    QCPGraph *bottom = m_plot->addGraph();
    bottom->setPen(Qt::NoPen);
    QColor fill = colour;
    fill.setAlpha(parts.overlay ? 25 : (train ? 30 : 50));
    bottom->setBrush(fill);
    bottom->setChannelFillGraph(top);
    bottom->setData(curve.x, lower, true);
    bottom->removeFromLegend();
    QCPGraph *mean = m_plot->addGraph();
    mean->setPen(pen);
    mean->setData(curve.x, curve.mean, true);
    mean->setName(name + (series.size() > 1 ? tr(" (mean ± std of %1 runs)").arg(series.size()) : QString()));
}

void AccuracyPlot::redrawNow()
{
    m_plot->clearGraphs();
    // Test curves first in the legend, then train; the overlay last.
    QStringList ordered;
    for (bool overlay : {false, true})
        for (const QString &split : {QStringLiteral("test"), QStringLiteral("train")})
            for (const QString &key : m_order)
                if (partsOf(key).overlay == overlay && partsOf(key).split == split)
                    ordered << key;
    for (const QString &key : ordered)
        drawKey(key, m_series.value(key));
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString AccuracyPlot::csv() const
{
    QString text = QStringLiteral("curve,set,arch,split,run,epoch,accuracy\n");
    for (const QString &key : m_order) {
        const KeyParts parts = partsOf(key);
        const QString curve = parts.overlay ? QString(m_overlayLabel).replace(QLatin1Char(','), QLatin1Char(' '))
                                            : QStringLiteral("this run");
        const Series series = m_series.value(key);
        for (auto run = series.begin(); run != series.end(); ++run)
            for (const QPointF &p : run.value())
                text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                            .arg(curve, parts.set, parts.arch, parts.split)
                            .arg(run.key() + 1)
                            .arg(p.x(), 0, 'g', 10)
                            .arg(p.y(), 0, 'g', 10);
    }
    return text;
}
