#include "captionboilerplate.h"

#include <QSet>

namespace CaptionBoilerplate {

bool isBoilerplate(const QString &text)
{
    // Values seen in camera originals (ExifTool's and digiKam's lists of junk descriptions) and
    // image editors' default comments; compared case-insensitively after trimming.
    static const QSet<QString> s_boilerplate = {
        QStringLiteral("olympus digital camera"),
        QStringLiteral("sony dsc"),
        QStringLiteral("dcf 1.0"),
        QStringLiteral("exif jpeg"),
        QStringLiteral("exif_jpeg_picture"),
        QStringLiteral("created with gimp"),
        QStringLiteral("digital camera"),
        QStringLiteral("minolta digital camera"),
        QStringLiteral("konica minolta digital camera"),
        QStringLiteral("samsung digital camera"),
        QStringLiteral("kodak digital still camera"),
        QStringLiteral("sanyo digital camera"),
        QStringLiteral("lead technologies inc. v1.01"),
        QStringLiteral("default"),
        QStringLiteral("image"),
        QStringLiteral("picture"),
        QStringLiteral("untitled"),
    };
    return s_boilerplate.contains(text.trimmed().toLower());
}

} // namespace CaptionBoilerplate
