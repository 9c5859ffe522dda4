#include "pendingmarks.h"

PhotoRow PendingMarks::apply(const PhotoRow &row)
{
    if (m_marks.isEmpty())
        return row; // the common case: nothing to look up
    const QString path = row.path();
    const auto found = m_marks.constFind(path);
    if (found == m_marks.cend())
        return row;
    const PendingMark &mark = *found;
    const bool ratingHeld = !mark.rating || row.rating().value_or(0) == *mark.rating;
    const bool labelHeld = !mark.label || row.text(PhotoRow::Text::Label) == *mark.label;
    if (ratingHeld && labelHeld) {
        m_marks.erase(found);
        m_settled.append(path);
        return row;
    }
    return row.withMark(mark);
}

void PendingMarks::set(const QStringList &paths, const PendingMark &change)
{
    for (const QString &path : paths) {
        PendingMark &mark = m_marks[path];
        if (change.rating)
            mark.rating = change.rating;
        if (change.label)
            mark.label = change.label;
    }
}

void PendingMarks::forget(const QStringList &paths)
{
    for (const QString &path : paths)
        m_marks.remove(path);
}

QStringList PendingMarks::takeSettled()
{
    return std::exchange(m_settled, {});
}
