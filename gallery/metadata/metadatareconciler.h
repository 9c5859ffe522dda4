#pragma once

#include "metadatasources.h"
#include "photorecord.h"

/**
 * Chooses the value Byline shows for each field when Exif, IPTC, XMP and a sidecar disagree, following
 * docs/metadata.md, "Which value wins" (MWG 2.0 with the IPTCDigest), then infers a credit from the
 * caption when no store holds one. Pure: the same sources always give the same record fields.
 */
class MetadataReconciler
{
public:
    /** Sets the text fields, orientation, credit source and provenance of @p record. */
    static void reconcile(const MetadataSources &sources, PhotoRecord &record);
};
