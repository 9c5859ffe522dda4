#pragma once

#include "metadatasources.h"

#include <QByteArray>
#include <QStringList>

/**
 * An original's IPTC-IIM block carried into an exported copy (docs/metadata.md, "What export writes"):
 * every dataset kept as the original wrote it, dates included, its text made UTF-8 with 1:90 declaring
 * it (a legacy block's bytes decoded as the reader decodes them, "Text handling"), the fields Byline
 * writes replaced by the record's, and the old IIM preview (2:200-2:202) left out: it shows the old
 * pixels. Parsing and writing are Byline's own (IptcRecords), so no Exiv2 here.
 */
class IptcTransplant
{
public:
    /** The copy's IIM block: @p original's datasets with @p written's non-null caption, creator, copyright,
     *  credit and headline in place of the original's. */
    [[nodiscard]] static QByteArray block(QByteArrayView original, const StoreValues &written);

    /**
     * What the copy's block @p copy lost of @p original: each dataset of the original (those Byline writes,
     * 1:90 and the preview aside) must be in the copy with the same text, repeated ones as often; the copy
     * must declare UTF-8 and hold @p written's values. Empty when nothing is lost.
     */
    [[nodiscard]] static QStringList differences(QByteArrayView original, QByteArrayView copy,
                                                 const StoreValues &written);
};
