#pragma once

#include <QByteArrayView>
#include <QImage>
#include <QSize>
#include <QString>

#include <atomic>

/**
 * Decodes a JPEG held in memory at the smallest DCT scale (1/8, 1/4, 1/2 or whole) that still covers a
 * box, with libjpeg-turbo directly rather than through QImageReader, for what Qt's handler does not do:
 *  - a progressive JPEG decoded at 1/8 stops once the coefficients that scale uses are complete: each
 *    luminance pixel is a block's DC coefficient, so the scans that refine the rest (about half of
 *    the file, and most of a progressive file's decoding time, 4-5 times a baseline file's) cannot
 *    change the result;
 *  - the pixels are written straight into the QImage in its own byte order (no RGB888 copy);
 *  - hostile files are bounded: at most s_maxScans scans and s_maxWorkingBytes of libjpeg's memory
 *    (a progressive file keeps all its coefficients, which a few KB of header can make gigabytes),
 *    and a cancel stops the decode between rows;
 *  - libjpeg's warnings about damaged files stay out of the program's output.
 * The picture is returned as stored (not turned upright), with the colour space of an embedded ICC
 * profile. Reentrant.
 */
class ScaledJpegDecoder
{
public:
    /** libjpeg-turbo's own advice for untrusted input: real files have at most a few dozen scans. */
    static constexpr int s_maxScans = 500;
    /** A 100 MP progressive 4:2:0 photo keeps 300 MB of coefficients while it decodes. */
    static constexpr long s_maxWorkingBytes = 512L * 1024 * 1024;

    struct Result
    {
        QImage image;
        QString error;          // why there is no image
        QSize stored;           // the full image's size, as stored
        bool handled = true;    // false: a kind of JPEG this decoder leaves to QImageReader (CMYK, say)
        qint64 unreadBytes = 0; // what a progressive file had left when the 1/8 scale needed no more
    };

    /**
     * Decodes @p jpeg to at least @p box (stored orientation) where the image is that large, refusing
     * images of more than @p maxPixels before decoding anything.
     */
    [[nodiscard]] static Result decode(QByteArrayView jpeg, QSize box, qint64 maxPixels,
                                       const std::atomic<bool> *cancelled = nullptr);
};
