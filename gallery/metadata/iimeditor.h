#pragma once

#include "editfield.h"
#include "iptcrecords.h"

#include <QByteArray>

/**
 * A changed IPTC-IIM block (docs/metadata.md, "Writing metadata"): the edited fields' datasets replaced,
 * every other dataset kept in place, and the whole block in UTF-8 with 1:90 saying so. A block in a legacy
 * character set has its text converted as the reader decodes it, so no other field changes meaning.
 */
class IimEditor
{
public:
    /** @p block with @p changes applied; an empty field removes its datasets. */
    [[nodiscard]] static QByteArray edited(const IptcRecords &block, const FieldValues &changes);

    /** Whether @p changes touch any field that IIM has a dataset for. */
    [[nodiscard]] static bool touchesIim(const FieldValues &changes);
};
