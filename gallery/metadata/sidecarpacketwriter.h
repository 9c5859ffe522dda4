#pragma once

#include "editfield.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

/**
 * The XMP sidecar form of an edit (docs/metadata.md, "Writing metadata"): an existing sidecar's packet
 * with the edited properties replaced and every other property kept, or a new packet.
 */
class SidecarPacketWriter
{
public:
    /** @p packet (empty for a new sidecar) with @p changes; empty, with @p error set, on failure. */
    [[nodiscard]] static QByteArray apply(QByteArrayView packet, const FieldValues &changes, const QDateTime &now,
                                          QString &error);
};
