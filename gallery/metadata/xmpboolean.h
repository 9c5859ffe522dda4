#pragma once

#include <QString>

/**
 * XMP's Boolean type, as Photo Mechanic's tag (photomechanic:Tagged) uses it: the specification spells it
 * "True" or "False", older Photo Mechanic and some scripts write "true", "yes" or "1".
 */
namespace XmpBoolean {

/** "True" or "False" for any spelling of one (case-insensitive, trimmed), null for anything else. */
[[nodiscard]] QString normalised(const QString &text);

} // namespace XmpBoolean
