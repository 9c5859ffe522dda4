#include "psdcomposite.h"

#include "imagegeometry.h"

#include <QtEndian>

#include <algorithm>

namespace {

constexpr qint64 s_headerBytes = 26;

struct Header
{
    int version = 0; // 1 PSD, 2 PSB
    int channels = 0;
    QSize size;
    int depth = 0;
    int mode = 0; // 1 grayscale, 3 RGB
};

DecodedPhoto failure(const QString &why)
{
    return {{}, why, false, {}};
}

quint64 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint64 value = 0;
    for (int i = 0; i < width; ++i)
        value = value << 8 | quint8(bytes[at + i]);
    return value;
}

// Unpacks one PackBits row into @p out (exactly @p rowBytes); false when the data is damaged.
bool unpackBits(const QByteArray &packed, QByteArray &out, qsizetype rowBytes)
{
    out.resize(0);
    for (qsizetype at = 0; at < packed.size() && out.size() < rowBytes;) {
        const int n = qint8(packed[at++]);
        if (n >= 0) {
            if (at + n + 1 > packed.size())
                return false;
            out.append(packed.constData() + at, n + 1);
            at += n + 1;
        } else if (n != -128) {
            if (at >= packed.size())
                return false;
            out.append(qsizetype(1 - n), packed[at++]);
        }
    }
    if (out.size() < rowBytes)
        return false;
    out.truncate(rowBytes);
    return true;
}

// Where the composite's data starts: after the header and the colour-mode, resources and layer sections.
qint64 imageDataOffset(const PsdComposite::ReadAt &readAt, const Header &header, qint64 fileSize)
{
    qint64 at = s_headerBytes;
    for (int section = 0; section < 3; ++section) {
        const int width = section == 2 && header.version == 2 ? 8 : 4; // PSB's layer section has a 64-bit length
        const QByteArray length = readAt(at, width);
        if (length.size() < width)
            return -1;
        const quint64 size = bigEndian(length, 0, width);
        if (size > quint64(fileSize))
            return -1;
        at += width + qint64(size);
    }
    return at <= fileSize ? at : -1;
}

} // namespace

DecodedPhoto PsdComposite::fitted(const ReadAt &readAt, qint64 fileSize, QSize box, const std::atomic<bool> *cancelled)
{
    const QByteArray head = readAt(0, s_headerBytes);
    if (head.size() < s_headerBytes || !head.startsWith("8BPS"))
        return failure(QStringLiteral("not a Photoshop file"));
    Header header;
    header.version = int(bigEndian(head, 4, 2));
    header.channels = int(bigEndian(head, 12, 2));
    header.size =
        QSize(int(qMin<quint64>(bigEndian(head, 18, 4), INT_MAX)), int(qMin<quint64>(bigEndian(head, 14, 4), INT_MAX)));
    header.depth = int(bigEndian(head, 22, 2));
    header.mode = int(bigEndian(head, 24, 2));
    if ((header.version != 1 && header.version != 2) || header.size.isEmpty() || header.channels < 1)
        return failure(QStringLiteral("the Photoshop header is damaged"));
    if (qint64(header.size.width()) * header.size.height() > PhotoDecoder::s_maxPixels)
        return failure(QStringLiteral("the image claims %1 x %2 pixels, more than Byline decodes (%3 MP)")
                           .arg(header.size.width())
                           .arg(header.size.height())
                           .arg(PhotoDecoder::s_maxPixels / 1'000'000));
    const int colours = header.mode == 3 ? 3 : header.mode == 1 ? 1 : 0;
    if (colours == 0 || header.channels < colours || (header.depth != 8 && header.depth != 16))
        return failure(
            QStringLiteral("Photoshop colour mode %1 at %2 bits is not decoded").arg(header.mode).arg(header.depth));
    const qint64 dataAt = imageDataOffset(readAt, header, fileSize);
    const QByteArray compressionBytes = dataAt < 0 ? QByteArray() : readAt(dataAt, 2);
    if (compressionBytes.size() < 2)
        return failure(QStringLiteral("the Photoshop file has no composite image"));
    const int compression = int(bigEndian(compressionBytes, 0, 2));
    if (compression != 0 && compression != 1)
        return failure(QStringLiteral("the Photoshop composite's compression (%1) is not decoded").arg(compression));

    // Every few rows and columns are read, each direction on its own (fitting a 1 x 200,000,000 picture makes
    // one side a single pixel): the picture then reaches the box at twice its size or more, and smooth
    // scaling does the rest.
    const QSize fit = ImageGeometry::fittedInto(header.size, box);
    const int stepX = std::max(1, header.size.width() / (2 * fit.width()));
    const int stepY = std::max(1, header.size.height() / (2 * fit.height()));
    const QSize reduced((header.size.width() + stepX - 1) / stepX, (header.size.height() + stepY - 1) / stepY);
    QImage image(reduced, QImage::Format_RGB32);
    if (image.isNull())
        return failure(QStringLiteral("not enough memory to decode the Photoshop composite"));
    image.fill(Qt::white);

    const qsizetype bytesPerSample = header.depth / 8;
    const qsizetype rowBytes = qsizetype(header.size.width()) * bytesPerSample;
    const int rows = header.size.height();
    const int countWidth = header.version == 2 ? 4 : 2;
    const qint64 maxPackedRow = rowBytes + rowBytes / 128 + 2; // PackBits' worst case: a header byte per 128
    qint64 at = dataAt + 2;
    // Lengths are checked against the file before anything is read or allocated for them.
    const qint64 needed =
        compression == 1 ? qint64(rows) * header.channels * countWidth : qint64(rows) * colours * rowBytes;
    if (needed > fileSize - at)
        return failure(QStringLiteral("the Photoshop composite is truncated"));
    QByteArray counts;
    if (compression == 1) {
        counts = readAt(at, qint64(rows) * colours * countWidth);
        if (counts.size() < qint64(rows) * colours * countWidth)
            return failure(QStringLiteral("the Photoshop composite is truncated"));
        at += qint64(rows) * header.channels * countWidth; // the table covers every channel
    }
    QByteArray row;
    for (int channel = 0; channel < colours; ++channel) {
        for (int y = 0; y < rows; ++y) {
            const qint64 length =
                compression == 1 ? qint64(bigEndian(counts, (qsizetype(channel) * rows + y) * countWidth, countWidth))
                                 : rowBytes;
            if (length > maxPackedRow)
                return failure(QStringLiteral("the Photoshop composite is damaged"));
            if (length > fileSize - at)
                return failure(QStringLiteral("the Photoshop composite is truncated"));
            if (y % stepY == 0) {
                if (cancelled && cancelled->load())
                    return failure(QStringLiteral("cancelled"));
                const QByteArray stored = readAt(at, length);
                if (stored.size() < length)
                    return failure(QStringLiteral("the Photoshop composite is truncated"));
                if (compression == 0)
                    row = stored;
                else if (!unpackBits(stored, row, rowBytes))
                    return failure(QStringLiteral("the Photoshop composite is damaged"));
                auto *pixels = reinterpret_cast<QRgb *>(image.scanLine(y / stepY));
                for (int x = 0, out = 0; x < header.size.width(); x += stepX, ++out) {
                    const auto value = quint8(row[qsizetype(x) * bytesPerSample]); // the high byte of 16
                    QRgb &pixel = pixels[out];
                    pixel = colours == 1   ? qRgb(value, value, value)
                            : channel == 0 ? qRgb(value, qGreen(pixel), qBlue(pixel))
                            : channel == 1 ? qRgb(qRed(pixel), value, qBlue(pixel))
                                           : qRgb(qRed(pixel), qGreen(pixel), value);
                }
            }
            at += length;
        }
    }
    if (image.size() != fit)
        image = image.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return {image, {}, false, header.size};
}
