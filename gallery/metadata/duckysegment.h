#pragma once

#include "metadatasources.h"

#include <QByteArrayView>

/**
 * The APP12 "Ducky" segment Photoshop's "Save for Web" writes in place of Exif, IPTC and XMP: a list of
 * records (16-bit tag, 16-bit length, data), of which tag 3 is the copyright notice (a 32-bit character
 * count, then UTF-16BE). A last resort for the copyright (docs/metadata.md, "Which value wins"); the quality
 * (tag 1) and comment (tag 2) are not caption text.
 */
namespace DuckySegment {

constexpr QByteArrayView s_signature{"Ducky", 5};

/** The values the segment's payload @p payload (from its signature on) holds; empty when none. */
[[nodiscard]] StoreValues values(QByteArrayView payload);

} // namespace DuckySegment
