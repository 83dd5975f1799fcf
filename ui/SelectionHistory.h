#pragma once
// The latent map's selections as a push/pop history: each new selection is pushed, undo
// steps back to the previous one (the first undo back to "nothing selected"), redo forward
// again; a push after an undo drops the selections that were undone. A selection is a list
// of point ids (set + index in the set), so it survives a rebuilt map.
#include <QPair>
#include <QString>
#include <QVector>

using PointId = QPair<QString, int>; // set name, index in the set

class SelectionHistory {
public:
    void push(const QVector<PointId> &selection);
    bool undo();
    bool redo();
    bool canUndo() const { return m_position > 0; }
    bool canRedo() const { return m_position < m_states.size(); }
    // The selection now (empty before the first push or after undoing it).
    QVector<PointId> current() const;
    void clear();

private:
    QVector<QVector<PointId>> m_states; // every pushed selection, oldest first
    int m_position = 0;                 // how many of them are in effect: current() = m_states[m_position - 1]
};
