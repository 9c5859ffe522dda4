#pragma once

#include "metadata/photofile.h"
#include "metadata/photorecord.h"

#include <QList>

/** Reads many files with MetadataReader on a private thread pool, keeping the input order. */
class BatchReader
{
public:
    /** @p threadCount 0 means one thread per core; 1 reads on the calling thread. */
    [[nodiscard]] static QList<PhotoRecord> read(const QList<PhotoFile> &files, int threadCount = 0);
};
