#pragma once

#include "catalog/catalog.h"
#include "metadata/photorecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What the catalog tests share: records with every field set, and the paths a catalog gives back.

/** A record with every field set, provenance and warnings included, for @p path. */
PhotoRecord fullRecord(const QString &path);
/** fullRecord() with a caption of its own, as the catalog stores it with @p stamp. */
CatalogEntry entry(const QString &path, qint64 stamp = 1'700'000'000'123'456'789);
/** The paths of @p entries, sorted. */
QStringList sortedPaths(const QHash<QString, CatalogEntry> &entries);
