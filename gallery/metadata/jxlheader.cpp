#include "jxlheader.h"

#include <jxl/decode.h>

#include <memory>

namespace {

struct JxlFree
{
    void operator()(JxlDecoder *decoder) const { JxlDecoderDestroy(decoder); }
};

// The header sits at the start of the codestream; in a container, metadata boxes may come first.
constexpr qint64 s_firstRead = 64 * 1024;
constexpr qint64 s_maxRead = 16 * 1024 * 1024;

} // namespace

JxlHeader::Result JxlHeader::read(const ReadAt &readAt, qint64 fileSize)
{
    const std::unique_ptr<JxlDecoder, JxlFree> decoder(JxlDecoderCreate(nullptr));
    if (!decoder)
        return {{}, QStringLiteral("not enough memory to read the JPEG XL file")};
    for (qint64 length = qMin(s_firstRead, fileSize);; length = qMin(length * 4, fileSize)) {
        JxlDecoderReset(decoder.get());
        if (JxlDecoderSubscribeEvents(decoder.get(), JXL_DEC_BASIC_INFO) != JXL_DEC_SUCCESS)
            return {{}, QStringLiteral("libjxl could not be set up")};
        const QByteArray data = readAt(0, length);
        JxlDecoderSetInput(decoder.get(), reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        if (data.size() >= fileSize)
            JxlDecoderCloseInput(decoder.get());
        const JxlDecoderStatus status = JxlDecoderProcessInput(decoder.get());
        if (status == JXL_DEC_BASIC_INFO) {
            JxlBasicInfo info{};
            if (JxlDecoderGetBasicInfo(decoder.get(), &info) != JXL_DEC_SUCCESS || info.xsize == 0 || info.ysize == 0)
                return {{}, QStringLiteral("the JPEG XL header gives no image size")};
            const QSize stored(int(qMin<uint32_t>(info.xsize, INT_MAX)), int(qMin<uint32_t>(info.ysize, INT_MAX)));
            return {info.orientation >= JXL_ORIENT_TRANSPOSE ? stored.transposed() : stored, {}};
        }
        if (status != JXL_DEC_NEED_MORE_INPUT)
            return {{}, QStringLiteral("cannot read the JPEG XL header: the file is damaged")};
        if (data.size() >= fileSize || length >= s_maxRead)
            return {{}, QStringLiteral("cannot read the JPEG XL header: the file ends before it")};
    }
}
