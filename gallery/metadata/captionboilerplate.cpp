#include "captionboilerplate.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace CaptionBoilerplate {

namespace {

// Values seen in camera originals (ExifTool's and digiKam's lists of junk descriptions, public test
// collections) and editors' default comments; compared case-insensitively after trimming.
const QSet<QString> &placeholders()
{
    static const QSet<QString> s_placeholders = {
        QStringLiteral("olympus digital camera"),
        QStringLiteral("sony dsc"),
        QStringLiteral("minolta dsc"),
        QStringLiteral("epson dsc picture"),
        QStringLiteral("dcf 1.0"),
        QStringLiteral("exif jpeg"),
        QStringLiteral("exif_jpeg_picture"),
        QStringLiteral("jpeg"),
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
        QStringLiteral("photo"),
        QStringLiteral("untitled"),
        QStringLiteral("image description"),
        QStringLiteral("description"),
        QStringLiteral("no description"),
        QStringLiteral("caption"),
        QStringLiteral("title"),
        QStringLiteral("null"),
        QStringLiteral("none"),
        QStringLiteral("n/a"),
        QStringLiteral("unknown"),
    };
    return s_placeholders;
}

// Words that say "a camera" and nothing else, besides its make and model.
const QSet<QString> &cameraWords()
{
    static const QSet<QString> s_words = {
        QStringLiteral("digital"), QStringLiteral("camera"),      QStringLiteral("still"),
        QStringLiteral("dsc"),     QStringLiteral("picture"),     QStringLiteral("photo"),
        QStringLiteral("image"),   QStringLiteral("corporation"), QStringLiteral("corp"),
        QStringLiteral("co"),      QStringLiteral("ltd"),         QStringLiteral("inc"),
        QStringLiteral("imaging"), QStringLiteral("company"),     QStringLiteral("electronics"),
        QStringLiteral("optical"),
    };
    return s_words;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression s_separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(s_separators, Qt::SkipEmptyParts);
}

bool isNumberOrFileStem(const QString &text)
{
    // "000007", "2016:03:18 10:00:00"; "DSC00019", "IMG_1234.JPG", "P1010001", "_MG_0001", "DJI_0042".
    static const QRegularExpression s_number(QStringLiteral("^[0-9 _.:/-]+$"));
    static const QRegularExpression s_stem(QStringLiteral("^_?[A-Za-z]{0,6}[_-]?[0-9]{3,}(\\.[A-Za-z0-9]{2,4})?$"));
    return s_number.match(text).hasMatch() || s_stem.match(text).hasMatch();
}

// The whole text a path through a DCIM folder, not a caption that mentions one.
bool isDcimPath(const QString &text)
{
    static const QRegularExpression s_path(QStringLiteral("^\\S*DCIM[/\\\\]\\S*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return s_path.match(text).hasMatch();
}

// Nothing left once the camera's own names and generic camera words are taken out.
bool onlyNamesTheCamera(const QString &text, const Camera &camera)
{
    QSet<QString> names = cameraWords();
    for (const QString &name : {camera.make, camera.model, camera.software}) {
        for (const QString &word : wordsOf(name))
            names.insert(word);
    }
    const QStringList words = wordsOf(text);
    if (words.isEmpty())
        return false;
    for (const QString &word : words) {
        if (!names.contains(word))
            return false;
    }
    return true;
}

// An editor's name, with nothing after it but a version or a platform: "Adobe Photoshop CS6 (Windows)",
// "GIMP 2.10.30", "Picasa 3.0".
bool isSoftwareName(const QString &text)
{
    static const QRegularExpression s_software(
        QStringLiteral("^(adobe photoshop( lightroom)?|adobe lightroom|lightroom|photoshop|gimp|picasa|paint\\.net|"
                       "acdsee|photoscape|corel \\w+|paint shop pro|irfanview|xnview|snapseed|microsoft windows photo "
                       "viewer|windows photo editor|digikam|darktable|rawtherapee|capture one)"
                       "( (v?[0-9][0-9.]*|cs[0-9]*|cc|\\((windows|macintosh|mac os x?|linux)\\)|windows|"
                       "macintosh|x64|64-bit))*$"),
        QRegularExpression::CaseInsensitiveOption);
    return s_software.match(text).hasMatch();
}

} // namespace

bool isBoilerplate(const QString &text, const Camera &camera)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    return placeholders().contains(trimmed.toLower()) || isNumberOrFileStem(trimmed) || isDcimPath(trimmed) ||
           isSoftwareName(trimmed) || onlyNamesTheCamera(trimmed, camera);
}

} // namespace CaptionBoilerplate
