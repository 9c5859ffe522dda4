#pragma once

#include "catalog/catalog.h"
#include "metadata/photorecord.h"

#include <QList>
#include <QString>

#include <memory>

/** The records of a folder as byline-cli commands see them. */
namespace FolderRecords {

struct Request
{
    QString folder;
    bool useCatalog = true;
    bool recursive = false;
    int threads = 0;         // 0: one per core
    bool pairRawJpeg = true; // a RAW and a JPEG of the same stem are one record (--no-pairs: false)
};

/** A folder's records and the credit aliases accepted for it in the catalog. */
struct Folder
{
    QList<PhotoRecord> records;
    QList<CreditAlias> aliases;
};

/**
 * The same scan as the window's, run on this thread: records the catalog knows for unchanged files,
 * fresh reads for the rest (which the catalog then keeps), sorted by path; a RAW+JPEG pair is one record,
 * the JPEG's, naming the RAW as its companion (unless pairRawJpeg is false). Scan warnings go to stderr;
 * @p error says why the folder could not be read. With --no-cache (useCatalog false) every file is read
 * and no record is read or written, but the folder's aliases still apply (deskCatalog).
 */
[[nodiscard]] Folder read(const Request &request, QString &error);

/**
 * The catalog for the desk's own lists, the folder's aliases and the credit book, which apply with and
 * without --no-cache: --no-cache is about the records read before, not the desk's decisions, so a
 * command gives the same credits and the same book verdict either way. With --no-cache (@p useCatalog
 * false) it is opened only when it exists, so --no-cache never makes one: null then. Its warnings go to
 * stderr; check isOpen().
 */
[[nodiscard]] std::unique_ptr<Catalog> deskCatalog(bool useCatalog);

/** Why @p path cannot be the folder of a command ("no such folder", a photo given instead); empty if it can. */
[[nodiscard]] QString folderProblem(const QString &path);

} // namespace FolderRecords
