#include "metadatareaderfixture.h"

#include "metadata/metadatareader.h"

#include <catch2/catch.hpp>

Fixture::Fixture()
{
    REQUIRE(dir.isValid());
}

FieldProvenance provenance(const PhotoRecord &record, MetadataField field)
{
    const auto value = record.provenanceOf(field);
    REQUIRE(value.has_value());
    return *value;
}

PhotoRecord readOk(const QString &path)
{
    const PhotoRecord record = MetadataReader::read(path);
    INFO(record.error.toStdString() << " " << record.warnings.join(QStringLiteral(" | ")).toStdString());
    REQUIRE_FALSE(record.hasError());
    return record;
}
