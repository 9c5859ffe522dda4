#pragma once

#include "metadata/pendingmark.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/** The desk's pending ratings, labels and tags (PendingMark), one row per photo, over an open connection (Catalog's).
 */
class MarkStore
{
public:
    explicit MarkStore(const QSqlDatabase &db) : m_db(db) {}

    /** The marks of the photos directly in @p folder, or anywhere below it when recursive, by path. */
    [[nodiscard]] QHash<QString, PendingMark> marksIn(const QString &folder, bool recursive) const;
    /** Sets these photos' marks in one transaction: a mark that isEmpty() removes the photo's row. */
    bool setMarks(const QHash<QString, PendingMark> &marks);

private:
    QSqlDatabase m_db;
};
