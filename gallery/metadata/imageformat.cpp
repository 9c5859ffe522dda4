#include "imageformat.h"

#include "textdecoding.h"

#include <QFileInfo>
#include <QHash>

namespace {

bool startsWith(QByteArrayView header, QByteArrayView magic, qsizetype at = 0)
{
    return header.size() >= at + magic.size() && header.sliced(at, magic.size()) == magic;
}

// ISO base media files (HEIF, AVIF, and also MP4/QuickTime video) say what they are in the 'ftyp' box.
ImageFormat::Kind isoBrand(QByteArrayView header)
{
    if (!startsWith(header, "ftyp", 4) || header.size() < 12)
        return ImageFormat::Kind::Unknown;
    const QByteArrayView brand = header.sliced(8, 4);
    if (brand == "avif" || brand == "avis")
        return ImageFormat::Kind::Avif;
    if (brand == "heic" || brand == "heix" || brand == "heim" || brand == "heis" || brand == "mif1" || brand == "msf1")
        return ImageFormat::Kind::Heif;
    return ImageFormat::Kind::Unknown; // video and other containers are not photos
}

// RAW formats that are TIFF files, known by their names: Nikon, Sony, Adobe DNG, Pentax, Samsung, Hasselblad,
// Epson, Kodak, Leaf, Mamiya, Phase One (current IIQ), Canon CR2 without its signature (the name, lower-case, is
// the format's name).
const char *tiffRawName(const QString &suffix)
{
    static const char *const s_names[] = {"nef", "nrw", "arw", "srf", "sr2", "dng", "pef", "srw", "3fr",
                                          "fff", "erf", "kdc", "dcr", "mos", "mef", "cr2", "iiq"};
    for (const char *name : s_names) {
        if (suffix == QLatin1String(name))
            return name;
    }
    return nullptr;
}

} // namespace

ImageFormat ImageFormat::cameraRaw(QByteArrayView header)
{
    using K = Kind;
    if (startsWith(header, QByteArrayView("IIU\0", 4)))
        return ImageFormat(K::CameraRaw, "rw2"); // Panasonic (and Leica's .rwl)
    if (startsWith(header, "IIRO") || startsWith(header, "IIRS") || startsWith(header, "MMOR"))
        return ImageFormat(K::CameraRaw, "orf");
    if (startsWith(header, "FUJIFILMCCD-RAW"))
        return ImageFormat(K::CameraRaw, "raf");
    if (startsWith(header, "ftypcrx ", 4))
        return ImageFormat(K::CameraRaw, "cr3");
    if (startsWith(header, QByteArrayView("\0MRM", 4)))
        return ImageFormat(K::CameraRaw, "mrw");
    if ((startsWith(header, QByteArrayView("II*\0", 4)) || startsWith(header, QByteArrayView("MM\0*", 4))) &&
        startsWith(header, QByteArrayView("CR\2\0", 4), 8))
        return ImageFormat(K::CameraRaw, "cr2");
    return ImageFormat(K::Unknown);
}

ImageFormat ImageFormat::identify(QByteArrayView header, const QString &fileName)
{
    const ImageFormat sniffed = sniff(header);
    if (sniffed.kind() == Kind::Tiff) {
        if (const char *raw = tiffRawName(QFileInfo(fileName).suffix().toLower()))
            return ImageFormat(Kind::CameraRaw, raw);
    }
    return sniffed;
}

ImageFormat ImageFormat::sniff(QByteArrayView header)
{
    using K = Kind;
    if (startsWith(header, "\xFF\xD8\xFF"))
        return ImageFormat(K::Jpeg);
    if (const ImageFormat raw = cameraRaw(header); raw.isImage())
        return raw;
    if (startsWith(header, "\x89PNG\r\n\x1A\n"))
        return ImageFormat(K::Png);
    if (startsWith(header, "GIF87a") || startsWith(header, "GIF89a"))
        return ImageFormat(K::Gif);
    if (startsWith(header, QByteArrayView("II*\0", 4)) || startsWith(header, QByteArrayView("MM\0*", 4)) ||
        startsWith(header, QByteArrayView("II+\0", 4)) || startsWith(header, QByteArrayView("MM\0+", 4)))
        return ImageFormat(K::Tiff);
    if (startsWith(header, "RIFF") && startsWith(header, "WEBP", 8))
        return ImageFormat(K::WebP);
    if (startsWith(header, "BM") && header.size() >= 14)
        return ImageFormat(K::Bmp);
    if (const Kind brand = isoBrand(header); brand != K::Unknown)
        return ImageFormat(brand);
    if (startsWith(header, QByteArrayView("\0\0\0\x0CjP  \r\n\x87\n", 12)) || startsWith(header, "\xFF\x4F\xFF\x51"))
        return ImageFormat(K::Jpeg2000);
    if (startsWith(header, "\xFF\x0A") || startsWith(header, QByteArrayView("\0\0\0\x0CJXL \r\n\x87\n", 12)))
        return ImageFormat(K::JpegXl);
    if (startsWith(header, "8BPS"))
        return ImageFormat(K::Psd);
    if (header.size() >= 3 && header[0] == 'P' && header[1] >= '1' && header[1] <= '6' && QChar(header[2]).isSpace())
        return ImageFormat(K::Pnm);
    if (startsWith(header, QByteArrayView("\0\0\1\0", 4)))
        return ImageFormat(K::Ico);
    return ImageFormat(K::Unknown);
}

ImageFormat ImageFormat::fromExtension(const QString &fileName)
{
    using K = Kind;
    static const QHash<QString, Kind> s_extensions = {
        {"jpg", K::Jpeg},   {"jpeg", K::Jpeg}, {"jpe", K::Jpeg},  {"jfif", K::Jpeg},    {"png", K::Png},
        {"gif", K::Gif},    {"tif", K::Tiff},  {"tiff", K::Tiff}, {"webp", K::WebP},    {"bmp", K::Bmp},
        {"heic", K::Heif},  {"heif", K::Heif}, {"avif", K::Avif}, {"jp2", K::Jpeg2000}, {"j2k", K::Jpeg2000},
        {"jxl", K::JpegXl}, {"psd", K::Psd},   {"psb", K::Psd},   {"pbm", K::Pnm},      {"pgm", K::Pnm},
        {"ppm", K::Pnm},    {"pnm", K::Pnm},   {"ico", K::Ico},
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (const char *raw = tiffRawName(suffix))
        return ImageFormat(K::CameraRaw, raw);
    static const QHash<QString, const char *> s_rawNames = {
        {"cr3", "cr3"}, {"rw2", "rw2"}, {"raw", "rw2"}, {"rwl", "rw2"}, {"orf", "orf"}, {"raf", "raf"}, {"mrw", "mrw"},
    };
    if (const char *raw = s_rawNames.value(suffix))
        return ImageFormat(K::CameraRaw, raw);
    return ImageFormat(s_extensions.value(suffix, K::Unknown));
}

QString ImageFormat::name() const
{
    switch (m_kind) {
    case Kind::Unknown:
        return {};
    case Kind::Jpeg:
        return QStringLiteral("jpeg");
    case Kind::Png:
        return QStringLiteral("png");
    case Kind::Gif:
        return QStringLiteral("gif");
    case Kind::Tiff:
        return QStringLiteral("tiff");
    case Kind::WebP:
        return QStringLiteral("webp");
    case Kind::Bmp:
        return QStringLiteral("bmp");
    case Kind::Heif:
        return QStringLiteral("heif");
    case Kind::Avif:
        return QStringLiteral("avif");
    case Kind::Jpeg2000:
        return QStringLiteral("jp2");
    case Kind::JpegXl:
        return QStringLiteral("jxl");
    case Kind::Psd:
        return QStringLiteral("psd");
    case Kind::Pnm:
        return QStringLiteral("pnm");
    case Kind::Ico:
        return QStringLiteral("ico");
    case Kind::CameraRaw:
        return QString::fromLatin1(m_raw);
    }
    return {};
}

bool ImageFormat::hasExiv2Metadata() const
{
    switch (m_kind) {
    case Kind::Jpeg:
    case Kind::Png:
    case Kind::Tiff:
    case Kind::WebP:
    case Kind::Heif:
    case Kind::Avif:
    case Kind::Jpeg2000:
    case Kind::Psd:
    case Kind::CameraRaw:
        return true;
    default:
        return false;
    }
}

QString ImageFormat::describeNonImage(QByteArrayView header)
{
    if (header.isEmpty())
        return QStringLiteral("an empty file");
    if (startsWith(header, "%PDF"))
        return QStringLiteral("a PDF document");
    if (startsWith(header, "PK\x03\x04"))
        return QStringLiteral("a ZIP archive");
    if (startsWith(header, "ftyp", 4))
        return QStringLiteral("a video or other ISO media container");
    if (startsWith(header, "<?xml") || startsWith(header, "<x:xmpmeta"))
        return QStringLiteral("XML text");
    if (!header.contains('\0') && TextDecoding::isValidUtf8(header.first(header.size() - (header.size() > 3 ? 3 : 0))))
        return QStringLiteral("text");
    return QStringLiteral("data in no known image format");
}
