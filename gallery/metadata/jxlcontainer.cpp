#include "jxlcontainer.h"

#include <QtEndian>

#include <brotli/decode.h>

#include <memory>

namespace {

constexpr QByteArrayView s_signature("\0\0\0\x0CJXL \r\n\x87\n", 12);

struct Box
{
    QByteArray type;
    qint64 payloadAt = 0;
    qint64 payloadSize = 0;
};

// The box header at @p at: a 32-bit size (1: a 64-bit size follows; 0: up to the end of the file).
bool readBox(const JxlContainer::ReadAt &readAt, qint64 at, qint64 fileSize, Box &box)
{
    const QByteArray header = readAt(at, 16);
    if (header.size() < 8)
        return false;
    quint64 size = qFromBigEndian<quint32>(header.constData());
    qint64 headerSize = 8;
    if (size == 1) {
        if (header.size() < 16)
            return false;
        size = qFromBigEndian<quint64>(header.constData() + 8);
        headerSize = 16;
    } else if (size == 0) {
        size = quint64(fileSize - at);
    }
    if (size < quint64(headerSize) || size > quint64(fileSize - at))
        return false;
    box = {header.mid(4, 4), at + headerSize, qint64(size) - headerSize};
    return true;
}

struct BrotliFree
{
    void operator()(BrotliDecoderState *state) const { BrotliDecoderDestroyInstance(state); }
};

// Brotli-decompresses @p compressed, refusing output beyond s_maxBoxBytes (a small box can inflate hugely).
QByteArray inflate(QByteArrayView compressed, QString &problem)
{
    const std::unique_ptr<BrotliDecoderState, BrotliFree> state(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr));
    QByteArray out;
    size_t availableIn = size_t(compressed.size());
    auto nextIn = reinterpret_cast<const uint8_t *>(compressed.data());
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        if (out.size() >= JxlContainer::s_maxBoxBytes) {
            problem = QStringLiteral("decompresses to more than %1 MB").arg(JxlContainer::s_maxBoxBytes >> 20);
            return {};
        }
        const qsizetype before = out.size();
        out.resize(before + 64 * 1024);
        size_t availableOut = 64 * 1024;
        auto nextOut = reinterpret_cast<uint8_t *>(out.data() + before);
        result = BrotliDecoderDecompressStream(state.get(), &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
        out.resize(out.size() - qsizetype(availableOut));
    }
    if (result != BROTLI_DECODER_RESULT_SUCCESS) {
        problem = QStringLiteral("is not valid Brotli data");
        return {};
    }
    return out;
}

// The payload of a metadata box: as stored, or decompressed when it came in a 'brob' box.
QByteArray payload(const JxlContainer::ReadAt &readAt, const Box &box, const QByteArray &type, bool compressed,
                   QStringList &warnings)
{
    const QString name = QString::fromLatin1(type).trimmed();
    if (box.payloadSize > JxlContainer::s_maxBoxBytes) {
        warnings.append(QStringLiteral("the JPEG XL %1 box is %2 MB, over Byline's limit of %3 MB; it was not read")
                            .arg(name)
                            .arg(double(box.payloadSize) / (1024 * 1024), 0, 'f', 1)
                            .arg(JxlContainer::s_maxBoxBytes >> 20));
        return {};
    }
    const qint64 skip = compressed ? 4 : 0; // a 'brob' box names the box it holds first
    const QByteArray stored = readAt(box.payloadAt + skip, box.payloadSize - skip);
    if (!compressed)
        return stored;
    QString problem;
    QByteArray inflated = inflate(stored, problem);
    if (!problem.isEmpty())
        warnings.append(QStringLiteral("the compressed JPEG XL %1 box %2; it was not read").arg(name, problem));
    return inflated;
}

// An Exif box starts with the offset of the TIFF header within the rest (usually 0).
QByteArray tiffOf(const QByteArray &exifBox, QStringList &warnings)
{
    if (exifBox.size() < 4)
        return {};
    const quint32 offset = qFromBigEndian<quint32>(exifBox.constData());
    if (offset > quint32(exifBox.size() - 4)) {
        warnings.append(QStringLiteral("the JPEG XL Exif box points past its end; its Exif was not read"));
        return {};
    }
    return exifBox.mid(4 + qsizetype(offset));
}

} // namespace

JxlContainer::Metadata JxlContainer::read(const ReadAt &readAt, qint64 fileSize)
{
    Metadata metadata;
    if (readAt(0, s_signature.size()) != s_signature)
        return metadata; // a bare codestream
    qint64 at = 0;
    Box box;
    for (int count = 0; count < s_maxBoxes && readBox(readAt, at, fileSize, box); ++count) {
        QByteArray type = box.type;
        const bool compressed = type == "brob";
        if (compressed)
            type = box.payloadSize >= 4 ? readAt(box.payloadAt, 4) : QByteArray();
        if (type == "Exif" && metadata.exif.isEmpty())
            metadata.exif = tiffOf(payload(readAt, box, type, compressed, metadata.warnings), metadata.warnings);
        else if (type == "xml " && metadata.xmp.isEmpty())
            metadata.xmp = payload(readAt, box, type, compressed, metadata.warnings);
        at = box.payloadAt + box.payloadSize;
    }
    return metadata;
}
