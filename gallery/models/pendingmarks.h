#pragma once

#include "metadata/pendingmark.h"
#include "search/photorow.h"

#include <QHash>
#include <QString>
#include <QStringList>

/**
 * The desk's ratings and labels that the files do not hold yet (issue 20), for PhotoModel: what the
 * catalog kept for the open folder, and each change a key makes. A row read from its file shows the mark
 * in place of the file's value; a file found holding the marked values already (written by Byline, or by
 * another program) settles its mark, which is then forgotten.
 */
class PendingMarks
{
public:
    /** The marks the catalog holds for the folder, replacing any others. */
    void load(const QHash<QString, PendingMark> &marks) { m_marks = marks; }
    void clear() { m_marks.clear(); }

    /** @p row as read from its file, with its mark in place; a mark the file now holds is settled. */
    [[nodiscard]] PhotoRow apply(const PhotoRow &row);
    /** Merges @p change into the marks of @p paths: a rating or label it sets replaces theirs. */
    void set(const QStringList &paths, const PendingMark &change);
    /** Forgets the marks of @p paths (they were written into the files). */
    void forget(const QStringList &paths);

    [[nodiscard]] bool has(const QString &path) const { return m_marks.contains(path); }
    [[nodiscard]] PendingMark of(const QString &path) const { return m_marks.value(path); }
    [[nodiscard]] const QHash<QString, PendingMark> &all() const { return m_marks; }
    /** The paths whose marks apply() settled since the last call: the catalog forgets them too. */
    [[nodiscard]] QStringList takeSettled();

private:
    QHash<QString, PendingMark> m_marks;
    QStringList m_settled;
};
