#pragma once

#include <QByteArrayView>

/**
 * The order of photos by the time taken (docs/metadata.md, "Dates"): the wall-clock time as recorded, to the
 * second, then the fraction of a second, then the camera's serial number, then the zone. Two photographers'
 * bursts of the same seconds interleave by the fraction where their cameras record one, and where they do not,
 * each camera's frames stay together (and in file-name order, the caller's tie-break) instead of alternating.
 */
namespace CaptureOrder {

/** < 0, 0 or > 0 as @p dateA (normalised by DateTaken, UTF-8) with camera @p serialA is taken before, with, or
 *  after @p dateB with @p serialB. Both dates are present (the caller places a missing one). */
[[nodiscard]] int compare(QByteArrayView dateA, QByteArrayView serialA, QByteArrayView dateB, QByteArrayView serialB);

} // namespace CaptureOrder
