#pragma once

#include "metadatasources.h"

#include <QByteArray>
#include <QSize>
#include <QStringList>

/** What Exiv2 read from one image: Exif and XMP values, the raw IPTC bytes, and the pixel size. */
struct ExtractedMetadata
{
    StoreValues exif;
    StoreValues exifWindows1252; // see MetadataSources::exifWindows1252
    StoreValues xmp;
    QByteArray iptc;               // the IPTC-IIM block, for IptcRecords
    QByteArray photoshopResources; // TIFF tag 34377, which may hold the IPTCDigest
    bool hasTrailingMedia = false; // XMP announces a video after the JPEG data (motion photos)
    int pixelWidth = 0;
    int pixelHeight = 0;
    QStringList warnings; // damaged segments, Exiv2's own warnings for this file
};

/** An image's metadata stores whole, as bytes, for an exported copy to carry (MetadataTransplant). */
struct MetadataBlocks
{
    QByteArray exif;               // TIFF-structured (from the byte-order mark on); empty when none
    QByteArray iptc;               // the IPTC-IIM block
    QByteArray photoshopResources; // TIFF tag 34377
    QByteArray xmp;                // the packet as stored (HEIF and AVIF: Exiv2's decoding encoded again)
    QByteArray icc;                // the ICC profile, where Exiv2 finds one (PNG, TIFF, HEIF, PSD, ...)
    QStringList warnings;
};

/**
 * Byline's only window onto Exiv2 for reading: the one translation unit that includes <exiv2/exiv2.hpp>
 * to read. Every call makes its own Exiv2 objects, so calls from several threads run in parallel, and
 * nothing Exiv2 throws leaves this class: failures become warnings.
 */
class Exiv2Extractor
{
public:
    /**
     * Prepares Exiv2 for use from several threads: initialises the XMP toolkit with a lock, enables the
     * BMFF (HEIF/AVIF) reader and routes Exiv2's log to the "byline.exiv2" category. Call once from
     * main() before any thread starts (Exiv2 samples/mt-test.cpp); later calls do nothing. Every read
     * calls it too, so a program that forgets cannot read with an unlocked XMP toolkit.
     */
    static void initialize();

    /**
     * While one lives, Exiv2's warnings on this thread go to @p into (not to a file being read): the
     * writers treat any warning as a failure, since Exiv2 warns when it leaves data out of what it writes.
     */
    class WarningCollector
    {
    public:
        explicit WarningCollector(QStringList &into);
        ~WarningCollector();
        WarningCollector(const WarningCollector &) = delete;
        WarningCollector &operator=(const WarningCollector &) = delete;

    private:
        QStringList *m_previous;
    };

    /** Exif and XMP of a JPEG, from its header bytes (SOI up to and including SOS). */
    [[nodiscard]] static ExtractedMetadata readJpegHeader(QByteArrayView header);

    /** The Exif values of TIFF-structured Exif bytes (a JPEG XL Exif box holds them so). */
    [[nodiscard]] static ExtractedMetadata readExif(QByteArrayView tiff);

    /**
     * Everything Exiv2 reads from a non-JPEG image file at @p nativePath (NativePath::encode). For a
     * @p cameraRaw file the pixel size is the sensor image's (the largest full-resolution IFD, or the Exif
     * pixel dimensions), not the first IFD's, which in most RAW formats is a small thumbnail.
     */
    [[nodiscard]] static ExtractedMetadata readFile(const QByteArray &nativePath, bool cameraRaw = false);

    /**
     * The Exif, IPTC, XMP and ICC of a non-JPEG image file at @p nativePath, whole, for an export to carry:
     * the Exif encoded again as a JPEG would hold it (Exiv2 leaves out what a JPEG cannot: SubIFDs,
     * strips, tags too large for one segment).
     */
    [[nodiscard]] static MetadataBlocks readBlocks(const QByteArray &nativePath);

    /** An embedded preview image (Exif thumbnail, maker-note or other previews Exiv2 knows). */
    struct Preview
    {
        QByteArray data;     // encoded, usually JPEG; empty when the file has none
        QSize size;          // as stored, before the main image's orientation is applied
        int orientation = 0; // the file's Exif orientation (1-8), which the preview shares; 0 when unknown
        bool failed = false; // the lookup itself failed (a helper crashed or ran out of time): no verdict on the file
    };

    /**
     * The smallest embedded preview whose longer edge is at least @p minEdge, or else the largest one
     * (a placeholder while the real thumbnail is made).
     */
    [[nodiscard]] static Preview readPreview(const QByteArray &nativePath, int minEdge);
    /**
     * The same for a JPEG, from its @p header (JpegStructure::readHeader): Exiv2 sees only the segments
     * that can hold previews (Exif and maker notes), as readJpegHeader() gives it.
     */
    [[nodiscard]] static Preview readJpegPreview(QByteArrayView header, int minEdge);

    /** The version of the Exiv2 library loaded at run time ("0.27.6"), for the About dialog. */
    [[nodiscard]] static QString libraryVersion();
};
