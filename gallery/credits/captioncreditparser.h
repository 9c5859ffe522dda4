#pragma once

#include <QString>

#include <optional>

/**
 * Finds the credit line that news captions end with ("... Credit: NASA/Tim Kopra", "Photo credit:
 * Energia", "(Photo: SpaceX)"), following docs/metadata.md, "Credit found in the caption". Pure and
 * thread-safe. The caption itself is never changed here: the caller keeps the full text.
 */
class CaptionCreditParser
{
public:
    /** The trailing credit of @p caption, trimmed, or nothing when the caption does not end with one. */
    [[nodiscard]] static std::optional<QString> trailingCredit(const QString &caption);

    /** @p caption without its trailing credit line (and the parenthesis that opened it), trimmed; the
     *  whole caption, trimmed, when it has none. For printing a credit the caption already carries
     *  without printing it twice (AttributedCaption); the stored caption is never changed. */
    [[nodiscard]] static QString withoutTrailingCredit(const QString &caption);

    /** @p caption with the credit of its trailing credit line spelled @p credit ("... Credit: NASA/Tim
     *  Copra" → "... Credit: NASA/Tim Kopra"), the label and punctuation around it kept; @p caption
     *  unchanged when it has no credit line. For an accepted alias, which corrects the caption's credit
     *  line as it corrects the credit (docs/metadata.md, "Credit names in the facet list"). */
    [[nodiscard]] static QString withTrailingCredit(const QString &caption, const QString &credit);

    /** How many credit labels start a line in @p caption ("Left: … Credit: NASA. Right: … Credit: ESA"
     *  has two): a caption of several pictures credits each, and only the last is its trailing credit. */
    [[nodiscard]] static int creditLabelCount(const QString &caption);

    /** Longest credit accepted: a name, not a sentence (docs/metadata.md, "Credit found in the caption"). */
    static constexpr int s_maxCreditLength = 100;
};
