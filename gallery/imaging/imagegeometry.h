#pragma once

#include <QImage>
#include <QImageIOHandler>
#include <QSize>

/** Sizes and turns every decoding path shares. */
namespace ImageGeometry {

/** @p size scaled down to fit @p box, keeping its aspect ratio; never enlarged, never empty. */
[[nodiscard]] QSize fittedInto(QSize size, QSize box);

/**
 * @p image turned upright by an Exif @p orientation, in the same steps as Qt's own auto-transform, for
 * pictures Qt did not decode from the file itself: an embedded preview is stored as the sensor saw it,
 * like the main image.
 */
[[nodiscard]] QImage upright(const QImage &image, QImageIOHandler::Transformations orientation);

/** The turn an Exif orientation (1-8) names, as Qt's readers map it; none for anything else. */
[[nodiscard]] QImageIOHandler::Transformations fromExifOrientation(int orientation);

} // namespace ImageGeometry
