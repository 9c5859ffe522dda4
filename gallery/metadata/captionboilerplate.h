#pragma once

#include <QString>

/**
 * Camera and software filler that devices write into ImageDescription. It is not a caption
 * (docs/metadata.md, "Text handling"), and this is the one place that lists it.
 */
namespace CaptionBoilerplate {

[[nodiscard]] bool isBoilerplate(const QString &text);

} // namespace CaptionBoilerplate
