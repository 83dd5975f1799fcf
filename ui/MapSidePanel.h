#pragma once
// The latent map's side panel: the current selection (count per set, a grid by class and
// set, the pixel-wise mean image, export of just those images in a chosen format) and the
// nearest-real answers (the real images nearest a clicked point; the per-set summary).
#include "StudioTypes.h"
#include "engine/LatentMapTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class SampleGridWidget;

// The pixel-wise mean (rounded) of images of one size; null for none.
QImage meanImage(const QVector<QImage> &images);

class MapSidePanel : public QWidget {
    Q_OBJECT

public:
    explicit MapSidePanel(QWidget *parent = nullptr);

    // The selected tiles (tile.index = the index in its set) by set name.
    void setSelection(const QStringList &classNames, const QMap<QString, QVector<SampleTile>> &tilesBySet);
    void showNearestReal(const NearestReal &result);
    void showNearestRealSummary(const NearestRealSummary &summary);
    void clearSummary();
    void showExportResult(bool ok, const QString &message);
    QString exportResultText() const;
    QString format() const;

    SampleGridWidget *selectionGrid() const { return m_grid; }
    QListWidget *nearestList() const { return m_nearest; }

Q_SIGNALS:
    void exportRequested(const QString &format, const QString &folder);
    void summaryRequested();

private:
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_meanImage = nullptr;
    SampleGridWidget *m_grid = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportResult = nullptr;
    QListWidget *m_nearest = nullptr;
    QLabel *m_summary = nullptr;
};
