#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

// HEIC and AVIF test files, made the two ways a desk's files are: by a tool (libheif's heif-enc, from a
// JPEG, keeping its Exif and XMP) and by an encoder that writes the HEIF transforms (irot, imir), as
// phones do.
namespace HeifFixture {

/** Where heif-enc is, or empty when libheif-examples is not installed. */
QString heifEnc();
/** Runs heif-enc on @p source with @p arguments, writing @p output; REQUIREs that it succeeds. */
QString encode(const QString &source, const QString &output, const QStringList &arguments = {});
/**
 * A HEIC of @p image stored as it is, with transforms that show it turned as the Exif @p orientation
 * (1-8) says; REQUIREs that it was written.
 */
QString heicWithOrientation(const QString &path, const QImage &image, int orientation);
/**
 * A HEIC of @p image in 4:2:0 YCbCr by H.273 matrix @p matrixCoefficients (1, 6 or 9) and range, with the
 * nclx profile that says so.
 */
QString heicWithMatrix(const QString &path, const QImage &image, int matrixCoefficients, bool fullRange);

} // namespace HeifFixture
