#pragma once
// The latent map: every latent of the open run (GAN samples, inversion, IT-GAN; DM's and
// real images in the feature space) as a point of a 2-D PCA projection, coloured by class
// and marked by set. Zoom and pan with the mouse; hovering shows the tile; a click opens
// the latent in the explorer and looks up its nearest real images. IT-GAN's trajectories
// from its inversion through its history are scrubbed with the step slider (shared with
// the samples view), with the per-class means of real and synthetic features that Eq. 2
// matches. A rubber band selects points (their grid, mean image and export are in the
// MapSidePanel); selections have undo/redo. The map is computed on the explorer's thread
// (ExplorerEngine::requestMap); this widget only draws and filters.
#include "SelectionHistory.h"
#include "engine/LatentMapTypes.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class MapSidePanel;
class QPushButton;
class QSlider;
class SampleGridWidget;

class LatentMapView : public QWidget {
    Q_OBJECT

public:
    explicit LatentMapView(QWidget *parent = nullptr);

    LatentMapRequest currentRequest() const;
    void setSpace(const QString &space);
    void setMap(const LatentMap &map);
    void showError(const QString &message);
    void showNearestReal(const NearestReal &result);
    void showNearestRealSummary(const NearestRealSummary &summary);
    // How an export of the selection ended (the worker's message).
    void showExportResult(bool ok, const QString &message);
    QString exportResultText() const;
    // The map no longer fits the open run (another run or inputs): the next show asks anew.
    void invalidate();
    bool isStale() const { return m_stale; }

    const LatentMap &map() const { return m_map; }
    // Filters: one class (-1 = all) and which sets are shown.
    void setClassFilter(int label);
    void setSetShown(const QString &set, bool shown);
    // Indices into map().points that pass the filters, in drawing order.
    QVector<int> visiblePoints() const;
    // Where a point is at the current step (IT-GAN points move along their track).
    QPointF positionAt(int point) const;
    // The visible point drawn nearest to a widget pixel of the plot, within a few pixels; -1 if none.
    int pointAtPixel(const QPoint &pixel) const;
    QPoint pixelOf(int point) const;
    PointId pointId(int point) const;
    int pointOf(const PointId &id) const; // -1 when not in the map

    // Steps of the trajectories (IT-GAN iterations); the newest = the final latents.
    QVector<qint64> steps() const { return m_map.steps; }
    // Shows the positions at `iteration` (the last step at or before it; negative = final).
    void setStep(qint64 iteration);
    qint64 step() const { return m_step; }

    // Selection: the visible points inside a rectangle of plot coordinates (a new history entry).
    void selectInRect(const QRectF &plotRect);
    QVector<PointId> selection() const { return m_history.current(); }
    bool undoSelection();
    bool redoSelection();
    // The pixel-wise mean of the selected tiles (null when nothing is selected).
    QImage selectionMeanImage() const;
    // The selection's indices per set, ascending (what an export writes).
    QMap<QString, QVector<int>> selectionBySet() const;
    // Asks for the selection to be written as `format` into the new folder `folder`.
    void exportSelection(const QString &format, const QString &folder);

    // The last answers shown (empty before the first).
    const NearestReal &nearestReal() const { return m_lastNearest; }
    const NearestRealSummary &nearestRealSummary() const { return m_lastSummary; }

    QCustomPlot *plot() const { return m_plot; }
    QSlider *stepSlider() const { return m_stepSlider; }
    SampleGridWidget *selectionGrid() const;
    QLabel *statusLabel() const { return m_status; }
    QListWidget *nearestList() const;
    QLabel *hoverTip() const { return m_hover; }
    QLabel *hoverCaption() const { return m_hoverCaption; }

Q_SIGNALS:
    void requestChanged(const LatentMapRequest &request);
    // A click on a point looks up its nearest real images; a double click opens it in the
    // explorer (latent sets only).
    void pointActivated(const QString &set, int label, int indexInClass);
    void nearestRealRequested(const QString &set, int index);
    void summaryRequested();
    void exportSelectionRequested(const QMap<QString, QVector<int>> &indicesBySet, const QString &format,
                                  const QString &folder);
    void stepChanged(qint64 iteration);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void emitRequest();
    // Rebuilds the plottables for the filters, step and selection (redraw) and replots.
    void refreshPlot();
    void redraw();
    void refreshSelectionViews();
    void showHover(const QPoint &pixel);
    QVector<int> computeVisiblePoints() const;
    // Index into m_map.steps shown now; -1 = the final positions.
    int stepIndex() const;

    LatentMap m_map;
    QHash<PointId, int> m_pointOf;
    QHash<int, int> m_trackOf; // point -> index into m_map.tracks
    QVector<int> m_visible;    // visiblePoints(), as of the last redraw
    SelectionHistory m_history;
    int m_classFilter = -1;
    QStringList m_hiddenSets;
    qint64 m_step = -1;
    bool m_stale = true;
    NearestReal m_lastNearest;
    NearestRealSummary m_lastSummary;
    QPoint m_pressedAt; // where a click on the plot began (a click is a press and release in place)

    QComboBox *m_space = nullptr;
    QCheckBox *m_showReal = nullptr;
    QComboBox *m_class = nullptr;
    QCheckBox *m_showTracks = nullptr;
    QSlider *m_stepSlider = nullptr;
    QLabel *m_stepLabel = nullptr;
    QPushButton *m_selectMode = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hover = nullptr;        // the hovered point's tile...
    QLabel *m_hoverCaption = nullptr; // ...and its set, index and class
    MapSidePanel *m_side = nullptr;
};
