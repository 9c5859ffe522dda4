#include "heiffixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <libheif/heif.h>

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
