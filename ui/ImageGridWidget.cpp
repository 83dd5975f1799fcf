#include "ImageGridWidget.h"

#include <QPainter>

ImageGridWidget::ImageGridWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageGridWidget::setRows(const QStringList &names, const std::vector<std::vector<QImage>> &rows)
{
    m_names = names;
    m_rows = rows;
    updateGeometry();
    update();
}

int ImageGridWidget::tileCount() const
{
    int n = 0;
    for (const auto &row : m_rows)
        n += static_cast<int>(row.size());
    return n;
}

QSize ImageGridWidget::sizeHint() const
{
    int columns = 0;
    for (const auto &row : m_rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    return {m_labelWidth + columns * (m_tile + 2), static_cast<int>(m_rows.size()) * (m_tile + 2)};
}

void ImageGridWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_rows.empty())
        return;
    int columns = 1;
    for (const auto &row : m_rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    // Tiles grow with the window but stay square and whole.
    const int byWidth = (width() - m_labelWidth) / columns - 2;
    const int byHeight = height() / static_cast<int>(m_rows.size()) - 2;
    const int tile = std::max(16, std::min(byWidth, byHeight));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const int y = static_cast<int>(r) * (tile + 2);
        const QString name = r < static_cast<size_t>(m_names.size()) ? m_names[static_cast<int>(r)] : QString();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, m_labelWidth - 6, tile), Qt::AlignRight | Qt::AlignVCenter, name);
        for (size_t c = 0; c < m_rows[r].size(); ++c)
            painter.drawImage(QRect(m_labelWidth + static_cast<int>(c) * (tile + 2), y, tile, tile), m_rows[r][c]);
    }
}
