#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

/** One marker segment of a JPEG header (APPn, DQT, SOFn, ...), as offsets into the scanned buffer. */
struct JpegSegment
{
    quint8 marker = 0;
    qsizetype offset = 0;        // of the 0xFF byte
    qsizetype payloadOffset = 0; // first byte after the two length bytes
    qsizetype payloadSize = 0;
};

/**
 * The header of a JPEG stream: every segment up to the start of scan, the frame size, and whether the
 * buffer held enough to see it all. Parsing our own markers lets the reader take the Photoshop APP13
 * block (Exiv2 0.27 keeps the IPTCDigest to itself) and the pixel size without decoding.
 */
struct JpegStructure
{
    static constexpr quint8 s_app1 = 0xE1;  // Exif, XMP
    static constexpr quint8 s_app2 = 0xE2;  // ICC profile chunks, MPF
    static constexpr quint8 s_app12 = 0xEC; // Photoshop Save for Web's "Ducky"
    static constexpr quint8 s_app13 = 0xED; // Photoshop image resources (IPTC)
    static constexpr quint8 s_sos = 0xDA;
    /** The signature that starts a Photoshop APP13 payload. */
    static constexpr QByteArrayView s_photoshopSignature{"Photoshop 3.0\0", 14};

    enum class Status
    {
        Complete,     // reached SOS: every metadata segment is in the buffer
        NeedMoreData, // the buffer ended first; scan again with more bytes
        NotJpeg,      // no SOI marker
        Corrupt,      // the header cannot be followed (see problem)
    };

    Status status = Status::NotJpeg;
    QList<JpegSegment> segments;
    int width = 0;
    int height = 0;
    quint8 frameMarker = 0;  // the SOFn marker; 0 when none was seen
    qsizetype headerEnd = 0; // bytes up to and including the SOS segment
    QString problem;
    QStringList warnings;

    [[nodiscard]] bool hasFrame() const { return frameMarker != 0; }

    /** Scans @p data, which starts at the beginning of the file. */
    [[nodiscard]] static JpegStructure scan(QByteArrayView data);

    /** Reads @p length bytes at @p offset; fewer at the end of the file or on a failure. */
    using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;
    /**
     * The header of a JPEG file: reads a first block, then more while segments continue, up to
     * @p limit bytes, never the compressed image. @p structure is the scan of what was read.
     */
    [[nodiscard]] static QByteArray readHeader(const ReadAt &readAt, qint64 limit, JpegStructure &structure);

    /**
     * The Photoshop image-resource block carried by the APP13 "Photoshop 3.0" segments, concatenated in
     * file order as Photoshop splits blocks larger than one segment.
     */
    [[nodiscard]] QByteArray photoshopResources(QByteArrayView data) const;
};
