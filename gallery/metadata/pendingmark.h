#pragma once

#include <QString>

#include <optional>

/**
 * A rating or colour label the desk gave a photo in Byline that its file does not hold yet (issue 20): a
 * take is culled in the catalog first, and written into the files (xmp:Rating, xmp:Label) only when the
 * desk asks. docs/metadata.md, "Rating and label".
 */
struct PendingMark
{
    std::optional<int> rating;    // -1 (rejected) to 5, 0 unrated; nullopt: the file's stands
    std::optional<QString> label; // "" clears the file's label; nullopt: the file's stands

    [[nodiscard]] bool isEmpty() const { return !rating && !label; }

    friend bool operator==(const PendingMark &, const PendingMark &) = default;
};
