#pragma once

#include "galleryfolder.h"

#include <QList>
#include <QStringList>

#include <random>

/**
 * A folder of a few hundred real JPEGs such as a desk receives, made from a seed: credits from a small
 * pool (in IPTC, in XMP, only in the caption, or none; near-duplicate spellings included), captions of
 * a few words from a small vocabulary, and dates that are often missing or equal.
 */
class RandomGallery
{
public:
    /** Words the captions are made of: what a random search looks for. */
    static const QStringList s_words;
    /** The credits the photos carry ("" for none). */
    static const QStringList s_credits;

    RandomGallery(std::mt19937 &random, int count);

    [[nodiscard]] const GalleryFolder &folder() const { return m_folder; }
    [[nodiscard]] QString path() const { return m_folder.path(); }
    /** Every photo's path, in the order they were made. */
    [[nodiscard]] const QStringList &paths() const { return m_paths; }

private:
    GalleryFolder m_folder;
    QStringList m_paths;
};
