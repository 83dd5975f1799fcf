#pragma once
// The samples view's canvas: one column per set (Real | GAN | Inversion | IT-GAN | DM),
// one row per class (or, filtered to one class, many images of it), all at one tile
// size so zoom is synchronised. Columns with a history (IT-GAN, DM checkpoints, live
// previews) show the frame of the selected step. Hovering a tile shows its class,
// index, seed or source and loss; clicking it emits tileClicked.
#include "StudioTypes.h"

#include <QWidget>

class SampleGridWidget : public QWidget {
    Q_OBJECT

public:
    explicit SampleGridWidget(QWidget *parent = nullptr);

    void setBoard(const SampleBoard &board);
    // Adds (or replaces, same iteration) a frame of one column, e.g. a live preview.
    void addFrame(const QString &column, const SampleFrame &frame);
    void clearColumn(const QString &column);
    const SampleBoard &board() const { return m_board; }

    void setTileSize(int pixels);
    int tileSize() const { return m_tile; }
    // -1 = all classes (one row each); otherwise only this class, wrapped over rows.
    void setClassFilter(int label);
    int classFilter() const { return m_classFilter; }
    // Images per class shown side by side in each column.
    void setImagesPerCell(int count);
    // Shows, for every column with a history, its last frame at or before `iteration`;
    // a negative value follows the newest frame.
    void setStep(qint64 iteration);
    qint64 step() const { return m_step; }
    QVector<qint64> steps() const; // every iteration some column has a frame of, ascending

    QStringList visibleColumns() const;
    int tileCount() const; // tiles currently shown
    // The tile under a point: its column, or an empty string.
    QString tileAt(const QPoint &pos, SampleTile *tile = nullptr) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void tileClicked(const QString &column, int label, int index);
    void stepsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Placed {
        QRect rect;
        QString column;
        const SampleTile *tile;
    };
    const SampleFrame *frameFor(const QString &column) const;
    QVector<Placed> layoutTiles(QSize *contentSize = nullptr) const;
    void relayout();

    SampleBoard m_board;
    int m_tile = 30;
    int m_classFilter = -1;
    int m_perCell = 5;
    qint64 m_step = -1;
    int m_labelWidth = 96;
    int m_headerHeight = 22;
    int m_gap = 2;
    int m_columnGap = 14;
};

// Translated titles of the set / column names the engine uses: "real" (the real images
// column), "gan", "inversion", "itgan", "dm", "random"; "whole-real" is the whole real set
// (results.json calls it "real", see setTitle).
QString sampleColumnTitle(const QString &column);
// The title of a set in results.json and evaluation curves, where "real" is the whole real set.
inline QString setTitle(const QString &set)
{
    return sampleColumnTitle(set == QLatin1String("real") ? QStringLiteral("whole-real") : set);
}
