#include "markstore.h"

#include "sqlsupport.h"
#include "writetransaction.h"

#include "metadata/nativepath.h"

namespace {

// A label taken away is "" in the table, never NULL (which leaves the file's): Qt binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant labelValue(const std::optional<QString> &label)
{
    return label ? QVariant(notNull(*label)) : QVariant();
}

} // namespace

QHash<QString, PendingMark> MarkStore::marksIn(const QString &folder, bool recursive) const
{
    QHash<QString, PendingMark> marks;
    const QString exact = NativePath::toStorage(SqlSupport::withoutTrailingSlash(folder));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlSupport::execPrepared(
            query,
            QStringLiteral("SELECT path, rating, label, file_rating, file_label, tagged, file_tagged FROM marks") +
                SqlSupport::folderClause(recursive),
            recursive ? SqlSupport::descendantRange(exact) : QVariantList{exact}))
        return marks;
    while (query.next()) {
        PendingMark mark;
        if (!query.isNull(1))
            mark.rating = qBound(-1, query.value(1).toInt(), 5); // another program's row is still a rating
        if (!query.isNull(2))
            mark.label = query.value(2).toString();
        mark.fileRating = qBound(-1, query.value(3).toInt(), 5);
        mark.fileLabel = query.value(4).toString();
        if (!query.isNull(5))
            mark.tagged = query.value(5).toInt() != 0;
        mark.fileTagged = query.value(6).toInt() != 0;
        if (!mark.isEmpty())
            marks.insert(NativePath::fromStorage(query.value(0).toString()), mark);
    }
    return marks;
}

bool MarkStore::setMarks(const QHash<QString, PendingMark> &marks)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin())
        return false;
    QSqlQuery remove(m_db);
    QSqlQuery insert(m_db);
    if (!SqlSupport::prepare(remove, QStringLiteral("DELETE FROM marks WHERE path = ?")) ||
        !SqlSupport::prepare(insert, SqlSupport::upsert(QStringLiteral("marks"),
                                                        {QStringLiteral("path"), QStringLiteral("folder"),
                                                         QStringLiteral("rating"), QStringLiteral("label"),
                                                         QStringLiteral("file_rating"), QStringLiteral("file_label"),
                                                         QStringLiteral("tagged"), QStringLiteral("file_tagged")},
                                                        {QStringLiteral("path")})))
        return false;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        const QString stored = NativePath::toStorage(it.key());
        const PendingMark &mark = it.value();
        const bool done =
            mark.isEmpty()
                ? SqlSupport::execBound(remove, {stored})
                : SqlSupport::execBound(
                      insert, {stored, SqlSupport::folderOf(stored), mark.rating ? QVariant(*mark.rating) : QVariant(),
                               labelValue(mark.label), mark.fileRating, notNull(mark.fileLabel),
                               mark.tagged ? QVariant(int(*mark.tagged)) : QVariant(), int(mark.fileTagged)});
        if (!done)
            return false;
    }
    return transaction.commit();
}
