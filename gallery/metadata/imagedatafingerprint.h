#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/**
 * The parts of an image file that hold the picture, and none that hold metadata, end to end: what a
 * metadata write must leave byte-identical (docs/metadata.md, "Writing metadata"). JPEG: every segment
 * but APP1 (Exif, XMP) and APP13 (IPTC), and every byte from the start of scan on. PNG: every chunk but
 * the text and eXIf chunks. TIFF: the tags that describe the pixels and the strips or tiles they point
 * to. WebP: every chunk but VP8X, EXIF and XMP.
 */
class ImageDataFingerprint
{
public:
    /**
     * The picture's parts, concatenated (compared whole: a digest would cost more than the comparison);
     * empty, with @p error set, for a file it cannot take apart.
     */
    [[nodiscard]] static QByteArray of(QByteArrayView bytes, QString &error);
    /** Whether @p a and @p b hold the same picture (of(a) == of(b)), compared in place without copying
     *  either; false, with @p error set, when either cannot be taken apart. */
    [[nodiscard]] static bool same(QByteArrayView a, QByteArrayView b, QString &error);
    /** Whether of() can fingerprint the format of @p header (the first bytes of a file). */
    [[nodiscard]] static bool supports(QByteArrayView header);
};
