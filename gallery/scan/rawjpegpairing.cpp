#include "rawjpegpairing.h"

#include "metadata/imageformat.h"

#include <algorithm>

namespace {

struct Candidates
{
    QStringList raws;
    QStringList renditions;
};

// "<folder>/<stem>", case-folded: the stem is the name up to its last dot, so "IMG_1.CR2" and "img_1.jpg"
// meet and "IMG_1.edit.jpg" (an edit, named after the RAW) does not.
QString groupKey(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    const qsizetype end = dot > slash + 1 ? dot : path.size();
    return path.left(slash + 1) + path.mid(slash + 1, end - slash - 1).toCaseFolded();
}

} // namespace

bool RawJpegPairing::isRenditionName(const QString &fileName)
{
    // Cameras write JPEG (every RAW+JPEG mode) or HEIF (Canon's and Sony's RAW+HEIF) beside the RAW. A
    // TIFF, PNG or PSD of the same stem is an edit made later by a person, not the camera's rendition.
    const ImageFormat::Kind kind = ImageFormat::fromExtension(fileName).kind();
    return kind == ImageFormat::Kind::Jpeg || kind == ImageFormat::Kind::Heif;
}

RawJpegPairing RawJpegPairing::of(const QList<PhotoFile> &files)
{
    QHash<QString, Candidates> groups;
    for (const PhotoFile &file : files) {
        const QString name = file.path.section(u'/', -1);
        if (ImageFormat::fromExtension(name).isCameraRaw())
            groups[groupKey(file.path)].raws.append(file.path);
        else if (isRenditionName(name))
            groups[groupKey(file.path)].renditions.append(file.path);
    }
    RawJpegPairing pairing;
    for (const Candidates &group : std::as_const(groups)) {
        if (group.raws.size() != 1 || group.renditions.size() != 1)
            continue; // alone, or ambiguous: every file stays a photo of its own
        pairing.m_companionOf.insert(group.renditions.constFirst(), group.raws.constFirst());
        pairing.m_renditionOf.insert(group.raws.constFirst(), group.renditions.constFirst());
    }
    return pairing;
}

QList<std::pair<QString, QString>> RawJpegPairing::pairs() const
{
    QList<std::pair<QString, QString>> list;
    for (auto it = m_companionOf.cbegin(); it != m_companionOf.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end());
    return list;
}
