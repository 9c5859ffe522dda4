#pragma once

#include "photorecord.h"

#include <QJsonObject>

/** The JSON form of a PhotoRecord shared by `byline-cli scan --json` and the export manifests. */
namespace PhotoRecordJson {

/**
 * Exactly the keys path, caption, credit, creditSource, agencies, photographer, creator, copyright,
 * headline, dateTaken, title, source, instructions, usageTerms, keywords, location, rating, label, tagged, width,
 * height, orientation, format, cameraSerial, fileSize, error, warnings, provenance, companion, companionSize; absent
 * values are null. keywords is an array; location an object of sublocation, city, state, country and countryCode (each
 * null when absent), null when the photo has none of them; rating -1 (rejected) to 5, tagged a bool (null when no store
 * has it). companion is a RAW+JPEG pair's RAW (its path) and companionSize its size, null for a photo of one file.
 * agencies and photographer are what the credit line names (CreditLine): an array, empty without a credit, and the
 * person or null. provenance maps each present field to {"source": store, "conflict": bool}, with "other": {"source",
 * "value"} on a conflict, and the credit's with "correctedFrom": the spelling the files give, when the folder's
 * accepted alias corrected it.
 */
[[nodiscard]] QJsonObject toJson(const PhotoRecord &record);

} // namespace PhotoRecordJson
