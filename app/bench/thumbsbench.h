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

/**
 * `byline-bench previews DIR`: the embedded-preview lookup for every image of DIR, one at a time, in
 * process and through a metadata helper (PreviewWorkers): what crash isolation costs per lookup.
 */
int benchPreviews(const QString &folder);
