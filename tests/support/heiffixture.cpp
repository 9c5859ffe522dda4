#include "heiffixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <libheif/heif.h>

#include <algorithm>
#include <cmath>
#include <memory>

QString HeifFixture::heifEnc()
{
    return QStandardPaths::findExecutable(QStringLiteral("heif-enc"));
}

QString HeifFixture::encode(const QString &source, const QString &output, const QStringList &arguments)
{
    QProcess process;
    process.start(heifEnc(), arguments + QStringList{QStringLiteral("-o"), output, source});
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    REQUIRE(QFile::exists(output));
    return output;
}

namespace {

struct HeifFree
{
    void operator()(heif_context *context) const { heif_context_free(context); }
    void operator()(heif_image *image) const { heif_image_release(image); }
    void operator()(heif_encoder *encoder) const { heif_encoder_release(encoder); }
    void operator()(heif_encoding_options *options) const { heif_encoding_options_free(options); }
};

void requireOk(const heif_error &error)
{
    INFO((error.message ? error.message : ""));
    REQUIRE(error.code == heif_error_Ok);
}

} // namespace

QString HeifFixture::heicWithMatrix(const QString &path, const QImage &image, int matrixCoefficients, bool fullRange)
{
    // The YCbCr planes made here by the matrix, as a camera's encoder makes them, and the profile that says
    // so: libheif's encoder would convert RGB by its own defaults whatever profile it is given.
    const double kr = matrixCoefficients == 1 ? 0.2126 : matrixCoefficients == 9 ? 0.2627 : 0.299;
    const double kb = matrixCoefficients == 1 ? 0.0722 : matrixCoefficients == 9 ? 0.0593 : 0.114;
    const int width = image.width(), height = image.height();
    heif_image *raw = nullptr;
    requireOk(heif_image_create(width, height, heif_colorspace_YCbCr, heif_chroma_420, &raw));
    const std::unique_ptr<heif_image, HeifFree> picture(raw);
    requireOk(heif_image_add_plane(raw, heif_channel_Y, width, height, 8));
    requireOk(heif_image_add_plane(raw, heif_channel_Cb, (width + 1) / 2, (height + 1) / 2, 8));
    requireOk(heif_image_add_plane(raw, heif_channel_Cr, (width + 1) / 2, (height + 1) / 2, 8));
    int yStride = 0, cbStride = 0, crStride = 0;
    uint8_t *yPlane = heif_image_get_plane(raw, heif_channel_Y, &yStride);
    uint8_t *cbPlane = heif_image_get_plane(raw, heif_channel_Cb, &cbStride);
    uint8_t *crPlane = heif_image_get_plane(raw, heif_channel_Cr, &crStride);
    const auto level = [](double v) { return uint8_t(std::clamp(std::lround(v), 0L, 255L)); };
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const QRgb rgb = image.pixel(x, y);
            const double r = qRed(rgb), g = qGreen(rgb), b = qBlue(rgb);
            const double luma = kr * r + (1 - kr - kb) * g + kb * b;
            const double cb = (b - luma) / (2 * (1 - kb)), cr = (r - luma) / (2 * (1 - kr));
            yPlane[y * yStride + x] = level(fullRange ? luma : 16 + luma * 219 / 255);
            if (x % 2 == 0 && y % 2 == 0) {
                cbPlane[(y / 2) * cbStride + x / 2] = level(128 + (fullRange ? cb : cb * 224 / 255));
                crPlane[(y / 2) * crStride + x / 2] = level(128 + (fullRange ? cr : cr * 224 / 255));
            }
        }
    }
    heif_color_profile_nclx *nclx = heif_nclx_color_profile_alloc();
    REQUIRE(nclx);
    nclx->matrix_coefficients = heif_matrix_coefficients(matrixCoefficients);
    nclx->full_range_flag = fullRange ? 1 : 0;
    requireOk(heif_image_set_nclx_color_profile(raw, nclx));
    heif_nclx_color_profile_free(nclx);
    const std::unique_ptr<heif_context, HeifFree> context(heif_context_alloc());
    heif_encoder *rawEncoder = nullptr;
    requireOk(heif_context_get_encoder_for_format(context.get(), heif_compression_HEVC, &rawEncoder));
    const std::unique_ptr<heif_encoder, HeifFree> encoder(rawEncoder);
    requireOk(heif_encoder_set_lossy_quality(rawEncoder, 90));
    requireOk(heif_context_encode_image(context.get(), raw, rawEncoder, nullptr, nullptr));
    requireOk(heif_context_write_to_file(context.get(), QFile::encodeName(path).constData()));
    return path;
}

QString HeifFixture::heicWithOrientation(const QString &path, const QImage &image, int orientation)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const std::unique_ptr<heif_context, HeifFree> context(heif_context_alloc());
    heif_image *raw = nullptr;
    requireOk(heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB, &raw));
    const std::unique_ptr<heif_image, HeifFree> picture(raw);
    requireOk(heif_image_add_plane(raw, heif_channel_interleaved, rgb.width(), rgb.height(), 8));
    int stride = 0;
    uint8_t *plane = heif_image_get_plane(raw, heif_channel_interleaved, &stride);
    REQUIRE(plane);
    for (int y = 0; y < rgb.height(); ++y)
        std::copy_n(rgb.constScanLine(y), rgb.width() * 3, plane + qsizetype(y) * stride);
    heif_encoder *rawEncoder = nullptr;
    requireOk(heif_context_get_encoder_for_format(context.get(), heif_compression_HEVC, &rawEncoder));
    const std::unique_ptr<heif_encoder, HeifFree> encoder(rawEncoder);
    requireOk(heif_encoder_set_lossy_quality(rawEncoder, 90));
    const std::unique_ptr<heif_encoding_options, HeifFree> options(heif_encoding_options_alloc());
    options->image_orientation = heif_orientation(orientation);
    requireOk(heif_context_encode_image(context.get(), raw, rawEncoder, options.get(), nullptr));
    requireOk(heif_context_write_to_file(context.get(), QFile::encodeName(path).constData()));
    return path;
}
