#pragma once

#include <QColor>
#include <QString>

#include <array>

/**
 * xmp:Label, the colour label: free text in the file, in practice the names Lightroom and Photo Mechanic
 * write, "Red", "Yellow", "Green", "Blue" and "Purple" (keys 6 to 9 set the first four, as in both).
 * docs/metadata.md, "Rating and label".
 */
namespace ColourLabel {

inline constexpr std::array<const char *, 5> s_names{"Red", "Yellow", "Green", "Blue", "Purple"};

/** The colour a label is drawn in: one of the five named (in any case), else grey for a label of another name. */
[[nodiscard]] QColor colourOf(const QString &label);

/** The label as the window names it: one of the five in the user's language ("Rot" in German), another as
 *  it is. The file keeps the English name, which every tool reads. */
[[nodiscard]] QString displayName(const QString &label);

/** The label key 6 to 9 sets ("Red" to "Blue"), "" for another key. */
[[nodiscard]] QString ofKey(int digit);

} // namespace ColourLabel
