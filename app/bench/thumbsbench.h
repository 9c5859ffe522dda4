#pragma once

#include <QString>

/**
 * `byline-bench thumbs DIR [--threads N]`: every image of DIR through ThumbnailProvider at 256 px with an
 * empty disk cache (first 40 and all), then again with a new provider on the warm disk cache.
 */
int benchThumbs(const QString &folder, int threads);
