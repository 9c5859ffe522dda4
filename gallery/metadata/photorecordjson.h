#pragma once

#include "photorecord.h"

#include <QJsonObject>

/** The JSON form of a PhotoRecord shared by `byline-cli scan --json` and the export manifests. */
namespace PhotoRecordJson {

/**
 * Exactly the keys path, caption, credit, creditSource, creator, copyright, headline, dateTaken, width,
 * height, orientation, format, fileSize, error, warnings, provenance; absent values are null.
 * provenance maps each present field to {"source": store, "conflict": bool}.
 */
[[nodiscard]] QJsonObject toJson(const PhotoRecord &record);

} // namespace PhotoRecordJson
