#pragma once

#include "catalog/catalog.h"
#include "metadata/photorecord.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What the catalog tests share: records with every field set, and the paths a catalog gives back.

/** A record with every field set, provenance and warnings included, for @p path. */
PhotoRecord fullRecord(const QString &path);
/** fullRecord() with a caption of its own, as the catalog stores it with @p stamp. */
CatalogEntry entry(const QString &path, qint64 stamp = 1'700'000'000'123'456'789);
/** The paths of @p entries, sorted. */
QStringList sortedPaths(const QHash<QString, CatalogEntry> &entries);

/**
 * Where a catalog test keeps its catalog: a SQLite file in a folder of its own, or, when the suite runs
 * against PostgreSQL (BYLINE_TEST_POSTGRES names the test server, as for ctest's "postgresql:" tests), a new database
 * on the tests' own server (PostgresServer::shared()). The same test then checks both backends.
 */
class TestCatalogLocation
{
public:
    TestCatalogLocation();
    /** The SQLite file or postgresql:// URL; the test fails when the server cannot give a database. */
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] static bool postgres();

private:
    QTemporaryDir m_dir;
    QString m_location;
};
