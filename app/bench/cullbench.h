#pragma once

#include <QString>

/**
 * `byline-bench cull DIR [--count N] [--interval MS]`: the culling figure of issue 20. The real window
 * opens DIR; with Advance on, a rating key is pressed on each photo in turn (rate and advance), and the
 * time from the key to the frame that shows it on screen is measured for each: median, 99th percentile
 * and worst. Keys come @p intervalMs apart, at a desk's pace (a key as soon as the last frame was drawn
 * when 0: the decoders never catch up). Needs a QPA platform (QT_QPA_PLATFORM=offscreen or a display).
 */
int benchCull(const QString &folder, int count, int intervalMs);
