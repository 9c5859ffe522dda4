#include "pendingmarks.h"

namespace {

// A part of a mark that the file already holds, or that is back at the file's own value, is no mark.
void dropHeld(PendingMark &mark, int fileRating, const QString &fileLabel, bool fileTagged)
{
    if (mark.rating && *mark.rating == fileRating)
        mark.rating.reset();
    if (mark.label && *mark.label == fileLabel)
        mark.label.reset();
    if (mark.tagged && *mark.tagged == fileTagged)
        mark.tagged.reset();
}

} // namespace

void PendingMarks::load(const QHash<QString, PendingMark> &marks)
{
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!m_marks.contains(it.key()))
            m_marks.insert(it.key(), it.value());
    }
}

PhotoRow PendingMarks::apply(const PhotoRow &row)
{
    if (m_marks.isEmpty())
        return row; // the common case: nothing to look up
    const QString path = row.path();
    const auto found = m_marks.find(path);
    if (found == m_marks.end())
        return row;
    const PendingMark before = *found;
    PendingMark mark = before;
    const int fileRating = row.rating().value_or(0);
    const QString fileLabel = row.text(PhotoRow::Text::Label);
    // Changed in the file since the mark was made: the file's is the later word.
    if (mark.rating && fileRating != mark.fileRating)
        mark.rating.reset();
    if (mark.label && fileLabel != mark.fileLabel)
        mark.label.reset();
    if (mark.tagged && row.tagged() != mark.fileTagged)
        mark.tagged.reset();
    dropHeld(mark, fileRating, fileLabel, row.tagged());
    if (mark != before) {
        m_changed.insert(path, mark);
        if (mark.isEmpty()) {
            m_marks.erase(found);
            return row;
        }
        *found = mark;
    }
    return row.withMark(mark);
}

QHash<QString, PendingMark> PendingMarks::set(const QHash<QString, const PhotoRow *> &shown, const PendingMark &change)
{
    QHash<QString, PendingMark> result;
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        PendingMark mark = m_marks.value(it.key());
        if (!m_marks.contains(it.key())) { // the row shows the file's values: the mark's base
            mark.fileRating = (*it)->rating().value_or(0);
            mark.fileLabel = (*it)->text(PhotoRow::Text::Label);
            mark.fileTagged = (*it)->tagged();
        }
        if (change.rating)
            mark.rating = change.rating;
        if (change.label)
            mark.label = change.label;
        if (change.tagged)
            mark.tagged = change.tagged;
        dropHeld(mark, mark.fileRating, mark.fileLabel, mark.fileTagged);
        if (mark.isEmpty())
            m_marks.remove(it.key());
        else
            m_marks.insert(it.key(), mark);
        result.insert(it.key(), mark);
    }
    return result;
}

void PendingMarks::restore(const QHash<QString, PendingMark> &marks)
{
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        m_marks.insert(it.key(), it.value());
}

void PendingMarks::forget(const QStringList &paths)
{
    for (const QString &path : paths)
        m_marks.remove(path);
}

QHash<QString, PendingMark> PendingMarks::takeChanged()
{
    return std::exchange(m_changed, {});
}
