#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>

/**
 * What libjxl makes of a JPEG XL file's header (bare codestream or container): its size as displayed,
 * turned by the codestream's own orientation, which JPEG XL readers follow instead of any Exif
 * Orientation. Reads the start of the file only, more of it when the header lies further in.
 */
class JxlHeader
{
public:
    using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

    struct Result
    {
        QSize displayed;
        QString error;
    };

    [[nodiscard]] static Result read(const ReadAt &readAt, qint64 fileSize);
};
