#include "SelectionHistory.h"

void SelectionHistory::push(const QVector<PointId> &selection)
{
    m_states.resize(m_position);
    m_states.append(selection);
    m_position = static_cast<int>(m_states.size());
}

bool SelectionHistory::undo()
{
    if (!canUndo())
        return false;
    --m_position;
    return true;
}

bool SelectionHistory::redo()
{
    if (!canRedo())
        return false;
    ++m_position;
    return true;
}

QVector<PointId> SelectionHistory::current() const
{
    return m_position > 0 ? m_states[m_position - 1] : QVector<PointId>();
}

void SelectionHistory::clear()
{
    m_states.clear();
    m_position = 0;
}
