#pragma once

#include "metadata/metadatawriter.h"
#include "metadata/photorecord.h"

#include <QString>
#include <QTemporaryDir>

// What the MetadataReader tests share: a folder for the files, and reading them back.

using Digest = MetadataWrite::Digest;

/** A temporary folder for one test's files. */
struct Fixture
{
    QTemporaryDir dir;
    Fixture();
    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }
};

/** Where @p record's @p field came from; REQUIREs that it has one. */
FieldProvenance provenance(const PhotoRecord &record, MetadataField field);
/** MetadataReader::read(), REQUIRing that it found no error. */
PhotoRecord readOk(const QString &path);
