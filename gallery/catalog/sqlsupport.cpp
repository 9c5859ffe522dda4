#include "sqlsupport.h"

Q_LOGGING_CATEGORY(lcCatalog, "byline.catalog", QtWarningMsg)

namespace {

// SQLite's primary result codes.
constexpr int s_sqliteBusy = 5;
constexpr int s_sqliteLocked = 6;
constexpr int s_sqliteCorrupt = 11;
constexpr int s_sqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary one in the low byte
}

} // namespace

namespace SqlSupport {

bool isBusy(const QSqlError &error)
{
    return primaryCode(error) == s_sqliteBusy || primaryCode(error) == s_sqliteLocked;
}

bool isDamage(const QSqlError &error)
{
    return primaryCode(error) == s_sqliteCorrupt || primaryCode(error) == s_sqliteNotADatabase;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString message(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

QString upsert(const QString &table, const QStringList &columns, const QStringList &key)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        if (!key.contains(column))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

bool prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcCatalog) << "cannot prepare" << sql << query.lastError().text();
    return false;
}

bool execBound(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (query.exec())
        return true;
    qCWarning(lcCatalog) << "cannot run" << query.lastQuery() << query.lastError().text();
    return false;
}

bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return prepare(query, sql) && execBound(query, values);
}

bool execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    return execPrepared(query, sql, values);
}

QString withoutTrailingSlash(QString folder)
{
    while (folder.size() > 1 && folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return folder;
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash == 0 ? QStringLiteral("/") : path.left(slash);
}

// Everything below "/a/b" has a folder starting "/a/b/", which in SQLite's byte-wise (BINARY) text
// order is the range ["/a/b/", "/a/b0"), '0' being the character after '/'. Unlike LIKE, a range needs no
// escaping of '%' and '_', is never case-insensitive, and uses the folder index.
QVariantList descendantRange(const QString &folder)
{
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    QString end = prefix;
    end.back() = QLatin1Char('0');
    return {folder, prefix, end};
}

QString folderClause(bool recursive)
{
    return recursive ? QStringLiteral(" WHERE folder = ? OR (folder >= ? AND folder < ?)")
                     : QStringLiteral(" WHERE folder = ?");
}

} // namespace SqlSupport
