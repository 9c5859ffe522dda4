#pragma once

#include <QByteArray>
#include <QString>

/**
 * An image file's real format, told from its first bytes rather than its name: a PNG named .jpg is a PNG,
 * and a text file named .jpg is not an image. Only formats recognised here are handed to Exiv2, which
 * keeps its video and container parsers away from files that merely claim to be photos.
 */
class ImageFormat
{
public:
    enum class Kind
    {
        Unknown,
        Jpeg,
        Png,
        Gif,
        Tiff,
        WebP,
        Bmp,
        Heif,
        Avif,
        Jpeg2000,
        JpegXl,
        Psd,
        Pnm,
        Ico,
        CameraRaw, // shown from its largest embedded preview, never decoded; name() says which ("nef", "cr3", ...)
    };

    /** Bytes needed to tell every supported format apart. */
    static constexpr qsizetype s_sniffSize = 32;

    [[nodiscard]] static ImageFormat sniff(QByteArrayView header);
    /**
     * sniff(), then told apart by name where content alone cannot: most camera RAW formats (NEF, ARW, DNG,
     * PEF, SRW, ...) are TIFF files, and a TIFF named as one of them is taken for it.
     */
    [[nodiscard]] static ImageFormat identify(QByteArrayView header, const QString &fileName);
    /** The format usually meant by a file name's extension (case-insensitive). */
    [[nodiscard]] static ImageFormat fromExtension(const QString &fileName);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isImage() const { return m_kind != Kind::Unknown; }
    /** HEIF or AVIF: both HEIF containers, read and decoded through libheif. */
    [[nodiscard]] bool isHeif() const { return m_kind == Kind::Heif || m_kind == Kind::Avif; }
    /**
     * Whether the format turns its picture itself (HEIF's irot and imir, the JPEG XL codestream's
     * orientation), which its readers follow instead of any Exif Orientation in the file.
     */
    [[nodiscard]] bool hasOwnOrientation() const { return isHeif() || m_kind == Kind::JpegXl; }
    [[nodiscard]] bool isCameraRaw() const { return m_kind == Kind::CameraRaw; }
    /** Lower-case short name: "jpeg", "png", "tiff", ...; empty when unknown. */
    [[nodiscard]] QString name() const;
    /** Whether Exiv2 0.27 reads metadata from this format. */
    [[nodiscard]] bool hasExiv2Metadata() const;
    /** A short description of content that is not an image ("text", "a PDF document", ...). */
    [[nodiscard]] static QString describeNonImage(QByteArrayView header);

    friend bool operator==(ImageFormat a, ImageFormat b)
    {
        return a.m_kind == b.m_kind && (a.m_kind != Kind::CameraRaw || a.name() == b.name());
    }

private:
    explicit ImageFormat(Kind kind, const char *raw = nullptr) : m_kind(kind), m_raw(raw) {}
    [[nodiscard]] static ImageFormat cameraRaw(QByteArrayView header);

    Kind m_kind = Kind::Unknown;
    const char *m_raw = nullptr; // the RAW format's short name, a literal
};
