#include "heifheader.h"

#include <libheif/heif.h>

#include <memory>
#include <mutex>

namespace {

// libheif's limit is on each edge (a wider picture is refused before anything is allocated for it); the area
// is PhotoDecoder's to judge when it decodes.
constexpr int s_maxEdge = 65'535;

struct HeifFree
{
    void operator()(heif_context *context) const { heif_context_free(context); }
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};

QString why(const heif_error &error)
{
    return QString::fromUtf8(error.message ? error.message : "unknown error");
}

} // namespace

HeifHeader::Result HeifHeader::read(const QByteArray &nativePath)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { heif_init(nullptr); });
    const std::unique_ptr<heif_context, HeifFree> context(heif_context_alloc());
    if (!context)
        return {{}, QStringLiteral("not enough memory to read the HEIF file")};
    heif_context_set_maximum_image_size_limit(context.get(), s_maxEdge);
    if (const heif_error error = heif_context_read_from_file(context.get(), nativePath.constData(), nullptr);
        error.code != heif_error_Ok)
        return {{}, QStringLiteral("cannot read the HEIF file: %1").arg(why(error))};
    heif_image_handle *primary = nullptr;
    if (const heif_error error = heif_context_get_primary_image_handle(context.get(), &primary);
        error.code != heif_error_Ok)
        return {{}, QStringLiteral("the HEIF file has no picture: %1").arg(why(error))};
    const std::unique_ptr<heif_image_handle, HeifFree> handle(primary);
    const QSize displayed(heif_image_handle_get_width(primary), heif_image_handle_get_height(primary));
    if (displayed.isEmpty())
        return {{}, QStringLiteral("the HEIF picture has no size")};
    return {displayed, {}};
}
