#include "scaledjpegdecoder.h"

#include <QColorSpace>
#include <QSysInfo>

#include <algorithm>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>

#include <jerror.h>
#include <jpeglib.h>

#if !defined(JCS_EXTENSIONS)
#error "ScaledJpegDecoder needs libjpeg-turbo (JCS_EXT_BGRX and jpeg_read_icc_profile)"
#endif

namespace {

struct ErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    const char *stopped = nullptr; // why the progress monitor stopped the decode, if it did
};

[[noreturn]] void onError(j_common_ptr info)
{
    auto *errors = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, errors->message);
    std::longjmp(errors->jump, 1);
}

// Warnings (corrupt data, a file cut short) are not errors: libjpeg fills in what is missing, and a
// partial picture is still a thumbnail, as with QImageReader. They are not printed either.
void onMessage(j_common_ptr, int) {}

struct ProgressMonitor
{
    jpeg_progress_mgr base;
    const std::atomic<bool> *cancelled = nullptr;
};

// libjpeg calls this between rows and scans: the place to stop a hostile file's endless scans, or a
// decode nobody wants any more.
void onProgress(j_common_ptr info)
{
    const auto *monitor = reinterpret_cast<ProgressMonitor *>(info->progress);
    auto *errors = reinterpret_cast<ErrorManager *>(info->err);
    const auto *decompress = reinterpret_cast<j_decompress_ptr>(info);
    if (decompress->input_scan_number > ScaledJpegDecoder::s_maxScans)
        errors->stopped = "the image has more scans than a real photo";
    else if (monitor->cancelled && monitor->cancelled->load())
        errors->stopped = "cancelled";
    else
        return;
    std::longjmp(errors->jump, 1);
}

// The largest DCT scale divisor (8, 4, 2, 1) whose output still covers @p box.
unsigned int scaleDenominator(QSize stored, QSize box)
{
    for (const unsigned int denominator : {8u, 4u, 2u}) {
        const auto scaled = [denominator](int extent) { return (unsigned(extent) + denominator - 1) / denominator; };
        if (scaled(stored.width()) >= unsigned(box.width()) && scaled(stored.height()) >= unsigned(box.height()))
            return denominator;
    }
    return 1;
}

int scaledBlockSize(const jpeg_component_info &component)
{
#if JPEG_LIB_VERSION >= 70
    return std::max(component.DCT_h_scaled_size, component.DCT_v_scaled_size);
#else
    return component.DCT_scaled_size;
#endif
}

// Whether every coefficient the scaled output uses is at full precision. coef_bits[c][k] is -1 before
// coefficient k of component c first arrives, then the successive-approximation shift still missing, 0
// once complete. At 1/8 a full-resolution component's 1 x 1 IDCT uses its DC coefficient alone; a
// subsampled (chroma) component is scaled by a larger IDCT (2 x 2 for 4:2:0) that uses some of its AC
// coefficients, so it must be complete. In libjpeg's standard progression that point comes about half
// way through the file: what follows refines the luminance AC coefficients, which 1/8 never uses.
bool usedCoefficientsComplete(const jpeg_decompress_struct &info)
{
    if (!info.coef_bits)
        return false;
    for (int component = 0; component < info.num_components; ++component) {
        const int last = scaledBlockSize(info.comp_info[component]) == 1 ? 0 : DCTSIZE2 - 1;
        for (int k = 0; k <= last; ++k) {
            if (info.coef_bits[component][k] != 0)
                return false;
        }
    }
    return true;
}

QColorSpace embeddedColorSpace(jpeg_decompress_struct &info)
{
    JOCTET *profile = nullptr;
    unsigned int length = 0;
    if (!jpeg_read_icc_profile(&info, &profile, &length) || !profile)
        return {};
    const QColorSpace space =
        QColorSpace::fromIccProfile(QByteArray(reinterpret_cast<const char *>(profile), int(length)));
    std::free(profile);
    return space;
}

QString errorMessage(const ErrorManager &errors)
{
    if (errors.stopped)
        return QString::fromLatin1(errors.stopped);
    if (errors.base.msg_code == JERR_OUT_OF_MEMORY || errors.base.msg_code == JERR_NO_BACKING_STORE)
        return QStringLiteral("decoding the image would take more than %1 MB")
            .arg(ScaledJpegDecoder::s_maxWorkingBytes / (1024 * 1024));
    return QStringLiteral("cannot decode the image: %1").arg(QString::fromLocal8Bit(errors.message));
}

// Everything between setjmp() and a longjmp() from libjpeg is plain C data, apart from the QImage,
// which is constructed before the jump point's scope and outlives it.
bool decodeInto(jpeg_decompress_struct &info, ErrorManager &errors, QByteArrayView jpeg, QSize box, qint64 maxPixels,
                ScaledJpegDecoder::Result &result, QImage &image)
{
    if (setjmp(errors.jump)) {
        result.error = errorMessage(errors);
        return false;
    }
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char *>(jpeg.data()), static_cast<unsigned long>(jpeg.size()));
    jpeg_save_markers(&info, JPEG_APP0 + 2, 0xffff); // ICC profile chunks
    if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK) {
        result.error = QStringLiteral("cannot decode the image: no image in the file");
        return false;
    }
    result.stored = QSize(int(info.image_width), int(info.image_height));
    if (qint64(info.image_width) * info.image_height > maxPixels) {
        result.error = QStringLiteral("the image claims %1 x %2 pixels, more than Byline decodes (%3 MP)")
                           .arg(info.image_width)
                           .arg(info.image_height)
                           .arg(maxPixels / 1'000'000);
        return false;
    }
    const bool grey = info.jpeg_color_space == JCS_GRAYSCALE;
    if (!grey && info.jpeg_color_space != JCS_YCbCr && info.jpeg_color_space != JCS_RGB) {
        result.handled = false; // CMYK and YCCK: Qt's handler knows Adobe's inverted conventions
        return false;
    }
    info.scale_num = 1;
    info.scale_denom = scaleDenominator(result.stored, box);
    info.out_color_space =
        grey ? JCS_GRAYSCALE : (QSysInfo::ByteOrder == QSysInfo::LittleEndian ? JCS_EXT_BGRX : JCS_EXT_XRGB);
    // A progressive file at 1/8 is read only as far as the output needs (usedCoefficientsComplete).
    const bool partial = info.progressive_mode && info.scale_denom == 8;
    if (partial) {
        info.buffered_image = TRUE;
        info.do_block_smoothing = FALSE; // it guesses missing AC coefficients: none that the output uses
    }
    jpeg_calc_output_dimensions(&info);
    image = QImage(int(info.output_width), int(info.output_height),
                   grey ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    if (image.isNull()) {
        result.error = QStringLiteral("not enough memory to decode the image");
        return false;
    }
    jpeg_start_decompress(&info);
    if (partial) {
        int status = JPEG_SUSPENDED;
        while (!usedCoefficientsComplete(info) && status != JPEG_REACHED_EOI)
            status = jpeg_consume_input(&info);
        result.unreadBytes = status == JPEG_REACHED_EOI ? 0 : qint64(info.src->bytes_in_buffer);
        jpeg_start_output(&info, info.input_scan_number);
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = image.scanLine(int(info.output_scanline));
        if (jpeg_read_scanlines(&info, &row, 1) != 1)
            break;
    }
    if (partial)
        jpeg_finish_output(&info);
    image.setColorSpace(embeddedColorSpace(info));
    jpeg_abort_decompress(&info); // what a progressive file has left is not needed
    return true;
}

} // namespace

ScaledJpegDecoder::Result ScaledJpegDecoder::decode(QByteArrayView jpeg, QSize box, qint64 maxPixels,
                                                    const std::atomic<bool> *cancelled)
{
    Result result;
    jpeg_decompress_struct info{};
    ErrorManager errors{};
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onError;
    errors.base.emit_message = onMessage;
    jpeg_create_decompress(&info);
    info.mem->max_memory_to_use = s_maxWorkingBytes;
    ProgressMonitor monitor{};
    monitor.base.progress_monitor = onProgress;
    monitor.cancelled = cancelled;
    info.progress = &monitor.base;
    QImage image;
    if (decodeInto(info, errors, jpeg, box.expandedTo(QSize(1, 1)), maxPixels, result, image))
        result.image = image;
    jpeg_destroy_decompress(&info);
    return result;
}
