#pragma once

#include "scenestyle.h"

#include <span>

/**
 * One photo of the sample gallery: the picture to paint and the metadata to embed. Text is UTF-8; a
 * null pointer leaves the field out of every store.
 */
struct SamplePhoto
{
    const char *fileName;
    Scene scene;
    SceneStyle style;
    bool portrait = false; // painted upright as portrait, stored turned with Exif orientation 6
    const char *caption = nullptr;
    const char *creator = nullptr;
    const char *copyright = nullptr;
    const char *credit = nullptr; // null where, as on the news page, only the caption names the source
    const char *headline = nullptr;
    const char *dateTaken = nullptr;
    bool exifCaption = false; // the caption goes into Exif ImageDescription too
};

/** The sample gallery, from the Spaceflight Now page on the Progress MS-02 launch of 31 March 2016. */
[[nodiscard]] std::span<const SamplePhoto> samplePhotos();
