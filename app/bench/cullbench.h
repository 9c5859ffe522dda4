#pragma once

#include <QString>

/**
 * `byline-bench cull DIR [--count N]`: the culling figure of issue 20. The real window opens DIR; with
 * Advance on, a rating key is pressed on each photo in turn (rate and advance), and the time from the key
 * to the frame that shows it on screen is measured for each: median, 99th percentile and worst. Needs a
 * QPA platform (QT_QPA_PLATFORM=offscreen or a display).
 */
int benchCull(const QString &folder, int count);
