#pragma once

#include <QString>

#include <optional>

/**
 * A rating, colour label or tag the desk gave a photo in Byline that its file does not hold yet (issue 20): a
 * take is culled in the catalog first, and written into the files (xmp:Rating, xmp:Label,
 * photomechanic:Tagged) only when the desk asks. It keeps what the file said when the mark was made, so a change made
 * to the file since (by another program, byline-cli or an edit) is told from the file not being written yet: the later
 * change wins. docs/metadata.md, "Rating and label".
 */
struct PendingMark
{
    std::optional<int> rating;    // -1 (rejected) to 5, 0 unrated; nullopt: the file's stands
    std::optional<QString> label; // "" clears the file's label; nullopt: the file's stands
    int fileRating = 0;           // the file's rating when the mark was made (0: none)
    QString fileLabel{};          // the file's label then ("": none)
    // Last, so the positional {rating, label, fileRating, fileLabel} the code has used since schema 6 holds.
    std::optional<bool> tagged{}; // Photo Mechanic's tag, the pick; nullopt: the file's stands
    bool fileTagged = false;      // whether the file was tagged then

    [[nodiscard]] bool isEmpty() const { return !rating && !label && !tagged; }

    friend bool operator==(const PendingMark &, const PendingMark &) = default;
};
