#include "SampleGridWidget.h"

#include "SetStyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <set>

QString sampleColumnTitle(const QString &column)
{
    if (column == QLatin1String("real"))
        return SampleGridWidget::tr("Real");
    if (column == QLatin1String("gan"))
        return SampleGridWidget::tr("GAN");
    if (column == QLatin1String("inversion"))
        return SampleGridWidget::tr("Inversion");
    if (column == QLatin1String("itgan"))
        return SampleGridWidget::tr("IT-GAN");
    if (column == QLatin1String("dm"))
        return SampleGridWidget::tr("DM");
    if (column == QLatin1String("random"))
        return SampleGridWidget::tr("Random real");
    if (column == QLatin1String("whole-real"))
        return SampleGridWidget::tr("Whole real");
    if (column == QLatin1String("loaded"))
        return SampleGridWidget::tr("Loaded latents");
    return column;
}

SampleGridWidget::SampleGridWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SampleGridWidget::setBoard(const SampleBoard &board)
{
    m_board = board;
    for (auto &frames : m_board.columns)
        std::sort(frames.begin(), frames.end(),
                  [](const SampleFrame &a, const SampleFrame &b) { return a.iteration < b.iteration; });
    relayout();
    Q_EMIT stepsChanged();
}

void SampleGridWidget::addFrame(const QString &column, const SampleFrame &frame)
{
    auto &frames = m_board.columns[column];
    auto at = std::lower_bound(frames.begin(), frames.end(), frame.iteration,
                               [](const SampleFrame &f, qint64 it) { return f.iteration < it; });
    if (at != frames.end() && at->iteration == frame.iteration)
        *at = frame;
    else
        frames.insert(at, frame);
    relayout();
    Q_EMIT stepsChanged();
}

void SampleGridWidget::clearColumn(const QString &column)
{
    if (m_board.columns.remove(column) > 0) {
        relayout();
        Q_EMIT stepsChanged();
    }
}

void SampleGridWidget::setTileSize(int pixels)
{
    m_tile = std::clamp(pixels, 8, 256);
    relayout();
}

void SampleGridWidget::setClassFilter(int label)
{
    m_classFilter = label;
    relayout();
}

void SampleGridWidget::setImagesPerCell(int count)
{
    m_perCell = std::max(1, count);
    relayout();
}

void SampleGridWidget::setStep(qint64 iteration)
{
    m_step = iteration;
    relayout();
}

QVector<qint64> SampleGridWidget::steps() const
{
    std::set<qint64> all;
    for (const auto &frames : m_board.columns)
        for (const auto &frame : frames)
            all.insert(frame.iteration);
    return QVector<qint64>(all.begin(), all.end());
}

const SampleFrame *SampleGridWidget::frameFor(const QString &column) const
{
    const auto it = m_board.columns.find(column);
    if (it == m_board.columns.end() || it->isEmpty())
        return nullptr;
    const SampleFrame *chosen = &it->front();
    for (const auto &frame : *it)
        if (m_step < 0 || frame.iteration <= m_step)
            chosen = &frame;
    return chosen;
}

QStringList SampleGridWidget::visibleColumns() const
{
    QStringList columns;
    for (const auto &name : sampleColumnNames())
        if (frameFor(name))
            columns << name;
    for (auto it = m_board.columns.begin(); it != m_board.columns.end(); ++it)
        if (!columns.contains(it.key()) && !sampleColumnNames().contains(it.key()) && !it->isEmpty())
            columns << it.key();
    return columns;
}

QVector<SampleGridWidget::Placed> SampleGridWidget::layoutTiles(QSize *contentSize) const
{
    QVector<Placed> placed;
    const int classes = m_board.classNames.size();
    const int cell = m_tile + m_gap;
    // Rows: one per class, or for a single class as many as its largest column needs.
    int rows = classes;
    if (m_classFilter >= 0) {
        int most = 0;
        for (const auto &column : visibleColumns()) {
            int n = 0;
            for (const auto &tile : frameFor(column)->tiles)
                n += tile.label == m_classFilter;
            most = std::max(most, n);
        }
        rows = std::max(1, (most + m_perCell - 1) / m_perCell);
    }
    int x = m_labelWidth;
    for (const auto &column : visibleColumns()) {
        QVector<int> usedInRow(std::max(rows, 1), 0);
        for (const auto &tile : frameFor(column)->tiles) {
            int row, slot;
            if (m_classFilter >= 0) {
                if (tile.label != m_classFilter)
                    continue;
                const int n = usedInRow[0]++;
                row = n / m_perCell;
                slot = n % m_perCell;
            } else {
                if (tile.label < 0 || tile.label >= classes || usedInRow[tile.label] >= m_perCell)
                    continue;
                row = tile.label;
                slot = usedInRow[tile.label]++;
            }
            placed.push_back({QRect(x + slot * cell, m_headerHeight + row * cell, m_tile, m_tile), column, &tile});
        }
        x += m_perCell * cell + m_columnGap;
    }
    if (contentSize)
        *contentSize = QSize(x, m_headerHeight + rows * cell + m_gap);
    return placed;
}

void SampleGridWidget::relayout()
{
    QSize content;
    layoutTiles(&content);
    setMinimumSize(content);
    updateGeometry();
    update();
}

int SampleGridWidget::tileCount() const
{
    return layoutTiles().size();
}

QSize SampleGridWidget::sizeHint() const
{
    QSize content;
    layoutTiles(&content);
    return content;
}

QString SampleGridWidget::tileAt(const QPoint &pos, SampleTile *tile) const
{
    for (const auto &p : layoutTiles())
        if (p.rect.contains(pos)) {
            if (tile)
                *tile = *p.tile;
            return p.column;
        }
    return {};
}

void SampleGridWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    const int cell = m_tile + m_gap;
    // Row labels: class names (or the one filtered class).
    painter.setPen(palette().text().color());
    if (m_classFilter >= 0 && m_classFilter < m_board.classNames.size()) {
        painter.drawText(QRect(4, m_headerHeight, m_labelWidth - 8, cell), Qt::AlignLeft | Qt::AlignVCenter,
                         m_board.classNames[m_classFilter]);
    } else {
        for (int c = 0; c < m_board.classNames.size(); ++c)
            painter.drawText(QRect(4, m_headerHeight + c * cell, m_labelWidth - 8, cell),
                             Qt::AlignLeft | Qt::AlignVCenter, m_board.classNames[c]);
    }
    // Column titles, with the iteration of the frame shown.
    int x = m_labelWidth;
    for (const auto &column : visibleColumns()) {
        QString title = sampleColumnTitle(column);
        const SampleFrame *frame = frameFor(column);
        if (frame->iteration > 0)
            title += tr(" · it %1").arg(frame->iteration);
        // The set's colour (SetStyle): a bar under its title, as its lines and points elsewhere.
        painter.fillRect(QRect(x, m_headerHeight - 4, m_perCell * cell, 3), setColour(column));
        painter.drawText(QRect(x, 0, m_perCell * cell, m_headerHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, title);
        x += m_perCell * cell + m_columnGap;
    }
    for (const auto &p : layoutTiles())
        if (p.rect.intersects(event->rect()))
            painter.drawImage(p.rect, p.tile->image);
}

bool SampleGridWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        SampleTile tile;
        const QString column = tileAt(help->pos(), &tile);
        if (column.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QString text = sampleColumnTitle(column) + QLatin1Char('\n');
            text += tr("class %1 (%2), #%3")
                        .arg(tile.label < m_board.classNames.size() ? m_board.classNames[tile.label] : QString())
                        .arg(tile.label)
                        .arg(tile.index);
            if (!tile.info.isEmpty())
                text += QLatin1Char('\n') + tile.info;
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void SampleGridWidget::mousePressEvent(QMouseEvent *event)
{
    SampleTile tile;
    const QString column = tileAt(event->position().toPoint(), &tile);
    if (!column.isEmpty())
        Q_EMIT tileClicked(column, tile.label, tile.index);
}
