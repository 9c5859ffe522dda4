#include "planarscaler.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// The samples [begin, end) of a plane's row or column that output column or row i covers.
struct Span
{
    int begin = 0;
    int end = 0;
};

std::vector<Span> spans(int in, int out)
{
    std::vector<Span> result(static_cast<size_t>(out));
    for (int i = 0; i < out; ++i) {
        const int begin = int(qint64(i) * in / out);
        const int end = std::max(begin + 1, int(qint64(i + 1) * in / out));
        result[size_t(i)] = {begin, std::min(end, in)};
    }
    return result;
}

// One plane and which of its samples each output pixel covers.
struct Sampler
{
    const PlanarScaler::Plane &plane;
    std::vector<Span> columns;
    std::vector<Span> rows;

    Sampler(const PlanarScaler::Plane &plane, QSize target)
        : plane(plane), columns(spans(plane.size.width(), target.width())),
          rows(spans(plane.size.height(), target.height()))
    {}

    // The mean of the samples under output pixel (ox, oy), on the 8-bit scale: full range stretches 0-1023
    // to 0-255; limited range keeps its levels (10-bit 64-940 is 8-bit 16-235), a shift.
    [[nodiscard]] double mean(int ox, int oy, bool fullRange) const
    {
        const Span row = rows[size_t(oy)], column = columns[size_t(ox)];
        const quint64 sum = plane.bits > 8 ? sumOf<std::uint16_t>(row, column) : sumOf<std::uint8_t>(row, column);
        const double mean = double(sum) / (double(row.end - row.begin) * (column.end - column.begin));
        if (plane.bits == 8)
            return mean;
        return fullRange ? mean * 255.0 / double((1 << plane.bits) - 1) : mean / double(1 << (plane.bits - 8));
    }

    template<typename Sample>
    [[nodiscard]] quint64 sumOf(Span row, Span column) const
    {
        quint64 sum = 0;
        for (int y = row.begin; y < row.end; ++y) {
            const auto *line = reinterpret_cast<const Sample *>(plane.data + qsizetype(y) * plane.stride);
            for (int x = column.begin; x < column.end; ++x)
                sum += line[x];
        }
        return sum;
    }
};

quint8 clamped(double value)
{
    return quint8(std::clamp(std::lround(value), 0L, 255L));
}

double fullLevel(double limited)
{
    return (limited - 16.0) * 255.0 / 219.0;
}

QRgb toRgb(double first, double second, double third, const PlanarScaler::Matrix &matrix)
{
    if (matrix.rgb && matrix.fullRange)
        return qRgb(clamped(first), clamped(second), clamped(third));
    if (matrix.rgb)
        return qRgb(clamped(fullLevel(first)), clamped(fullLevel(second)), clamped(fullLevel(third)));
    // Limited range: luma 16-235 and chroma 16-240 stretched to 0-255 and -128-127.
    const double luma = matrix.fullRange ? first : fullLevel(first);
    const double chromaScale = matrix.fullRange ? 1.0 : 255.0 / 224.0;
    const double cb = (second - 128.0) * chromaScale, cr = (third - 128.0) * chromaScale;
    const double red = luma + 2.0 * (1.0 - matrix.kr) * cr;
    const double blue = luma + 2.0 * (1.0 - matrix.kb) * cb;
    const double green = (luma - matrix.kr * red - matrix.kb * blue) / (1.0 - matrix.kr - matrix.kb);
    return qRgb(clamped(red), clamped(green), clamped(blue));
}

} // namespace

std::optional<PlanarScaler::Matrix> PlanarScaler::Matrix::fromH273(int code, bool fullRange)
{
    switch (code) {
    case 0:
        return Matrix{0, 0, fullRange, true};
    case 1:
        return Matrix{0.2126, 0.0722, fullRange, false};
    case 2: // unspecified
    case 5:
    case 6:
        return Matrix{0.299, 0.114, fullRange, false};
    case 9:
        return Matrix{0.2627, 0.0593, fullRange, false};
    default:
        return std::nullopt;
    }
}

QImage PlanarScaler::scaled(const Planes &planes, QSize target, const Matrix &matrix)
{
    const QSize size = planes[0].size;
    if (size.isEmpty() || target.isEmpty() || target.width() > size.width() || target.height() > size.height())
        return {};
    for (const Plane &plane : planes) {
        if (!plane.data || plane.size.isEmpty() || plane.size.width() > size.width() ||
            plane.size.height() > size.height() || plane.bits < 8 || plane.bits > 16 ||
            plane.stride < plane.size.width() * (plane.bits > 8 ? 2 : 1))
            return {};
    }
    QImage image(target, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const std::array<Sampler, 3> samplers{Sampler(planes[0], target), Sampler(planes[1], target),
                                          Sampler(planes[2], target)};
    for (int oy = 0; oy < target.height(); ++oy) {
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(oy));
        for (int ox = 0; ox < target.width(); ++ox)
            out[ox] = toRgb(samplers[0].mean(ox, oy, matrix.fullRange), samplers[1].mean(ox, oy, matrix.fullRange),
                            samplers[2].mean(ox, oy, matrix.fullRange), matrix);
    }
    return image;
}
