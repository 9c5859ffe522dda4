#include "aliasstore.h"

#include "sqlsupport.h"

#include "metadata/nativepath.h"

QList<CreditAlias> AliasStore::aliases(const QString &folder) const
{
    QList<CreditAlias> aliases;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlSupport::execPrepared(
            query,
            QStringLiteral("SELECT alias, canonical, spelling, alias_spelling FROM aliases WHERE folder = ?"
                           " ORDER BY alias"),
            {NativePath::toStorage(SqlSupport::withoutTrailingSlash(folder))}))
        return aliases;
    while (query.next())
        aliases.append(CreditAlias{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString()});
    return aliases;
}

bool AliasStore::setAlias(const QString &folder, const CreditAlias &alias)
{
    return SqlSupport::execPrepared(
        m_db,
        SqlSupport::upsert(QStringLiteral("aliases"),
                           {QStringLiteral("folder"), QStringLiteral("alias"), QStringLiteral("canonical"),
                            QStringLiteral("spelling"), QStringLiteral("alias_spelling")},
                           {QStringLiteral("folder"), QStringLiteral("alias")}),
        {NativePath::toStorage(SqlSupport::withoutTrailingSlash(folder)), alias.alias, alias.canonical, alias.spelling,
         alias.aliasSpelling}); // "" or NULL: not known
}

bool AliasStore::removeAlias(const QString &folder, const QString &alias)
{
    return SqlSupport::execPrepared(m_db, QStringLiteral("DELETE FROM aliases WHERE folder = ? AND alias = ?"),
                                    {NativePath::toStorage(SqlSupport::withoutTrailingSlash(folder)), alias});
}
