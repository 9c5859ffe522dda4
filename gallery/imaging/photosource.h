#pragma once

#include "metadata/imageformat.h"

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <optional>

/**
 * A photo file, read whole into memory (load()) before it is decoded: libjpeg-turbo's fast Huffman
 * decoder runs only while several KB of input are buffered, which Qt's 4 KB reads from a QFile seldom
 * leave it, whereas from a QBuffer Qt hands it the whole file at once, and ScaledJpegDecoder needs the
 * bytes anyway (docs/performance.md has the figures). Until then the small reads that decide the path
 * (the sniff, a JPEG's header) go to the file, so a tile served from an embedded preview, or cancelled,
 * never reads the rest. Files larger than s_maxInMemoryBytes (scans, panoramas) are decoded as they are
 * read, so a thread never holds more than that.
 */
class PhotoSource
{
public:
    /** A photo up to this size is read into memory whole; a larger one is decoded as it is read. */
    static constexpr qint64 s_maxInMemoryBytes = 64 * 1024 * 1024;
    /** A thread keeps a buffer this large between photos, and frees a larger one after each. */
    static constexpr qsizetype s_keptBufferBytes = 16 * 1024 * 1024;

    explicit PhotoSource(const QString &path) : m_path(path) {}
    ~PhotoSource();
    PhotoSource(const PhotoSource &) = delete;
    PhotoSource &operator=(const PhotoSource &) = delete;

    /** An error message, or empty when the file is open. */
    QString open();
    /** Reads the whole file into memory when it is small enough; an error message, or empty. */
    QString load();
    /** The photo from its first byte, for one QImageReader at a time. */
    QIODevice *rewound();
    /** What the first bytes say the file is, sniffed once. */
    const ImageFormat &format();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] qint64 size() const { return m_bytes ? m_bytes->size() : m_file.size(); }
    /** The whole file once load()ed, else empty. */
    [[nodiscard]] QByteArrayView bytes() const { return m_bytes ? QByteArrayView(*m_bytes) : QByteArrayView(); }
    QByteArray readAt(qint64 offset, qint64 length);

private:
    static thread_local QByteArray t_buffer;
    static thread_local bool t_bufferInUse;

    QString m_path; // NativePath form
    QFile m_file;
    QByteArray m_ownBytes;
    QByteArray *m_bytes = nullptr; // t_buffer or m_ownBytes once loaded
    QBuffer m_buffer;
    std::optional<ImageFormat> m_format;
};
