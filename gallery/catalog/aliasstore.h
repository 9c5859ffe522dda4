#pragma once

#include "credits/creditalias.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/** Each folder's accepted credit aliases, over an open connection (Catalog's). */
class AliasStore
{
public:
    explicit AliasStore(const QSqlDatabase &db) : m_db(db) {}

    /** The aliases accepted for @p folder, sorted by alias. */
    [[nodiscard]] QList<CreditAlias> aliases(const QString &folder) const;
    bool setAlias(const QString &folder, const CreditAlias &alias);
    bool removeAlias(const QString &folder, const QString &alias);

private:
    QSqlDatabase m_db;
};
