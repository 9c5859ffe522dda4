#include "heifdecoder.h"

#include "imagegeometry.h"
#include "planarscaler.h"

#include "metadata/nativepath.h"

#include <QFile>

#include <libheif/heif.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace {

constexpr int s_maxEdge = 65'535;

struct HeifFree
{
    void operator()(heif_context *context) const { heif_context_free(context); }
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
    void operator()(heif_image *image) const { heif_image_release(image); }
    void operator()(heif_decoding_options *options) const { heif_decoding_options_free(options); }
};
using Context = std::unique_ptr<heif_context, HeifFree>;
using Handle = std::unique_ptr<heif_image_handle, HeifFree>;
using Image = std::unique_ptr<heif_image, HeifFree>;
using DecodingOptions = std::unique_ptr<heif_decoding_options, HeifFree>;

QString why(const heif_error &error)
{
    return QString::fromUtf8(error.message ? error.message : "unknown error");
}

int longerEdge(const heif_image_handle *handle)
{
    return std::max(heif_image_handle_get_width(handle), heif_image_handle_get_height(handle));
}

// An open file and its primary image, or why not.
struct OpenedFile
{
    Context context;
    Handle primary;
    QString error;
};

OpenedFile openFile(QByteArrayView bytes, const QString &path)
{
    static std::once_flag initialised; // loads libheif's plugins; never undone, other threads may decode
    std::call_once(initialised, [] { heif_init(nullptr); });
    OpenedFile opened{Context(heif_context_alloc()), {}, {}};
    if (!opened.context)
        return {{}, {}, QStringLiteral("not enough memory to read the HEIF file")};
    // libheif's limit is on each edge, and refuses a picture before anything is allocated for it; the area
    // is checked before decoding (wholeDecodeProblem), so a 16,000-pixel phone panorama passes.
    heif_context_set_maximum_image_size_limit(opened.context.get(), s_maxEdge);
    const heif_error read =
        bytes.isEmpty()
            ? heif_context_read_from_file(opened.context.get(), NativePath::encode(path).constData(), nullptr)
            : heif_context_read_from_memory_without_copy(opened.context.get(), bytes.data(), size_t(bytes.size()),
                                                         nullptr);
    if (read.code != heif_error_Ok) {
        opened.error = QStringLiteral("cannot read the HEIF file: %1").arg(why(read));
        return opened;
    }
    heif_image_handle *primary = nullptr;
    if (const heif_error error = heif_context_get_primary_image_handle(opened.context.get(), &primary);
        error.code != heif_error_Ok) {
        opened.error = QStringLiteral("the HEIF file has no picture: %1").arg(why(error));
        return opened;
    }
    opened.primary.reset(primary);
    return opened;
}

Handle largestThumbnail(heif_image_handle *primary)
{
    const int count = heif_image_handle_get_number_of_thumbnails(primary);
    if (count <= 0)
        return {};
    std::vector<heif_item_id> ids(static_cast<size_t>(count));
    const int listed = heif_image_handle_get_list_of_thumbnail_IDs(primary, ids.data(), count);
    Handle largest;
    for (int i = 0; i < listed; ++i) {
        heif_image_handle *thumbnail = nullptr;
        if (heif_image_handle_get_thumbnail(primary, ids[size_t(i)], &thumbnail).code != heif_error_Ok)
            continue;
        Handle candidate(thumbnail);
        if (!largest || longerEdge(candidate.get()) > longerEdge(largest.get()))
            largest = std::move(candidate);
    }
    return largest;
}

// How the decoded planes of @p image become RGB: RGB planes as they are; YCbCr by its nclx profile (from the
// image, else the file), else BT.601 full range (what libheif assumes without one).
std::optional<PlanarScaler::Matrix> matrixOf(const heif_image *image, const heif_image_handle *handle)
{
    if (heif_image_get_colorspace(image) == heif_colorspace_RGB)
        return PlanarScaler::Matrix::fromH273(0, true);
    heif_color_profile_nclx *nclx = nullptr;
    if (heif_image_get_nclx_color_profile(image, &nclx).code != heif_error_Ok &&
        heif_image_handle_get_nclx_color_profile(handle, &nclx).code != heif_error_Ok)
        return PlanarScaler::Matrix{};
    if (!nclx)
        return PlanarScaler::Matrix{};
    const auto matrix = PlanarScaler::Matrix::fromH273(int(nclx->matrix_coefficients), nclx->full_range_flag != 0);
    heif_nclx_color_profile_free(nclx);
    return matrix;
}

PlanarScaler::Plane planeOf(const heif_image *image, heif_channel channel)
{
    PlanarScaler::Plane plane;
    plane.data = heif_image_get_plane_readonly(image, channel, &plane.stride);
    plane.size = QSize(heif_image_get_width(image, channel), heif_image_get_height(image, channel));
    plane.bits = heif_image_get_bits_per_pixel_range(image, channel);
    return plane;
}

// The three planes of a decoded picture as the codec gave them: Y, Cb, Cr at any subsampling, or R, G, B;
// grey has neutral chroma. Nothing for anything else.
std::optional<PlanarScaler::Planes> planesOf(const heif_image *image)
{
    static const std::uint8_t s_neutral = 128;
    switch (heif_image_get_colorspace(image)) {
    case heif_colorspace_YCbCr:
        return PlanarScaler::Planes{planeOf(image, heif_channel_Y), planeOf(image, heif_channel_Cb),
                                    planeOf(image, heif_channel_Cr)};
    case heif_colorspace_RGB:
        if (heif_image_get_chroma_format(image) != heif_chroma_444)
            return std::nullopt; // interleaved: not what a codec gives
        return PlanarScaler::Planes{planeOf(image, heif_channel_R), planeOf(image, heif_channel_G),
                                    planeOf(image, heif_channel_B)};
    case heif_colorspace_monochrome: {
        const PlanarScaler::Plane neutral{&s_neutral, 1, QSize(1, 1), 8};
        return PlanarScaler::Planes{planeOf(image, heif_channel_Y), neutral, neutral};
    }
    default:
        return std::nullopt;
    }
}

// A picture at least twice the box on each edge, without alpha: decoded as the codec gives it (upright),
// and averaged straight down to the box (PlanarScaler), never converted to RGB at full size. Nothing when
// it is not such a picture; the caller then decodes to RGB. A picture decoded here and then refused would
// be decoded twice, so every format a codec gives is taken; only YCgCo and ICtCp matrices are not.
std::optional<DecodedPhoto> decodeSmall(heif_image_handle *handle, QSize box)
{
    const QSize size(heif_image_handle_get_width(handle), heif_image_handle_get_height(handle));
    const QSize fit = ImageGeometry::fittedInto(size, box);
    if (heif_image_handle_has_alpha_channel(handle) || fit.width() * 2 > size.width() ||
        fit.height() * 2 > size.height() || !PhotoDecoder::wholeDecodeProblem(size).isEmpty())
        return std::nullopt;
    heif_image *decoded = nullptr;
    // Undefined: asking for a colour space would have libheif convert whenever the stream's is not its
    // default (through RGB and back for a limited-range stream), the cost this path exists to save.
    const heif_error error =
        heif_decode_image(handle, &decoded, heif_colorspace_undefined, heif_chroma_undefined, nullptr);
    const Image image(decoded);
    if (error.code != heif_error_Ok)
        return DecodedPhoto{{}, QStringLiteral("cannot decode the HEIF picture: %1").arg(why(error)), false, {}};
    std::optional<PlanarScaler::Planes> planes = planesOf(decoded);
    const std::optional<PlanarScaler::Matrix> matrix = matrixOf(decoded, handle);
    if (!planes || !matrix)
        return std::nullopt;
    // H.273's identity matrix (lossless AV1 and HEVC) keeps G, B, R in the Y, Cb, Cr planes.
    if (heif_image_get_colorspace(decoded) == heif_colorspace_YCbCr && matrix->rgb)
        planes = PlanarScaler::Planes{(*planes)[2], (*planes)[0], (*planes)[1]};
    const QImage scaled = PlanarScaler::scaled(*planes, ImageGeometry::fittedInto((*planes)[0].size, box), *matrix);
    if (scaled.isNull())
        return std::nullopt;
    return DecodedPhoto{scaled, {}, false, {}};
}

// Decodes the picture behind @p handle, upright, to 8 bits a channel (HDR photos from recent phones are
// 10-bit), and scales it to fit @p box.
DecodedPhoto decodeFitted(heif_image_handle *handle, QSize box)
{
    if (std::optional<DecodedPhoto> small = decodeSmall(handle, box))
        return *small;
    const QSize size(heif_image_handle_get_width(handle), heif_image_handle_get_height(handle));
    if (const QString problem = PhotoDecoder::wholeDecodeProblem(size); !problem.isEmpty())
        return {{}, problem, false, {}};
    const bool alpha = heif_image_handle_has_alpha_channel(handle);
    const DecodingOptions options(heif_decoding_options_alloc());
    options->convert_hdr_to_8bit = 1;
    heif_image *decoded = nullptr;
    const heif_error error =
        heif_decode_image(handle, &decoded, heif_colorspace_RGB,
                          alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, options.get());
    const Image image(decoded);
    if (error.code != heif_error_Ok)
        return {{}, QStringLiteral("cannot decode the HEIF picture: %1").arg(why(error)), false, {}};
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(decoded, heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(decoded, heif_channel_interleaved);
    const int height = heif_image_get_height(decoded, heif_channel_interleaved);
    if (!pixels || width <= 0 || height <= 0)
        return {{}, QStringLiteral("cannot decode the HEIF picture: it has no pixels"), false, {}};
    // A view of libheif's pixels: scaled() or copy() makes Byline's own before they are released.
    const QImage view(pixels, width, height, stride, alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const QSize fit = ImageGeometry::fittedInto(view.size(), box);
    QImage fitted =
        fit == view.size() ? view.copy() : view.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (fitted.isNull())
        return {{}, QStringLiteral("not enough memory to decode the HEIF picture"), false, {}};
    return {fitted, {}, false, {}};
}

} // namespace

DecodedPhoto HeifDecoder::fitted(QByteArrayView bytes, const QString &path, QSize box,
                                 const std::atomic<bool> *cancelled)
{
    const OpenedFile file = openFile(bytes, path);
    if (!file.error.isEmpty())
        return {{}, file.error, false, {}};
    const QSize original(heif_image_handle_get_width(file.primary.get()),
                         heif_image_handle_get_height(file.primary.get()));
    if (original.isEmpty())
        return {{}, QStringLiteral("the HEIF picture has no size"), false, {}};
    const QSize fit = ImageGeometry::fittedInto(original, box);
    if (const Handle thumbnail = largestThumbnail(file.primary.get());
        thumbnail && longerEdge(thumbnail.get()) >= std::max(fit.width(), fit.height())) {
        DecodedPhoto photo = decodeFitted(thumbnail.get(), box);
        if (!photo.image.isNull())
            return {photo.image, {}, true, original};
    }
    if (cancelled && cancelled->load())
        return {{}, QStringLiteral("cancelled"), false, {}};
    DecodedPhoto photo = decodeFitted(file.primary.get(), box);
    photo.original = original;
    return photo;
}

QImage HeifDecoder::thumbnail(const QString &path, int edge)
{
    const OpenedFile file = openFile({}, path);
    if (!file.error.isEmpty())
        return {};
    const Handle thumbnail = largestThumbnail(file.primary.get());
    return thumbnail ? decodeFitted(thumbnail.get(), QSize(edge, edge)).image : QImage();
}
