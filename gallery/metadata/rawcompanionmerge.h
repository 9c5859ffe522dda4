#pragma once

#include "photorecord.h"

/**
 * The one record of a RAW+JPEG pair (docs/metadata.md, "RAW+JPEG pairs"): the rendition (the JPEG) is
 * the photo shown, so its record is the pair's; a field it lacks is taken from the RAW's record (its XMP
 * sidecar already applied) with provenance RawCompanion; where both carry a caption or a credit and they
 * differ, the rendition's is kept and a warning names the RAW's. A pure function of two records.
 */
class RawCompanionMerge
{
public:
    [[nodiscard]] static PhotoRecord merge(PhotoRecord rendition, const PhotoRecord &raw);
};
