#pragma once

#include "photorecord.h"

#include <QJsonObject>

/** The JSON form of a PhotoRecord shared by `byline-cli scan --json` and the export manifests. */
namespace PhotoRecordJson {

/**
 * Exactly the keys path, caption, credit, creditSource, agencies, photographer, creator, copyright,
 * headline, dateTaken, width, height, orientation, format, fileSize, error, warnings, provenance; absent
 * values are null. agencies and photographer are what the credit line names (CreditLine): an array,
 * empty without a credit, and the person or null. provenance maps each present field to {"source":
 * store, "conflict": bool}.
 */
[[nodiscard]] QJsonObject toJson(const PhotoRecord &record);

} // namespace PhotoRecordJson
