#include "thumbnailpng.h"

#include <QSysInfo>

#include <png.h>
#include <zlib.h>

#include <exception>
#include <vector>

namespace {

// A thumbnail is read far more often than written, and inflating is as fast whatever the encoder
// did, so the encoder does the least that still halves the file: the Up filter (each row as the
// difference from the one above, which a smooth picture makes mostly small numbers) and Huffman coding
// alone, without zlib's search for repeated strings. Measured on 256 x 192 thumbnails of the benchmark
// corpus: 1.1 ms and 69-78 KB; with zlib's fastest string search 1.55 ms and 62-67 KB; libpng's
// adaptive filters 2.3 ms; zlib's default level 14 ms for 61 KB; stored uncompressed 0.9 ms, 148 KB.
constexpr int s_zlibLevel = 1;
constexpr int s_zlibStrategy = Z_HUFFMAN_ONLY;
constexpr int s_rowFilter = PNG_FILTER_UP;

struct Output
{
    QIODevice *device = nullptr;
    QString error;
};

void writeBytes(png_structp png, png_bytep data, size_t length)
{
    auto *output = static_cast<Output *>(png_get_io_ptr(png));
    bool written = false;
    try { // no exception may cross libpng's C frames: it becomes libpng's own error
        written = output->device->write(reinterpret_cast<const char *>(data), qint64(length)) == qint64(length);
        if (!written)
            output->error = output->device->errorString();
    } catch (const std::exception &exception) {
        output->error = QString::fromLocal8Bit(exception.what());
    }
    if (!written)
        png_error(png, "write failed");
}

void flushBytes(png_structp) {}

[[noreturn]] void onError(png_structp png, png_const_charp message)
{
    auto *output = static_cast<Output *>(png_get_error_ptr(png));
    if (output->error.isEmpty())
        output->error = QString::fromLatin1(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// Everything between setjmp() and a longjmp() from libpng is plain C data: no destructor is skipped.
bool encode(png_structp png, png_infop info, const QImage &image, std::vector<png_text> &text)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    const bool alpha = image.format() == QImage::Format_ARGB32;
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, s_zlibLevel);
    png_set_compression_strategy(png, s_zlibStrategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, s_rowFilter);
    if (!text.empty())
        png_set_text(png, info, text.data(), int(text.size()));
    png_write_info(png, info);
    // QImage keeps a pixel as one 32-bit word, 0xAARRGGBB: B, G, R, A in memory on little-endian
    // machines, A, R, G, B on big-endian ones.
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        png_set_bgr(png);
        if (!alpha)
            png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else if (alpha) {
        png_set_swap_alpha(png);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    return true;
}

} // namespace

QString ThumbnailPng::write(QIODevice &device, const QImage &source, const TextChunks &chunks)
{
    if (source.isNull())
        return QStringLiteral("no image to write");
    const QImage image = source.hasAlphaChannel() ? source.convertToFormat(QImage::Format_ARGB32)
                                                  : source.convertToFormat(QImage::Format_RGB32);
    std::vector<png_text> text;
    for (const auto &[key, value] : chunks) {
        png_text chunk{};
        chunk.compression = PNG_TEXT_COMPRESSION_NONE;
        chunk.key = const_cast<char *>(key.constData());
        chunk.text = const_cast<char *>(value.constData());
        chunk.text_length = size_t(value.size());
        text.push_back(chunk);
    }
    Output output{&device, {}};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &output, onError, onWarning);
    if (!png)
        return QStringLiteral("cannot start a PNG encoder");
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return QStringLiteral("cannot start a PNG encoder");
    }
    png_set_write_fn(png, &output, writeBytes, flushBytes);
    const bool written = encode(png, info, image, text);
    png_destroy_write_struct(&png, &info);
    if (!written)
        return output.error.isEmpty() ? QStringLiteral("cannot encode the PNG") : output.error;
    return {};
}
