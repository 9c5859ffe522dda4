#pragma once

#include <QString>

/**
 * What a catalog location holds, found without changing it: the window's "Test connection". A desk
 * catalog is connected to and asked whether it holds Byline's tables, of which version and how many
 * photo records; nothing is created or migrated (opening a Catalog would set up an empty database).
 */
struct CatalogProbe
{
    bool reachable = false; // connected (or, for a SQLite file, the file can be made or opened)
    QString message;        // what was found or why not, for the user

    /** Probes @p location (a SQLite file or a postgresql:// URL); may take the connection timeout. */
    [[nodiscard]] static CatalogProbe run(const QString &location);
};
