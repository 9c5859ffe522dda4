#include "photoselection.h"

#include "photofiltermodel.h"
#include "photomodel.h"

PhotoSelection::PhotoSelection(QObject *parent) : QObject(parent) {}

QStringList PhotoSelection::paths() const
{
    QStringList sorted(m_paths.cbegin(), m_paths.cend());
    sorted.sort();
    return sorted;
}

void PhotoSelection::apply(const QSet<QString> &selected)
{
    if (selected == m_paths)
        return;
    QStringList changed;
    for (const QString &path : selected) {
        if (!m_paths.contains(path))
            changed.append(path);
    }
    for (const QString &path : std::as_const(m_paths)) {
        if (!selected.contains(path))
            changed.append(path);
    }
    m_paths = selected;
    emit pathsChanged(changed);
    emit selectionChanged();
}

void PhotoSelection::select(const QString &path)
{
    if (m_paths.contains(path))
        return;
    m_paths.insert(path); // one path: no copy of the whole set
    emit pathsChanged({path});
    emit selectionChanged();
}

void PhotoSelection::deselect(const QString &path)
{
    if (!m_paths.remove(path))
        return;
    emit pathsChanged({path});
    emit selectionChanged();
}

void PhotoSelection::toggle(const QString &path)
{
    m_paths.contains(path) ? deselect(path) : select(path);
}

void PhotoSelection::selectOnly(const QString &path)
{
    apply({path});
}

void PhotoSelection::selectRange(QAbstractItemModel *view, int fromRow, int toRow)
{
    if (!view)
        return;
    QSet<QString> selected = m_paths;
    const int first = qMax(0, qMin(fromRow, toRow)), last = qMin(view->rowCount() - 1, qMax(fromRow, toRow));
    for (int row = first; row <= last; ++row)
        selected.insert(view->index(row, 0).data(PhotoModel::PathRole).toString());
    apply(selected);
}

void PhotoSelection::selectAll(QAbstractItemModel *view)
{
    if (view)
        selectRange(view, 0, view->rowCount() - 1);
}

void PhotoSelection::clear()
{
    apply({});
}

void PhotoSelection::keepShown(PhotoFilterModel *filter)
{
    if (!filter || m_paths.isEmpty())
        return;
    QSet<QString> kept;
    for (const QString &path : std::as_const(m_paths)) {
        if (!filter->hides(path))
            kept.insert(path);
    }
    apply(kept);
}

void PhotoSelection::removePaths(const QStringList &paths)
{
    QSet<QString> selected = m_paths;
    for (const QString &path : paths)
        selected.remove(path);
    apply(selected);
}
