#pragma once

#include "metadata/pendingmark.h"
#include "search/photorow.h"

#include <QHash>
#include <QString>
#include <QStringList>

/**
 * The desk's ratings, labels and tags that the files do not hold yet (issue 20), for PhotoModel: what the
 * catalog kept for the open folder, and each change a key makes. A row read from its file shows the mark
 * in place of the file's value. A file found holding the marked value settles that part of the mark; a
 * file whose value changed since the mark was made (another program, byline-cli, an edit) drops it, as
 * the later change; a mark back at the file's own value is no mark. Every mark so changed is handed to
 * the catalog (takeChanged).
 */
class PendingMarks
{
public:
    /** Adds the marks the catalog holds for the folder; a mark set here since the read is newer and stays. */
    void load(const QHash<QString, PendingMark> &marks);
    void clear() { m_marks.clear(); }

    /** @p row as read from its file, with its mark in place, settled or dropped as the file says. */
    [[nodiscard]] PhotoRow apply(const PhotoRow &row);
    /** Makes the marks of @p paths @p change's rating, label and tag, where it sets them; @p shown is each
     *  path's row as shown now (the file's values when it has no mark yet). The marks that result, by
     *  path (an empty one: none). */
    QHash<QString, PendingMark> set(const QHash<QString, const PhotoRow *> &shown, const PendingMark &change);
    /** Makes @p marks the marks of their paths again, whatever is there now (an undone write's marks). */
    void restore(const QHash<QString, PendingMark> &marks);
    /** Forgets the marks of @p paths here (their photos are no rows); the catalog keeps them. */
    void forget(const QStringList &paths);

    [[nodiscard]] bool has(const QString &path) const { return m_marks.contains(path); }
    [[nodiscard]] PendingMark of(const QString &path) const { return m_marks.value(path); }
    [[nodiscard]] const QHash<QString, PendingMark> &all() const { return m_marks; }
    /** The marks apply() changed since the last call, by path (empty: settled or dropped), for the catalog. */
    [[nodiscard]] QHash<QString, PendingMark> takeChanged();

private:
    QHash<QString, PendingMark> m_marks;
    QHash<QString, PendingMark> m_changed;
};
