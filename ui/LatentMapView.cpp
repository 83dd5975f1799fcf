#include "LatentMapView.h"

#include "MapSidePanel.h"
#include "SampleGridWidget.h"
#include "SetStyle.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace {

constexpr int kHoverRadius = 8;   // pixels: how near the cursor a point must be to count
constexpr int kHoverTileSize = 84;
constexpr int kAntialiasedPointsAtMost = 3000;

// The sets in the order they are drawn (later ones on top) and listed.
const QStringList &mapSetOrder()
{
    static const QStringList order = {QStringLiteral("real"), QStringLiteral("gan"), QStringLiteral("inversion"),
                                      QStringLiteral("itgan"), QStringLiteral("dm")};
    return order;
}

// Each set's marker: sets are told apart by shape (classes by colour).
QCPScatterStyle::ScatterShape setMarker(const QString &set)
{
    if (set == QLatin1String("real"))
        return QCPScatterStyle::ssDisc;
    if (set == QLatin1String("gan"))
        return QCPScatterStyle::ssCircle;
    if (set == QLatin1String("inversion"))
        return QCPScatterStyle::ssSquare;
    if (set == QLatin1String("itgan"))
        return QCPScatterStyle::ssDiamond;
    return QCPScatterStyle::ssTriangle;
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1);
}

} // namespace

LatentMapView::LatentMapView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Space:"), this));
    m_space = new QComboBox(this);
    m_space->addItem(tr("latent z (PCA)"), latentSpaceName());
    m_space->addItem(tr("features ψ(G(z)) (PCA)"), featureSpaceName());
    m_space->setToolTip(tr("ψ is the run's feature network (the bundled ConvNet's last block): the space "
                           "IT-GAN's distribution matching compares real and synthetic images in."));
    controls->addWidget(m_space);
    m_showReal = new QCheckBox(tr("Real images"), this);
    m_showReal->setChecked(true);
    m_showReal->setToolTip(tr("Place real training images on the feature-space map (100 per class)."));
    controls->addWidget(m_showReal);
    controls->addWidget(new QLabel(tr("Class:"), this));
    m_class = new QComboBox(this);
    m_class->addItem(tr("All classes"), -1);
    controls->addWidget(m_class);
    m_showTracks = new QCheckBox(tr("Trajectories"), this);
    m_showTracks->setChecked(true);
    controls->addWidget(m_showTracks);
    controls->addStretch(1);
    m_selectMode = new QPushButton(tr("Select"), this);
    m_selectMode->setCheckable(true);
    m_selectMode->setToolTip(tr("Drag a rectangle to select points (off: drag pans, the wheel zooms)."));
    controls->addWidget(m_selectMode);
    m_undo = new QPushButton(tr("Undo"), this);
    m_redo = new QPushButton(tr("Redo"), this);
    controls->addWidget(m_undo);
    controls->addWidget(m_redo);
    layout->addLayout(controls);
    // The step of IT-GAN's trajectories, a row of its own so the slider has room to scrub.
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(new QLabel(tr("Step:"), this));
    m_stepSlider = new QSlider(Qt::Horizontal, this);
    m_stepSlider->setRange(0, 0);
    stepRow->addWidget(m_stepSlider, 1);
    m_stepLabel = new QLabel(tr("final"), this);
    m_stepLabel->setMinimumWidth(110);
    stepRow->addWidget(m_stepLabel);
    layout->addLayout(stepRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(left);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumSize(360, 300);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    leftLayout->addWidget(m_plot, 1);
    m_status = new QLabel(tr("Open a run to see its latents."), left);
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);
    split->addWidget(left);

    m_side = new MapSidePanel(split);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_hover = new QLabel(m_plot);
    m_hoverCaption = new QLabel(m_plot);
    for (QLabel *label : {m_hover, m_hoverCaption}) {
        label->setFrameShape(QFrame::Box);
        label->setAutoFillBackground(true);
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // the plot keeps the pointer
        label->hide();
    }

    connect(m_space, qOverload<int>(&QComboBox::currentIndexChanged), this, &LatentMapView::emitRequest);
    connect(m_showReal, &QCheckBox::toggled, this, &LatentMapView::emitRequest);
    connect(m_class, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { setClassFilter(m_class->currentData().toInt()); });
    connect(m_showTracks, &QCheckBox::toggled, this, &LatentMapView::redraw);
    connect(m_stepSlider, &QSlider::valueChanged, this, [this](int position) {
        const qint64 iteration = position >= m_map.steps.size() ? -1 : m_map.steps[position];
        if (iteration == m_step)
            return;
        setStep(iteration);
        Q_EMIT stepChanged(iteration);
    });
    connect(m_selectMode, &QPushButton::toggled, this,
            [this](bool on) { m_plot->setSelectionRectMode(on ? QCP::srmCustom : QCP::srmNone); });
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect &rect, QMouseEvent *) {
        const QRectF plotRect(QPointF(m_plot->xAxis->pixelToCoord(rect.left()), m_plot->yAxis->pixelToCoord(rect.top())),
                              QPointF(m_plot->xAxis->pixelToCoord(rect.right()), m_plot->yAxis->pixelToCoord(rect.bottom())));
        selectInRect(plotRect.normalized());
    });
    connect(m_undo, &QPushButton::clicked, this, &LatentMapView::undoSelection);
    connect(m_redo, &QPushButton::clicked, this, &LatentMapView::redoSelection);
    auto *undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, &LatentMapView::undoSelection);
    auto *redoKey = new QShortcut(QKeySequence::Redo, this);
    redoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(redoKey, &QShortcut::activated, this, &LatentMapView::redoSelection);
    connect(m_side, &MapSidePanel::exportRequested, this, &LatentMapView::exportSelection);
    connect(m_side, &MapSidePanel::summaryRequested, this, &LatentMapView::summaryRequested);
    refreshSelectionViews();
}

LatentMapRequest LatentMapView::currentRequest() const
{
    LatentMapRequest request;
    request.space = m_space->currentData().toString();
    request.showReal = m_showReal->isChecked();
    return request;
}

void LatentMapView::setSpace(const QString &space)
{
    const int index = m_space->findData(space);
    if (index >= 0)
        m_space->setCurrentIndex(index);
}

void LatentMapView::emitRequest()
{
    m_showReal->setEnabled(m_space->currentData().toString() == featureSpaceName());
    m_status->setText(tr("Computing the map…"));
    m_stale = false;
    Q_EMIT requestChanged(currentRequest());
}

void LatentMapView::invalidate()
{
    m_stale = true;
    if (isVisible())
        emitRequest();
}

void LatentMapView::setMap(const LatentMap &map)
{
    m_map = map;
    m_pointOf.clear();
    for (int i = 0; i < m_map.points.size(); ++i)
        m_pointOf.insert(pointId(i), i);
    m_trackOf.clear();
    for (int t = 0; t < m_map.tracks.size(); ++t)
        m_trackOf.insert(m_map.tracks[t].point, t);

    {
        const int current = m_class->currentData().toInt();
        QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItem(tr("All classes"), -1);
        for (int c = 0; c < m_map.classNames.size(); ++c) {
            QPixmap swatch(12, 12);
            swatch.fill(classColour(c));
            m_class->addItem(QIcon(swatch), m_map.classNames[c], c);
        }
        m_class->setCurrentIndex(std::max(0, m_class->findData(current)));
        m_classFilter = m_class->currentData().toInt();
    }
    {
        QSignalBlocker block(m_stepSlider);
        m_stepSlider->setRange(0, static_cast<int>(m_map.steps.size()));
        m_stepSlider->setEnabled(!m_map.steps.isEmpty());
        m_step = -1;
        m_stepSlider->setValue(m_stepSlider->maximum());
        m_stepLabel->setText(tr("final"));
    }
    m_plot->xAxis->setLabel(tr("PC1 (%1 % of the variance)").arg(percent(m_map.explained.value(0))));
    m_plot->yAxis->setLabel(tr("PC2 (%1 % of the variance)").arg(percent(m_map.explained.value(1))));
    QString status = m_map.space == featureSpaceName() ? tr("Feature space ψ(G(z)).") : tr("Latent space z.");
    if (m_map.points.size() < m_map.candidates)
        status += QLatin1Char(' ')
                  + tr("Showing %1 of %2 points, sampled per set and class.").arg(m_map.points.size()).arg(m_map.candidates);
    else
        status += QLatin1Char(' ') + tr("%1 points.").arg(m_map.points.size());
    if (!m_map.tracks.isEmpty())
        status += QLatin1Char(' ') + tr("%1 IT-GAN trajectories over %2 steps.").arg(m_map.tracks.size()).arg(m_map.steps.size());
    if (!m_map.realClassMeans.isEmpty())
        status += QLatin1Char(' ') + tr("Large + : a class's mean real features, × : its IT-GAN mean at this step "
                                        "(the means Eq. 2 matches), joined by a dashed line.");
    if (m_map.space != featureSpaceName())
        status += QLatin1Char(' ') + tr("DM and real images have no latent: switch to the feature space to see them.");
    m_status->setText(status);
    redraw();
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.08);
    m_plot->yAxis->scaleRange(1.08);
    m_plot->replot();
    refreshSelectionViews();
}

void LatentMapView::showError(const QString &message)
{
    m_status->setText(tr("The map could not be computed: %1").arg(message));
    m_side->clearSummary();
}

PointId LatentMapView::pointId(int point) const
{
    const MapPoint &p = m_map.points[point];
    return {p.set, p.index};
}

int LatentMapView::pointOf(const PointId &id) const
{
    return m_pointOf.value(id, -1);
}

void LatentMapView::setClassFilter(int label)
{
    m_classFilter = label;
    const int index = m_class->findData(label);
    if (index >= 0 && m_class->currentIndex() != index) {
        QSignalBlocker block(m_class);
        m_class->setCurrentIndex(index);
    }
    refreshPlot();
}

void LatentMapView::setSetShown(const QString &set, bool shown)
{
    m_hiddenSets.removeAll(set);
    if (!shown)
        m_hiddenSets << set;
    refreshPlot();
}

QVector<int> LatentMapView::visiblePoints() const
{
    return m_visible;
}

QVector<int> LatentMapView::computeVisiblePoints() const
{
    const int step = stepIndex();
    QVector<int> visible;
    for (const QString &set : mapSetOrder()) {
        if (m_hiddenSets.contains(set))
            continue;
        for (int i = 0; i < m_map.points.size(); ++i) {
            const MapPoint &p = m_map.points[i];
            if (p.set != set || (m_classFilter >= 0 && p.label != m_classFilter))
                continue;
            // Before the final step, IT-GAN points without a track have no position to show.
            if (set == QLatin1String("itgan") && step >= 0 && !m_trackOf.contains(i))
                continue;
            visible << i;
        }
    }
    return visible;
}

int LatentMapView::stepIndex() const
{
    if (m_step < 0)
        return -1;
    int index = -1;
    for (int s = 0; s < m_map.steps.size() && m_map.steps[s] <= m_step; ++s)
        index = s;
    return index < 0 ? 0 : index;
}

QPointF LatentMapView::positionAt(int point) const
{
    const int step = stepIndex();
    const auto track = m_trackOf.constFind(point);
    if (step >= 0 && track != m_trackOf.constEnd())
        return m_map.tracks[*track].positions.value(step, m_map.points[point].position);
    return m_map.points[point].position;
}

SampleGridWidget *LatentMapView::selectionGrid() const
{
    return m_side->selectionGrid();
}

QListWidget *LatentMapView::nearestList() const
{
    return m_side->nearestList();
}

QPoint LatentMapView::pixelOf(int point) const
{
    const QPointF p = positionAt(point);
    return QPoint(qRound(m_plot->xAxis->coordToPixel(p.x())), qRound(m_plot->yAxis->coordToPixel(p.y())));
}

int LatentMapView::pointAtPixel(const QPoint &pixel) const
{
    int best = -1;
    double bestDistance = kHoverRadius * kHoverRadius;
    for (int i : visiblePoints()) {
        const QPointF p = positionAt(i);
        const double dx = m_plot->xAxis->coordToPixel(p.x()) - pixel.x();
        const double dy = m_plot->yAxis->coordToPixel(p.y()) - pixel.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance) { // on a tie the later point wins: it is drawn on top
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void LatentMapView::setStep(qint64 iteration)
{
    m_step = m_map.steps.isEmpty() ? -1 : iteration;
    if (m_step >= 0 && m_step >= m_map.steps.last() && !m_map.steps.isEmpty())
        m_step = m_map.steps.last();
    const int index = stepIndex();
    {
        QSignalBlocker block(m_stepSlider);
        m_stepSlider->setValue(index < 0 ? m_stepSlider->maximum() : index);
    }
    m_stepLabel->setText(index < 0 ? tr("final") : tr("iteration %1").arg(m_map.steps[index]));
    refreshPlot();
}

void LatentMapView::refreshPlot()
{
    redraw();
    m_plot->replot(QCustomPlot::rpQueuedReplot); // coalesced: a fast scrub or filter draws once per frame
}

void LatentMapView::redraw()
{
    m_plot->clearPlottables();
    m_plot->legend->clearItems();
    // Every change of map, filter or step comes through here: the hover's per-move search
    // then reuses this list instead of filtering all points again.
    m_visible = computeVisiblePoints();
    const QVector<int> &visible = m_visible;
    const QVector<PointId> selected = m_history.current();
    const int step = stepIndex();
    // Thousands of antialiased markers cost more than the frame a scrub may take.
    if (visible.size() > kAntialiasedPointsAtMost)
        m_plot->setNotAntialiasedElements(QCP::aeScatters | QCP::aePlottables);
    else
        m_plot->setNotAntialiasedElements(QCP::aeNone);

    // One graph per set and class: the marker says the set, the colour the class.
    QMap<QPair<QString, int>, QCPGraph *> graphs;
    auto graphFor = [&](const QString &set, int label) {
        QCPGraph *&graph = graphs[{set, label}];
        if (!graph) {
            graph = m_plot->addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            const QColor colour = classColour(label);
            graph->setScatterStyle(QCPScatterStyle(setMarker(set), colour, set == QLatin1String("real") ? colour.lighter(150) : colour,
                                                   set == QLatin1String("real") ? 4 : 6));
            graph->removeFromLegend();
            graph->setAdaptiveSampling(false); // every point is a sample someone may hover
        }
        return graph;
    };
    QMap<QPair<QString, int>, QVector<QPointF>> data;
    for (int i : visible)
        data[{m_map.points[i].set, m_map.points[i].label}] << positionAt(i);
    for (auto it = data.begin(); it != data.end(); ++it) {
        QCPGraph *graph = graphFor(it.key().first, it.key().second);
        QVector<double> xs, ys;
        for (const QPointF &p : it.value()) {
            xs << p.x();
            ys << p.y();
        }
        graph->setData(xs, ys, true);
    }
    // The legend names the sets by their markers.
    QSet<QString> present;
    for (const MapPoint &p : m_map.points)
        present.insert(p.set);
    for (const QString &set : mapSetOrder()) {
        if (!present.contains(set))
            continue;
        QCPGraph *key = m_plot->addGraph();
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(QCPScatterStyle(setMarker(set), setColour(set), 7));
        key->setName(sampleColumnTitle(set) + (m_hiddenSets.contains(set) ? tr(" (hidden)") : QString()));
    }

    // Trajectories up to the shown step, one curve per class (NaN breaks between latents).
    if (m_showTracks->isChecked() && !m_map.tracks.isEmpty()) {
        QMap<int, QVector<QPointF>> paths;
        const QSet<int> shown(visible.begin(), visible.end());
        for (const MapTrack &track : m_map.tracks) {
            if (!shown.contains(track.point))
                continue;
            auto &path = paths[m_map.points[track.point].label];
            const int last = step < 0 ? static_cast<int>(track.positions.size()) - 1 : step;
            for (int s = 0; s <= last && s < track.positions.size(); ++s)
                path << track.positions[s];
            if (step < 0)
                path << m_map.points[track.point].position;
            path << QPointF(qQNaN(), qQNaN());
        }
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            auto *curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
            QColor colour = classColour(it.key());
            colour.setAlpha(110);
            curve->setPen(QPen(colour, 1));
            QVector<double> xs, ys;
            for (const QPointF &p : it.value()) {
                xs << p.x();
                ys << p.y();
            }
            curve->setData(xs, ys);
            curve->removeFromLegend();
        }
    }

    // Eq. 2 matches each class's mean ψ of real and synthetic images: the real mean (a plus)
    // joined to the IT-GAN mean at this step (a cross).
    QMap<int, QPair<QPointF, int>> syntheticSums;
    for (int i : visible)
        if (m_map.points[i].set == QLatin1String("itgan")) {
            auto &sum = syntheticSums[m_map.points[i].label];
            sum.first += positionAt(i);
            sum.second += 1;
        }
    for (int c = 0; c < m_map.classNames.size(); ++c) {
        if (m_classFilter >= 0 && c != m_classFilter)
            continue;
        QVector<double> xs, ys;
        if (c < m_map.realClassMeans.size()) {
            xs << m_map.realClassMeans[c].x();
            ys << m_map.realClassMeans[c].y();
        }
        if (syntheticSums.contains(c)) {
            const auto &sum = syntheticSums[c];
            xs << sum.first.x() / sum.second;
            ys << sum.first.y() / sum.second;
        }
        if (xs.isEmpty())
            continue;
        auto *gap = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        gap->setPen(QPen(classColour(c), 2, Qt::DashLine));
        gap->setData(xs, ys);
        gap->removeFromLegend();
        // The real mean a plus, the IT-GAN mean a cross.
        for (int end = 0; end < xs.size(); ++end) {
            const bool real = end == 0 && c < m_map.realClassMeans.size();
            QCPGraph *mark = m_plot->addGraph();
            mark->setLineStyle(QCPGraph::lsNone);
            mark->setScatterStyle(QCPScatterStyle(real ? QCPScatterStyle::ssPlus : QCPScatterStyle::ssCross,
                                                  QPen(classColour(c).darker(150), 2.5), Qt::NoBrush, 15));
            mark->setData({xs[end]}, {ys[end]});
            mark->removeFromLegend();
        }
    }

    // The selection, ringed on top.
    if (!selected.isEmpty()) {
        QCPGraph *ring = m_plot->addGraph();
        ring->setLineStyle(QCPGraph::lsNone);
        ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), Qt::NoBrush, 10));
        ring->setName(tr("selected (%1)").arg(selected.size()));
        QVector<double> xs, ys;
        const QSet<int> shown(visible.begin(), visible.end());
        for (const PointId &id : selected) {
            const int point = pointOf(id);
            if (point < 0 || !shown.contains(point))
                continue;
            const QPointF p = positionAt(point);
            xs << p.x();
            ys << p.y();
        }
        ring->setData(xs, ys, true);
    }
}

void LatentMapView::selectInRect(const QRectF &plotRect)
{
    QVector<PointId> chosen;
    for (int i : visiblePoints())
        if (plotRect.contains(positionAt(i)))
            chosen << pointId(i);
    m_history.push(chosen);
    refreshPlot();
    refreshSelectionViews();
}

bool LatentMapView::undoSelection()
{
    if (!m_history.undo())
        return false;
    refreshPlot();
    refreshSelectionViews();
    return true;
}

bool LatentMapView::redoSelection()
{
    if (!m_history.redo())
        return false;
    refreshPlot();
    refreshSelectionViews();
    return true;
}

QMap<QString, QVector<int>> LatentMapView::selectionBySet() const
{
    QMap<QString, QVector<int>> bySet;
    for (const PointId &id : m_history.current())
        bySet[id.first] << id.second;
    for (auto &indices : bySet)
        std::sort(indices.begin(), indices.end());
    return bySet;
}

QImage LatentMapView::selectionMeanImage() const
{
    QVector<QImage> tiles;
    for (const PointId &id : m_history.current()) {
        const int point = pointOf(id);
        if (point >= 0 && point < m_map.tiles.size())
            tiles << m_map.tiles[point];
    }
    return meanImage(tiles);
}

void LatentMapView::refreshSelectionViews()
{
    m_undo->setEnabled(m_history.canUndo());
    m_redo->setEnabled(m_history.canRedo());
    QMap<QString, QVector<SampleTile>> tilesBySet;
    for (const PointId &id : m_history.current()) {
        const int point = pointOf(id);
        if (point < 0)
            continue;
        const MapPoint &p = m_map.points[point];
        tilesBySet[p.set].append({m_map.tiles.value(point), p.label, p.index,
                                  tr("%1 #%2 · %3").arg(sampleColumnTitle(p.set)).arg(p.index).arg(m_map.classNames.value(p.label))});
    }
    m_side->setSelection(m_map.classNames, tilesBySet);
}

void LatentMapView::showNearestReal(const NearestReal &result)
{
    m_lastNearest = result;
    m_side->showNearestReal(result);
}

void LatentMapView::showNearestRealSummary(const NearestRealSummary &summary)
{
    m_lastSummary = summary;
    m_side->showNearestRealSummary(summary);
}

void LatentMapView::exportSelection(const QString &format, const QString &folder)
{
    Q_EMIT exportSelectionRequested(selectionBySet(), format, folder);
}

void LatentMapView::showExportResult(bool ok, const QString &message)
{
    m_side->showExportResult(ok, message);
}

QString LatentMapView::exportResultText() const
{
    return m_side->exportResultText();
}

void LatentMapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        emitRequest();
}

void LatentMapView::showHover(const QPoint &pixel)
{
    const int point = pointAtPixel(pixel);
    if (point < 0) {
        m_hover->hide();
        m_hoverCaption->hide();
        return;
    }
    const MapPoint &p = m_map.points[point];
    const QImage tile = m_map.tiles.value(point);
    m_hover->setPixmap(QPixmap::fromImage(tile.scaled(kHoverTileSize, kHoverTileSize, Qt::KeepAspectRatio)));
    m_hover->adjustSize();
    m_hoverCaption->setText(tr("%1 #%2 · %3").arg(sampleColumnTitle(p.set)).arg(p.index).arg(m_map.classNames.value(p.label)));
    m_hoverCaption->adjustSize();
    // Beside the pointer, inside the plot: the tile, its caption under it.
    const int width = std::max(m_hover->width(), m_hoverCaption->width());
    const int height = m_hover->height() + m_hoverCaption->height();
    QPoint at = pixel + QPoint(12, 12);
    if (at.x() + width > m_plot->width())
        at.setX(pixel.x() - 12 - width);
    if (at.y() + height > m_plot->height())
        at.setY(pixel.y() - 12 - height);
    m_hover->move(at);
    m_hoverCaption->move(at + QPoint(0, m_hover->height()));
    for (QLabel *label : {m_hover, m_hoverCaption}) {
        label->show();
        label->raise();
    }
}

bool LatentMapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::MouseMove:
            showHover(static_cast<QMouseEvent *>(event)->position().toPoint());
            break;
        case QEvent::Leave:
            m_hover->hide();
            m_hoverCaption->hide();
            break;
        case QEvent::MouseButtonPress:
            m_pressedAt = static_cast<QMouseEvent *>(event)->position().toPoint();
            break;
        case QEvent::MouseButtonRelease: {
            const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
            if ((at - m_pressedAt).manhattanLength() > 3 || m_selectMode->isChecked())
                break; // a drag: panned or selected
            const int point = pointAtPixel(at);
            if (point >= 0)
                Q_EMIT nearestRealRequested(m_map.points[point].set, m_map.points[point].index);
            break;
        }
        case QEvent::MouseButtonDblClick: {
            const int point = pointAtPixel(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (point >= 0) {
                const MapPoint &p = m_map.points[point];
                if (p.set != QLatin1String("real") && p.set != QLatin1String("dm"))
                    Q_EMIT pointActivated(p.set, p.label, p.indexInClass);
            }
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
