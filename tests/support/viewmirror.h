#pragma once

#include "models/photofiltermodel.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QString>
#include <QStringList>

/** The paths @p filter shows, in its order. */
inline QStringList proxyRows(const PhotoFilterModel &filter)
{
    QStringList paths;
    for (int row = 0; row < filter.rowCount(); ++row)
        paths.append(filter.pathAt(row));
    return paths;
}

/**
 * What a view keeps: the rows as the proxy's signals described them, read when each signal arrives.
 * At every signal the rows it knows must be the proxy's, and every path must be found at its row
 * (the grid looks its current photo up by path from these signals).
 */
class ViewMirror
{
public:
    explicit ViewMirror(PhotoFilterModel &filter) : m_filter(filter)
    {
        QObject::connect(&filter, &QAbstractItemModel::rowsInserted, &filter,
                         [this](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row)
                                 m_rows.insert(row, m_filter.pathAt(row));
                             verify("rowsInserted");
                         });
        QObject::connect(&filter, &QAbstractItemModel::rowsRemoved, &filter,
                         [this](const QModelIndex &, int first, int last) {
                             m_rows.remove(first, last - first + 1);
                             verify("rowsRemoved");
                         });
        QObject::connect(
            &filter, &QAbstractItemModel::dataChanged, &filter, [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    if (m_rows.value(row) != m_filter.pathAt(row))
                        ++m_faults, m_firstFault = m_firstFault.isEmpty() ? QStringLiteral("dataChanged moved a row")
                                                                          : m_firstFault;
                }
            });
        const auto reread = [this] {
            m_rows = proxyRows(m_filter);
            verify("layoutChanged/modelReset");
        };
        QObject::connect(&filter, &QAbstractItemModel::layoutChanged, &filter, reread);
        QObject::connect(&filter, &QAbstractItemModel::modelReset, &filter, reread);
        QObject::connect(&filter, &QAbstractItemModel::rowsMoved, &filter, [this] {
            ++m_faults; // PhotoFilterModel never moves rows; a view would have to follow them
            m_firstFault = m_firstFault.isEmpty() ? QStringLiteral("rowsMoved") : m_firstFault;
        });
    }

    [[nodiscard]] const QStringList &rows() const { return m_rows; }
    [[nodiscard]] int faults() const { return m_faults; }
    [[nodiscard]] QString firstFault() const { return m_firstFault; }

private:
    void verify(const char *signal)
    {
        if (m_rows != proxyRows(m_filter)) {
            ++m_faults;
            if (m_firstFault.isEmpty())
                m_firstFault = QStringLiteral("after %1 the rows differ from the proxy's").arg(QLatin1String(signal));
            return;
        }
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_filter.rowOfPath(m_rows[row]) != row) {
                ++m_faults;
                if (m_firstFault.isEmpty())
                    m_firstFault = QStringLiteral("during %1, %2 is not found at its row %3 (found at %4)")
                                       .arg(QLatin1String(signal), m_rows[row])
                                       .arg(row)
                                       .arg(m_filter.rowOfPath(m_rows[row]));
                return;
            }
        }
    }

    PhotoFilterModel &m_filter;
    QStringList m_rows;
    int m_faults = 0;
    QString m_firstFault;
};
