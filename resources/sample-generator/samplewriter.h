#pragma once

#include "samplephoto.h"

#include <QDir>
#include <QImage>
#include <QString>

#include <cstdint>

struct MetadataWrite;

/** Paints one sample photo, saves it as a JPEG and embeds its metadata with MetadataWriter. */
class SampleWriter
{
public:
    explicit SampleWriter(const QString &directory);

    /** Writes @p photo, painted with @p seed; returns an empty string, or why it failed. */
    [[nodiscard]] QString write(const SamplePhoto &photo, std::uint32_t seed) const;

private:
    [[nodiscard]] static QImage storedPixels(const SamplePhoto &photo, std::uint32_t seed);
    [[nodiscard]] static QByteArray jpegBytes(const QImage &image, int quality);
    [[nodiscard]] static MetadataWrite metadata(const SamplePhoto &photo);

    QDir m_directory;
};
