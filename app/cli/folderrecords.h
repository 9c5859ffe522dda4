#pragma once

#include "metadata/photorecord.h"

#include <QList>
#include <QString>

/** The records of a folder as byline-cli commands see them. */
namespace FolderRecords {

struct Request
{
    QString folder;
    bool useCatalog = true;
    bool recursive = false;
    int threads = 0; // 0: one per core
};

/**
 * The same scan as the window's, run on this thread: records the catalog knows for unchanged files,
 * fresh reads for the rest (which the catalog then keeps), sorted by path. Scan warnings go to stderr;
 * @p error says why the folder could not be read.
 */
[[nodiscard]] QList<PhotoRecord> read(const Request &request, QString &error);

} // namespace FolderRecords
