#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

/**
 * What libheif makes of a HEIF or AVIF file's header boxes, without decoding it: whether it has a
 * picture, and that picture's size as displayed (after its irot, imir and clap transforms, which HEIF
 * readers follow instead of the Exif Orientation). The metadata reader's probe for these formats, as
 * Qt's image plugins are for the others; Exiv2 reads their Exif and XMP.
 */
class HeifHeader
{
public:
    struct Result
    {
        QSize displayed;
        QString error; // why the file holds no picture libheif can read
    };

    [[nodiscard]] static Result read(const QByteArray &nativePath);
};
