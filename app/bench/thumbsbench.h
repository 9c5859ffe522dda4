#pragma once

#include <QString>

/**
 * `byline-bench thumbs DIR [--threads N]`: ThumbnailProvider at 256 px over the images of DIR. The first
 * screen as a grid asks for it (placeholders and sharp tiles) with an empty disk cache; then every file
 * at once with an empty cache, and again with a new provider on the warm disk cache; memory.
 */
int benchThumbs(const QString &folder, int threads);

/** `byline-bench naive-thumbs DIR`: the baseline, a full QImageReader decode then a smooth scale. */
int benchNaiveThumbs(const QString &folder);
