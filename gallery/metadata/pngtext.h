#pragma once

#include "metadatasources.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/**
 * The text chunks of a PNG file (tEXt, zTXt, iTXt), read by Byline itself: only `Description` is
 * caption text, `Title` a headline, `Author` the creator and `Copyright` the copyright (docs/metadata.md,
 * "PNG text"); every other keyword, such as ImageMagick's `Raw profile type ...` (hex-encoded metadata,
 * which Exiv2 decodes), `Software` or `Creation Time`, is no caption. Bounded: at most s_maxChunks chunks
 * and s_maxTextBytes of text per chunk once inflated, so a hostile file costs little.
 */
namespace PngText {

/** Reads @p length bytes at @p offset; fewer at the end of the file or on a failure. */
using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

inline constexpr int s_maxChunks = 10'000;
inline constexpr qsizetype s_maxTextBytes = 1024 * 1024;

struct Chunk
{
    QString keyword;
    QString text;
};

/**
 * The first text chunk of each keyword the rules use (Description, Title, Author, Copyright), in file order;
 * every other keyword is skipped without being read further. @p warnings gets what was damaged.
 */
[[nodiscard]] QList<Chunk> read(const ReadAt &readAt, QStringList &warnings);

/** The values those chunks give the rules: caption, headline, creator and copyright, the first of each. */
[[nodiscard]] StoreValues values(const QList<Chunk> &chunks);

} // namespace PngText
