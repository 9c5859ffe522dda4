#pragma once

#include <QImage>
#include <QSize>

#include <array>
#include <cstdint>
#include <optional>

/**
 * A decoded planar picture (an HEVC or AV1 frame: YCbCr at 4:2:0, 4:2:2 or 4:4:4, or planar RGB) averaged
 * down to a thumbnail in one pass: each output pixel is the mean of the samples each plane has under it,
 * converted to RGB once. Converting the whole 12 MP frame to interleaved RGB first, as libheif does, writes
 * 36 MB that are read once and thrown away; that conversion and faulting its pages in were a third of a
 * HEIC thumbnail's time.
 */
class PlanarScaler
{
public:
    struct Plane
    {
        const std::uint8_t *data = nullptr;
        int stride = 0;
        QSize size;   // chroma planes may be smaller than the picture
        int bits = 8; // 9-16: samples are 16-bit words (10-bit HDR photos)
    };

    /** How the three planes become RGB: an H.273 YCbCr matrix (Kr, Kb) and range, or none (RGB planes). */
    struct Matrix
    {
        double kr = 0.299;
        double kb = 0.114;
        bool fullRange = true;
        bool rgb = false; // the planes are R, G and B

        /**
         * The matrix for H.273 MatrixCoefficients @p code: 0 RGB, 1 BT.709, 5/6 BT.601, 9 BT.2020; 2
         * (unspecified) is BT.601, as libheif takes it. None for the others (YCgCo, ICtCp, ...).
         */
        [[nodiscard]] static std::optional<Matrix> fromH273(int code, bool fullRange);
    };

    /** Y, Cb, Cr, or R, G, B when the matrix is RGB; the first plane's size is the picture's. */
    using Planes = std::array<Plane, 3>;

    /** @p planes averaged down to @p target (at most the picture's size) as RGB32; null when it cannot be. */
    [[nodiscard]] static QImage scaled(const Planes &planes, QSize target, const Matrix &matrix);
};
