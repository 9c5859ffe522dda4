#include "jpegxldecoder.h"

#include "imagegeometry.h"

#include "metadata/nativepath.h"

#include <QFile>
#include <QImage>

#include <jxl/decode.h>

#include <climits>
#include <memory>
#include <utility>

namespace {

struct JxlFree
{
    void operator()(JxlDecoder *decoder) const { JxlDecoderDestroy(decoder); }
};

constexpr qint64 s_chunkBytes = 1024 * 1024;

// Hands libjxl the file: all of it at once from memory, else in pieces, keeping what it has not used.
class JxlInput
{
public:
    JxlInput(QByteArrayView bytes, const QString &path) : m_bytes(bytes), m_path(path) {}

    // Gives @p decoder more input; false when there is none left (the file ends early, or cannot be read).
    bool feed(JxlDecoder *decoder)
    {
        if (!m_bytes.isEmpty())
            return !std::exchange(m_given, true) && set(decoder, m_bytes, true);
        if (!m_file.isOpen() && !NativePath::openForReading(m_file, m_path).isEmpty())
            return false;
        const size_t unused = JxlDecoderReleaseInput(decoder);
        const QByteArray more = m_file.read(s_chunkBytes);
        if (more.isEmpty())
            return false;
        m_piece = m_piece.right(qsizetype(unused)) + more;
        return set(decoder, m_piece, m_file.atEnd());
    }

private:
    static bool set(JxlDecoder *decoder, QByteArrayView data, bool last)
    {
        if (JxlDecoderSetInput(decoder, reinterpret_cast<const uint8_t *>(data.data()), size_t(data.size())) !=
            JXL_DEC_SUCCESS)
            return false;
        if (last)
            JxlDecoderCloseInput(decoder);
        return true;
    }

    QByteArrayView m_bytes;
    QString m_path;
    QFile m_file;
    QByteArray m_piece;
    bool m_given = false;
};

DecodedPhoto failure(const QString &why)
{
    return {{}, why, false, {}};
}

} // namespace

DecodedPhoto JpegXlDecoder::fitted(QByteArrayView bytes, const QString &path, QSize box,
                                   const std::atomic<bool> *cancelled)
{
    const std::unique_ptr<JxlDecoder, JxlFree> decoder(JxlDecoderCreate(nullptr));
    if (!decoder ||
        JxlDecoderSubscribeEvents(decoder.get(), JXL_DEC_BASIC_INFO | JXL_DEC_FULL_IMAGE) != JXL_DEC_SUCCESS)
        return failure(QStringLiteral("libjxl could not be set up"));
    JxlInput input(bytes, path);
    if (!input.feed(decoder.get()))
        return failure(QStringLiteral("cannot read the file"));
    const JxlPixelFormat rgba{4, JXL_TYPE_UINT8, JXL_NATIVE_ENDIAN, 0};
    QImage image;
    for (;;) {
        if (cancelled && cancelled->load())
            return failure(QStringLiteral("cancelled"));
        switch (JxlDecoderProcessInput(decoder.get())) {
        case JXL_DEC_NEED_MORE_INPUT:
            if (!input.feed(decoder.get()))
                return failure(QStringLiteral("cannot decode the JPEG XL image: the file ends early"));
            break;
        case JXL_DEC_BASIC_INFO: {
            JxlBasicInfo info{};
            if (JxlDecoderGetBasicInfo(decoder.get(), &info) != JXL_DEC_SUCCESS)
                return failure(QStringLiteral("cannot decode the JPEG XL image: no header"));
            if (info.xsize > INT_MAX || info.ysize > INT_MAX)
                return failure(QStringLiteral("cannot decode the JPEG XL image: its size is out of range"));
            const QSize stored(int(info.xsize), int(info.ysize));
            if (const QString problem = PhotoDecoder::wholeDecodeProblem(stored); !problem.isEmpty())
                return failure(problem);
            // libjxl turns the picture upright as it decodes (keep_orientation is off).
            image = QImage(info.orientation >= JXL_ORIENT_TRANSPOSE ? stored.transposed() : stored,
                           info.alpha_bits ? QImage::Format_RGBA8888 : QImage::Format_RGBX8888);
            if (image.isNull())
                return failure(QStringLiteral("not enough memory to decode the JPEG XL image"));
            break;
        }
        case JXL_DEC_NEED_IMAGE_OUT_BUFFER: {
            size_t needed = 0;
            if (image.isNull() || JxlDecoderImageOutBufferSize(decoder.get(), &rgba, &needed) != JXL_DEC_SUCCESS ||
                needed != size_t(image.sizeInBytes()) ||
                JxlDecoderSetImageOutBuffer(decoder.get(), &rgba, image.bits(), needed) != JXL_DEC_SUCCESS)
                return failure(QStringLiteral("cannot decode the JPEG XL image: unexpected layout"));
            break;
        }
        case JXL_DEC_FULL_IMAGE: // the first frame of an animation is its picture
        case JXL_DEC_SUCCESS: {
            if (image.isNull())
                return failure(QStringLiteral("cannot decode the JPEG XL image: no picture"));
            const QSize original = image.size();
            const QSize fit = ImageGeometry::fittedInto(original, box);
            if (fit != original)
                image = image.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            return {image, {}, false, original};
        }
        default:
            return failure(QStringLiteral("cannot decode the JPEG XL image: the file is damaged"));
        }
    }
}
