#pragma once

#include <QString>

/**
 * What cameras, phones, drones and editors write into Exif ImageDescription when nobody wrote a caption:
 * it is not a caption (docs/metadata.md, "Text handling"), and this is the one place that says what
 * counts.
 */
namespace CaptionBoilerplate {

/** What the same Exif block says about the device that wrote it. */
struct Camera
{
    QString make;
    QString model;
    QString software;
};

/**
 * Whether @p text is filler: a known placeholder ("OLYMPUS DIGITAL CAMERA", "null"), a bare number, a
 * camera file stem ("DSC00019", "IMG_1234.JPG"), a DCIM path, an editor's name ("Adobe Photoshop CS6
 * (Windows)"), or nothing but the @p camera's make, model or software name and generic words such as
 * "digital camera".
 */
[[nodiscard]] bool isBoilerplate(const QString &text, const Camera &camera = {});

} // namespace CaptionBoilerplate
