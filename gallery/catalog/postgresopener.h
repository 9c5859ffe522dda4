#pragma once

#include "cataloglocation.h"
#include "catalogopener.h"

#include <QSqlDatabase>

class QSqlError;

/**
 * Opens a desk catalog on PostgreSQL and makes its schema current. Unlike a private SQLite file, a
 * shared database is never moved aside or rebuilt: the first Byline to open it creates the tables, a
 * newer Byline migrates them once (under an advisory lock, so two starting together do not both try),
 * and a Byline older than the schema refuses it with a message saying so, writing nothing.
 */
class PostgresOpener
{
public:
    /** The schema's version, kept in byline_schema: the same numbering as the SQLite catalog's. */
    static constexpr int s_schemaVersion = CatalogOpener::s_schemaVersion;

    /** @p db is a configured, unopened QPSQL connection to @p location. */
    PostgresOpener(QSqlDatabase &db, CatalogLocation location) : m_db(db), m_location(std::move(location)) {}

    [[nodiscard]] CatalogOpener::Result open();

    /** The statements that make an empty database a catalog of the current schema. */
    [[nodiscard]] static QStringList createStatements();

private:
    [[nodiscard]] bool updateSchema();
    /** The schema's version; 0 for a database without Byline's tables, -1 when it cannot be read. */
    [[nodiscard]] int schemaVersion();
    bool failed(const QString &what, const QSqlError &error);

    QSqlDatabase &m_db;
    const CatalogLocation m_location;
    CatalogOpener::Result m_result;
};
