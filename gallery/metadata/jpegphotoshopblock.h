#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/**
 * Puts an IPTC-IIM block into a JPEG's Photoshop APP13 segments with a matching IPTCDigest, keeping every
 * other image resource: Exiv2 0.27 leaves the digest stale when it rewrites IPTC, and a stale digest makes
 * MWG readers prefer the old IPTC to the XMP written beside it (docs/metadata.md, "Which value wins").
 */
class JpegPhotoshopBlock
{
public:
    /**
     * @p jpeg with its APP13 blocks replaced by one resource block holding @p iim (none when @p iim is
     * empty) and its MD5 as the IPTCDigest, where the old block was or after the leading APP0
     * and APP1 segments (never after an APP2: an MPF header measures from itself); every other segment
     * and the picture are unchanged. Empty, with @p error set, when @p jpeg is not a complete
     * JPEG.
     */
    [[nodiscard]] static QByteArray withIptc(QByteArrayView jpeg, const QByteArray &iim, QString &error);
};
