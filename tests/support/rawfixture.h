#pragma once

#include <QImage>
#include <QSize>
#include <QString>

// Camera RAW test files shaped like the real ones where Byline looks: a TIFF with a 160 x 120 RGB thumbnail
// in IFD0 (as NEF, ARW and DNG keep one), the camera's JPEG preview and the sensor image (CFA, a few bytes
// only) in SubIFDs; and a Panasonic RW2 header ("IIU") with its JPEG preview in tag 0x2E, holding the Exif.
namespace RawFixture {

struct Spec
{
    QImage preview;           // the embedded JPEG preview's picture
    QSize sensor{6048, 4024}; // the full-resolution SubIFD's claimed size
    int orientation = 1;      // Exif orientation in IFD0
    QString caption;          // ImageDescription in IFD0, if any
    bool withPreview = true;  // without: only the IFD0 thumbnail
};

/** A NEF-like TIFF RAW at @p path; returns the path. */
QString tiffRaw(const QString &path, const Spec &spec);
/** An RW2-like file at @p path. */
QString rw2(const QString &path, const Spec &spec);

} // namespace RawFixture
