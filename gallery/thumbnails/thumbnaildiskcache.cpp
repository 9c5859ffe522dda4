#include "thumbnaildiskcache.h"

#include "thumbnailpng.h"

#include "metadata/nativepath.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <filesystem>

namespace {

// The spec's key names. They must be set with QImage::setText and read with QImage::text: Qt 6.4's
// QImageWriter::setText and QImageReader::text split "key: value" pairs at the first ':', which turns
// "Thumb::URI" into a key "Thumb" that no other reader would find.
const QString s_uriKey = QStringLiteral("Thumb::URI");
const QString s_mtimeKey = QStringLiteral("Thumb::MTime");
const QString s_sizeKey = QStringLiteral("Thumb::Size");
// Byline's own: the file's change stamp (mtime, ctime, inode), which tells a file replaced by another of
// the same size and mtime; entries other programs wrote lack it and are checked as the spec says.
const QString s_stampKey = QStringLiteral("Byline::Stamp");

// Byline's own key in a failure record: why the file could not be thumbnailed, for its error tile.
const QByteArray s_reasonKey = QByteArrayLiteral("Byline::Reason");
constexpr qsizetype s_maxReasonChars = 300;

// The spec puts each program's failure records in its own folder, named after the program and its version.
// Versioned with what Byline can decode and how it says why not: 1.1 shows HEIF, AVIF, JPEG XL, camera RAW and
// Photoshop files, so 1.0's failures for them do not stand; 1.2 gives an empty or non-image file's reason in
// the metadata reader's words, which 1.1's stored records do not.
const QString s_failFolder = QStringLiteral("fail/byline-1.2");

// The spec: "the permissions of the thumbnail directories should be 700" and of the files 600, because a
// thumbnail shows what a private file contains.
constexpr QFile::Permissions s_folderPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions s_filePermissions = QFile::ReadOwner | QFile::WriteOwner;

QString folderOf(ThumbnailDiskCache::Flavor flavor)
{
    switch (flavor) {
    case ThumbnailDiskCache::Flavor::Normal:
        return QStringLiteral("normal");
    case ThumbnailDiskCache::Flavor::Large:
        return QStringLiteral("large");
    case ThumbnailDiskCache::Flavor::XLarge:
        return QStringLiteral("x-large");
    case ThumbnailDiskCache::Flavor::XXLarge:
        return QStringLiteral("xx-large");
    }
    return QStringLiteral("normal");
}

QString md5FileName(const QString &uri)
{
    return QString::fromLatin1(QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Md5).toHex()) +
           QStringLiteral(".png");
}

// Creates root and the folders of @p relative below it, each with 0700; folders that exist are left alone
// (a file manager may have made them). Tolerates another thread creating the same folder at the same time.
bool makePrivateFolders(const QString &root, const QString &relative)
{
    if (!QDir().mkpath(QFileInfo(root).absolutePath()))
        return false;
    QString path = root;
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = -1; i < parts.size(); ++i) {
        if (i >= 0)
            path += QLatin1Char('/') + parts.at(i);
        if (!QDir().mkdir(path, s_folderPermissions) && !QFileInfo(path).isDir())
            return false;
    }
    return true;
}

// Viewers treat an untagged PNG as sRGB. (ThumbnailPng writes only the chunks it is given, so no text
// of the source photo reaches the shared cache.)
QImage inSrgb(QImage image)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    return image;
}

bool writePng(const QString &folderRoot, const QString &relativeFolder, const QString &path, const QImage &image,
              const ThumbnailPng::TextChunks &text)
{
    if (!makePrivateFolders(folderRoot, relativeFolder))
        return false;
    // A temporary file beside the target, renamed over it when complete, so a reader in another process
    // never sees half a PNG. Not QSaveFile: it fdatasync()s every file (2 ms each here, a tenth of a
    // thumbnail's cost), and a cache entry lost in a power cut is only made again.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX.tmp"));
    if (!file.open())
        return false;
    if (!ThumbnailPng::write(file, image, text).isEmpty() || !file.setPermissions(s_filePermissions) || !file.flush())
        return false; // the temporary file removes itself
    file.close();
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(), QFile::encodeName(path).toStdString(),
                            error);
    if (error)
        return false;
    file.setAutoRemove(false); // renamed: there is nothing left to remove under its old name
    return true;
}

// The chunks that tie an entry to its file: the spec's required pair, then what this writer adds.
ThumbnailPng::TextChunks identity(const QString &absolutePath, qint64 mtimeSecs)
{
    return {{s_uriKey.toLatin1(), ThumbnailDiskCache::uriOf(absolutePath).toLatin1()},
            {s_mtimeKey.toLatin1(), QByteArray::number(mtimeSecs)}};
}

// The image at @p path when its chunks name @p uri and @p mtimeSecs, and @p fileSize when both the
// entry and the caller know one, else a null image. The size catches a file replaced by one with the
// same modification time (cp -p, touch -r, tools that set it to the capture date), which the spec's
// seconds alone would take for the old file.
QImage readMatching(const QString &path, const QString &uri, qint64 mtimeSecs, qint64 fileSize, qint64 stamp)
{
    QImageReader reader(path, "png");
    QImage image;
    if (!reader.read(&image))
        return {};
    bool ok = false;
    const qint64 storedMtime = image.text(s_mtimeKey).toLongLong(&ok);
    if (!ok || storedMtime != mtimeSecs || image.text(s_uriKey) != uri)
        return {};
    if (const QString storedSize = image.text(s_sizeKey);
        fileSize >= 0 && !storedSize.isEmpty() && storedSize.toLongLong() != fileSize)
        return {};
    if (const QString storedStamp = image.text(s_stampKey);
        stamp != 0 && !storedStamp.isEmpty() && storedStamp.toLongLong() != stamp)
        return {};
    return image;
}

} // namespace

ThumbnailDiskCache::ThumbnailDiskCache(const QString &root) : m_root(root) {}

QString ThumbnailDiskCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/thumbnails");
}

ThumbnailDiskCache::Flavor ThumbnailDiskCache::flavorFor(int requestedEdge)
{
    for (const Flavor flavor : {Flavor::Normal, Flavor::Large, Flavor::XLarge}) {
        if (requestedEdge <= static_cast<int>(flavor))
            return flavor;
    }
    return Flavor::XXLarge;
}

QString ThumbnailDiskCache::uriOf(const QString &absolutePath)
{
    // The file's bytes, %-encoded, as GLib and the other freedesktop thumbnailers write it: a name that is
    // not UTF-8 gets its own entry (QUrl would make it U+FFFD, so two such names would share a thumbnail).
    return QString::fromLatin1(NativePath::fileUri(absolutePath));
}

QString ThumbnailDiskCache::pathFor(const QString &absolutePath, Flavor flavor) const
{
    return m_root + QLatin1Char('/') + folderOf(flavor) + QLatin1Char('/') + md5FileName(uriOf(absolutePath));
}

QString ThumbnailDiskCache::failPathFor(const QString &absolutePath) const
{
    return m_root + QLatin1Char('/') + s_failFolder + QLatin1Char('/') + md5FileName(uriOf(absolutePath));
}

QImage ThumbnailDiskCache::load(const QString &absolutePath, qint64 mtimeSecs, Flavor flavor, qint64 fileSize,
                                qint64 stamp) const
{
    return readMatching(pathFor(absolutePath, flavor), uriOf(absolutePath), mtimeSecs, fileSize, stamp);
}

bool ThumbnailDiskCache::store(const QString &absolutePath, qint64 mtimeSecs, Flavor flavor, const QImage &thumbnail,
                               qint64 fileSize, QSize original, qint64 stamp)
{
    if (thumbnail.isNull())
        return false;
    const int edge = static_cast<int>(flavor);
    const QImage image = thumbnail.width() > edge || thumbnail.height() > edge
                             ? thumbnail.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : thumbnail;
    ThumbnailPng::TextChunks text = identity(absolutePath, mtimeSecs);
    if (fileSize > 0)
        text.append({s_sizeKey.toLatin1(), QByteArray::number(fileSize)});
    if (stamp != 0)
        text.append({s_stampKey.toLatin1(), QByteArray::number(stamp)});
    if (original.width() > 0 && original.height() > 0) {
        text.append({"Thumb::Image::Width", QByteArray::number(original.width())});
        text.append({"Thumb::Image::Height", QByteArray::number(original.height())});
    }
    text.append({QByteArrayLiteral("Software"), QByteArrayLiteral("Byline")});
    return writePng(m_root, folderOf(flavor), pathFor(absolutePath, flavor), inSrgb(image), text);
}

bool ThumbnailDiskCache::markFailed(const QString &absolutePath, qint64 mtimeSecs, const QString &reason,
                                    qint64 fileSize, qint64 stamp)
{
    QImage marker(1, 1, QImage::Format_ARGB32);
    marker.fill(Qt::transparent);
    ThumbnailPng::TextChunks text = identity(absolutePath, mtimeSecs);
    if (fileSize >= 0)
        text.append({s_sizeKey.toLatin1(), QByteArray::number(fileSize)});
    if (stamp != 0)
        text.append({s_stampKey.toLatin1(), QByteArray::number(stamp)});
    text.append({QByteArrayLiteral("Software"), QByteArrayLiteral("Byline")});
    // So the error tile can say why without decoding the file again; percent-encoded, as tEXt is Latin-1.
    if (!reason.isEmpty())
        text.append({s_reasonKey, QUrl::toPercentEncoding(reason.left(s_maxReasonChars), " /:,()'")});
    return writePng(m_root, s_failFolder, failPathFor(absolutePath), marker, text);
}

int ThumbnailDiskCache::removeAbandonedTemporaries(std::chrono::seconds age) const
{
    static const QRegularExpression ours(QStringLiteral("^[0-9a-f]{32}\\.png\\.[A-Za-z0-9]{6}\\.tmp$"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-age.count());
    int removed = 0;
    for (const QString &folder : {folderOf(Flavor::Normal), folderOf(Flavor::Large), folderOf(Flavor::XLarge),
                                  folderOf(Flavor::XXLarge), s_failFolder}) {
        const QDir dir(m_root + QLatin1Char('/') + folder);
        const QFileInfoList candidates = dir.entryInfoList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
        for (const QFileInfo &file : candidates) {
            if (ours.match(file.fileName()).hasMatch() && file.lastModified() < before &&
                QFile::remove(file.filePath()))
                ++removed;
        }
    }
    return removed;
}

std::optional<QString> ThumbnailDiskCache::failure(const QString &absolutePath, qint64 mtimeSecs, qint64 fileSize,
                                                   qint64 stamp) const
{
    const QImage marker = readMatching(failPathFor(absolutePath), uriOf(absolutePath), mtimeSecs, fileSize, stamp);
    if (marker.isNull())
        return std::nullopt;
    return QUrl::fromPercentEncoding(marker.text(QString::fromLatin1(s_reasonKey)).toLatin1());
}
