#include <catch2/catch.hpp>

#include "imaging/planarscaler.h"

#include <vector>

// The thumbnail of a decoded HEVC/AV1 frame, averaged down from its planes and converted to RGB once.

namespace {

// One plane of a constant value (or, with bits > 8, of 16-bit words).
struct PlaneData
{
    std::vector<std::uint16_t> words;
    std::vector<std::uint8_t> bytes;
    PlanarScaler::Plane plane;

    PlaneData(QSize size, int value, int bits = 8)
    {
        plane.size = size;
        plane.bits = bits;
        if (bits > 8) {
            words.assign(size_t(size.width() * size.height()), std::uint16_t(value));
            plane.data = reinterpret_cast<const std::uint8_t *>(words.data());
            plane.stride = size.width() * 2;
        } else {
            bytes.assign(size_t(size.width() * size.height()), std::uint8_t(value));
            plane.data = bytes.data();
            plane.stride = size.width();
        }
    }
};

// A 4:2:0 frame of one colour.
struct Frame
{
    PlaneData y, cb, cr;
    Frame(QSize size, int luma, int blue, int red, QSize chroma = {})
        : y(size, luma), cb(chroma.isValid() ? chroma : QSize((size.width() + 1) / 2, (size.height() + 1) / 2), blue),
          cr(chroma.isValid() ? chroma : QSize((size.width() + 1) / 2, (size.height() + 1) / 2), red)
    {}
    [[nodiscard]] PlanarScaler::Planes planes() const { return {y.plane, cb.plane, cr.plane}; }
};

void checkColour(QRgb pixel, int red, int green, int blue)
{
    INFO(qRed(pixel) << "," << qGreen(pixel) << "," << qBlue(pixel));
    CHECK(std::abs(qRed(pixel) - red) <= 2);
    CHECK(std::abs(qGreen(pixel) - green) <= 2);
    CHECK(std::abs(qBlue(pixel) - blue) <= 2);
}

} // namespace

TEST_CASE("pure red converts right by each matrix and range", "[planar]")
{
    // Red (255, 0, 0): Y = 255 Kr, Cb = -255 Kr / (2 (1 - Kb)) + 128, Cr = 255 (limited: squeezed to 16-240).
    struct Case
    {
        int code;
        bool fullRange;
        int y, cb, cr;
    };
    for (const Case c : {Case{6, true, 76, 85, 255}, Case{6, false, 81, 90, 240}, Case{1, true, 54, 99, 255},
                         Case{1, false, 63, 102, 240}, Case{9, false, 74, 97, 240}}) {
        INFO("matrix " << c.code << (c.fullRange ? " full" : " limited"));
        const Frame frame({8, 8}, c.y, c.cb, c.cr);
        const auto matrix = PlanarScaler::Matrix::fromH273(c.code, c.fullRange);
        REQUIRE(matrix);
        const QImage image = PlanarScaler::scaled(frame.planes(), {2, 2}, *matrix);
        REQUIRE(image.size() == QSize(2, 2));
        checkColour(image.pixel(0, 0), 255, 0, 0);
    }
    // Grey is grey; limited-range black and white are 0 and 255.
    checkColour(PlanarScaler::scaled(Frame({4, 4}, 128, 128, 128).planes(), {1, 1}, {}).pixel(0, 0), 128, 128, 128);
    const auto limited = *PlanarScaler::Matrix::fromH273(1, false);
    checkColour(PlanarScaler::scaled(Frame({4, 4}, 16, 128, 128).planes(), {1, 1}, limited).pixel(0, 0), 0, 0, 0);
    checkColour(PlanarScaler::scaled(Frame({4, 4}, 235, 128, 128).planes(), {1, 1}, limited).pixel(0, 0), 255, 255,
                255);
    CHECK_FALSE(PlanarScaler::Matrix::fromH273(8, true));  // YCgCo
    CHECK_FALSE(PlanarScaler::Matrix::fromH273(14, true)); // ICtCp
}

TEST_CASE("RGB planes, 4:4:4 and 4:2:2 chroma, 10-bit samples and grey", "[planar]")
{
    const PlaneData r({6, 4}, 200), g({6, 4}, 100), b({6, 4}, 50);
    checkColour(
        PlanarScaler::scaled({r.plane, g.plane, b.plane}, {3, 2}, *PlanarScaler::Matrix::fromH273(0, true)).pixel(2, 1),
        200, 100, 50);
    // BT.601 full-range red at 4:4:4 and at 4:2:2.
    checkColour(PlanarScaler::scaled(Frame({8, 8}, 76, 85, 255, {8, 8}).planes(), {2, 2}, {}).pixel(1, 1), 255, 0, 0);
    checkColour(PlanarScaler::scaled(Frame({8, 8}, 76, 85, 255, {4, 8}).planes(), {2, 2}, {}).pixel(1, 1), 255, 0, 0);
    // 10-bit: full range, 1023 is white; limited range, 940 is white and 64 black (levels shifted, not
    // stretched); 512 chroma is neutral in both.
    const PlaneData y10({4, 4}, 1023, 10), c10({2, 2}, 512, 10);
    checkColour(PlanarScaler::scaled({y10.plane, c10.plane, c10.plane}, {1, 1}, {}).pixel(0, 0), 255, 255, 255);
    const auto limited10 = *PlanarScaler::Matrix::fromH273(9, false);
    const PlaneData white10({4, 4}, 940, 10), black10({4, 4}, 64, 10), grey10({4, 4}, 502, 10);
    CHECK(PlanarScaler::scaled({white10.plane, c10.plane, c10.plane}, {1, 1}, limited10).pixel(0, 0) ==
          qRgb(255, 255, 255));
    CHECK(PlanarScaler::scaled({black10.plane, c10.plane, c10.plane}, {1, 1}, limited10).pixel(0, 0) == qRgb(0, 0, 0));
    checkColour(PlanarScaler::scaled({grey10.plane, c10.plane, c10.plane}, {1, 1}, limited10).pixel(0, 0), 128, 128,
                128);
    // RGB planes of limited range (H.273 identity matrix, range flag 0): 16-235 stretched.
    const PlaneData r16({2, 2}, 235), g16({2, 2}, 16), b16({2, 2}, 126);
    checkColour(
        PlanarScaler::scaled({r16.plane, g16.plane, b16.plane}, {1, 1}, *PlanarScaler::Matrix::fromH273(0, false))
            .pixel(0, 0),
        255, 0, 128);
    // Grey: one neutral chroma sample stands for the whole picture.
    const PlaneData grey({4, 4}, 90), neutral({1, 1}, 128);
    checkColour(PlanarScaler::scaled({grey.plane, neutral.plane, neutral.plane}, {2, 2}, {}).pixel(1, 1), 90, 90, 90);
}

TEST_CASE("each output pixel averages the samples it covers; bad planes give nothing", "[planar]")
{
    // Left half black, right half white (8 x 5 luma, 4 x 3 chroma): a 2 x 1 output is black and white.
    Frame frame({8, 5}, 0, 128, 128);
    for (int y = 0; y < 5; ++y)
        for (int x = 4; x < 8; ++x)
            frame.y.bytes[size_t(y * 8 + x)] = 255;
    const QImage halves = PlanarScaler::scaled(frame.planes(), {2, 1}, {});
    checkColour(halves.pixel(0, 0), 0, 0, 0);
    checkColour(halves.pixel(1, 0), 255, 255, 255);
    checkColour(PlanarScaler::scaled(frame.planes(), {1, 1}, {}).pixel(0, 0), 128, 128, 128);

    const Frame odd({7, 5}, 200, 128, 128); // chroma planes of 4 x 3
    CHECK(PlanarScaler::scaled(odd.planes(), {3, 2}, {}).size() == QSize(3, 2));
    CHECK(PlanarScaler::scaled(odd.planes(), {7, 5}, {}).size() == QSize(7, 5));
    CHECK(PlanarScaler::scaled(odd.planes(), {8, 5}, {}).isNull()); // never up
    CHECK(PlanarScaler::scaled(odd.planes(), {0, 5}, {}).isNull());
    PlanarScaler::Planes missing = odd.planes();
    missing[2].data = nullptr;
    CHECK(PlanarScaler::scaled(missing, {3, 2}, {}).isNull());
    PlanarScaler::Planes tooBig = odd.planes();
    tooBig[1].size = QSize(9, 5);
    CHECK(PlanarScaler::scaled(tooBig, {3, 2}, {}).isNull());
}
