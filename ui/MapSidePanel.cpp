#include "MapSidePanel.h"

#include "ExportDialog.h"
#include "SampleGridWidget.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int kMeanImageSize = 84;
constexpr int kNearestIconSize = 56;

} // namespace

QImage meanImage(const QVector<QImage> &images)
{
    if (images.isEmpty())
        return {};
    const bool grey = images.first().format() == QImage::Format_Grayscale8;
    const QImage::Format format = grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    const QSize size = images.first().size();
    const int rowValues = size.width() * (grey ? 1 : 3);
    QVector<quint64> sums(rowValues * size.height(), 0);
    for (const QImage &tile : images) {
        const QImage image = tile.convertToFormat(format);
        for (int y = 0; y < size.height(); ++y) {
            const uchar *row = image.constScanLine(y);
            for (int x = 0; x < rowValues; ++x)
                sums[y * rowValues + x] += row[x];
        }
    }
    QImage mean(size, format);
    const quint64 n = static_cast<quint64>(images.size());
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = mean.scanLine(y);
        for (int x = 0; x < rowValues; ++x)
            row[x] = static_cast<uchar>((sums[y * rowValues + x] + n / 2) / n);
    }
    return mean;
}

MapSidePanel::MapSidePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setWordWrap(true);
    layout->addWidget(m_selectionLabel);
    auto *meanRow = new QHBoxLayout;
    meanRow->addWidget(new QLabel(tr("Mean image:"), this));
    m_meanImage = new QLabel(this);
    m_meanImage->setFixedSize(kMeanImageSize, kMeanImageSize);
    meanRow->addWidget(m_meanImage);
    meanRow->addStretch(1);
    layout->addLayout(meanRow);
    m_grid = new SampleGridWidget(this);
    m_grid->setTileSize(24);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 2);
    auto *exportRow = new QHBoxLayout;
    m_format = new QComboBox(this);
    for (const QString &format : ExportDialog::formats())
        m_format->addItem(format, format);
    exportRow->addWidget(m_format);
    m_export = new QPushButton(tr("Export selection…"), this);
    exportRow->addWidget(m_export);
    layout->addLayout(exportRow);
    m_exportResult = new QLabel(this);
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportResult);
    layout->addWidget(new QLabel(tr("Nearest real images (ψ distance):"), this));
    m_nearest = new QListWidget(this);
    m_nearest->setViewMode(QListView::IconMode);
    m_nearest->setIconSize(QSize(kNearestIconSize, kNearestIconSize));
    m_nearest->setResizeMode(QListView::Adjust);
    m_nearest->setMinimumHeight(2 * kNearestIconSize + 40);
    layout->addWidget(m_nearest, 1);
    auto *summaryButton = new QPushButton(tr("Nearest-real check of every set"), this);
    summaryButton->setToolTip(tr("Median distance of each set's images to their nearest real training image, "
                                 "beside real images to their nearest other one: is the synthetic data a copy?"));
    layout->addWidget(summaryButton);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getSaveFileName(this, tr("Folder to create for the selection"));
        if (!folder.isEmpty())
            Q_EMIT exportRequested(format(), folder);
    });
    connect(summaryButton, &QPushButton::clicked, this, [this] {
        m_summary->setText(tr("Computing ψ features of the real pool and every set…"));
        Q_EMIT summaryRequested();
    });
    setSelection({}, {});
}

QString MapSidePanel::format() const
{
    return m_format->currentData().toString();
}

void MapSidePanel::setSelection(const QStringList &classNames, const QMap<QString, QVector<SampleTile>> &tilesBySet)
{
    SampleBoard board;
    board.classNames = classNames;
    QVector<QImage> images;
    QStringList parts;
    int perCell = 1;
    for (auto it = tilesBySet.begin(); it != tilesBySet.end(); ++it) {
        board.columns[it.key()] = {SampleFrame{0, it.value()}};
        QVector<int> perClass(classNames.size() + 1, 0);
        for (const SampleTile &tile : it.value()) {
            images << tile.image;
            if (tile.label >= 0 && tile.label < perClass.size())
                perCell = std::max(perCell, ++perClass[tile.label]);
        }
        parts << tr("%1 %2").arg(it.value().size()).arg(sampleColumnTitle(it.key()));
    }
    m_grid->setImagesPerCell(std::min(perCell, 20));
    m_grid->setBoard(board);
    const QImage mean = meanImage(images);
    m_meanImage->setPixmap(mean.isNull() ? QPixmap()
                                         : QPixmap::fromImage(mean.scaled(kMeanImageSize, kMeanImageSize, Qt::KeepAspectRatio)));
    m_export->setEnabled(!images.isEmpty());
    m_selectionLabel->setText(images.isEmpty() ? tr("No selection: turn on Select and drag a rectangle.")
                                               : tr("Selected: %1").arg(parts.join(QStringLiteral(", "))));
}

void MapSidePanel::showNearestReal(const NearestReal &result)
{
    m_nearest->clear();
    auto icon = [](const QImage &image) {
        return QIcon(QPixmap::fromImage(image.scaled(kNearestIconSize, kNearestIconSize, Qt::KeepAspectRatio)));
    };
    auto *query = new QListWidgetItem(icon(result.query), tr("%1 #%2").arg(sampleColumnTitle(result.set)).arg(result.index));
    query->setToolTip(tr("The image looked up"));
    m_nearest->addItem(query);
    for (int i = 0; i < result.neighbours.size(); ++i) {
        auto *item = new QListWidgetItem(icon(result.neighbours[i]),
                                         tr("d = %1\nreal #%2").arg(result.distances[i], 0, 'f', 2).arg(result.realIndices[i]));
        item->setToolTip(tr("Training image %1 at ψ distance %2 (searched: %3 real images)")
                             .arg(result.realIndices[i])
                             .arg(result.distances[i], 0, 'g', 6)
                             .arg(result.poolSize));
        m_nearest->addItem(item);
    }
}

void MapSidePanel::showNearestRealSummary(const NearestRealSummary &summary)
{
    QStringList parts;
    for (auto it = summary.medianToReal.begin(); it != summary.medianToReal.end(); ++it)
        parts << tr("%1 %2").arg(sampleColumnTitle(it.key())).arg(it.value(), 0, 'f', 2);
    m_summary->setText(tr("Median ψ distance to the nearest real image: %1; real to its nearest other real image: %2 "
                          "(%3 real images searched).")
                           .arg(parts.join(QStringLiteral(", ")))
                           .arg(summary.medianRealToReal, 0, 'f', 2)
                           .arg(summary.poolSize));
}

void MapSidePanel::clearSummary()
{
    m_summary->clear();
}

void MapSidePanel::showExportResult(bool ok, const QString &message)
{
    m_exportResult->setText((ok ? tr("Done: %1") : tr("Failed: %1")).arg(message));
}

QString MapSidePanel::exportResultText() const
{
    return m_exportResult->text();
}
