#include "thumbnaildiskcache.h"

#include <QColorSpace>
#include <QDateTime>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
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

// The spec puts each program's failure records in its own folder, named after the program and its version.
const QString s_failFolder = QStringLiteral("fail/byline-1.0");

// The spec: "the permissions of the thumbnail directories should be 700" and of the files 600, because a
// thumbnail shows what a private file contains.
constexpr QFile::Permissions s_folderPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions s_filePermissions = QFile::ReadOwner | QFile::WriteOwner;

constexpr int s_pngCompressionLevel = 1;

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

// The thumbnail's pixels without the text or colour space of the image it came from: a source's comments
// must not leak into a shared cache, and viewers treat an untagged PNG as sRGB.
QImage plainSrgbCopy(QImage image)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    return QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format())
        .copy();
}

bool writePng(const QString &folderRoot, const QString &relativeFolder, const QString &path,
              const QImage &image)
{
    if (!makePrivateFolders(folderRoot, relativeFolder))
        return false;
    // A temporary file beside the target, renamed over it when complete, so a reader in another process
    // never sees half a PNG. Not QSaveFile: it fdatasync()s every file (2 ms each here, a tenth of a
    // thumbnail's cost), and a cache entry lost in a power cut is only made again.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX.tmp"));
    if (!file.open())
        return false;
    QImageWriter writer(&file, "png");
    // zlib's fastest level: at the default level (6) deflating a 256-px thumbnail cost as much as a third
    // of a 12 MP scaled decode, for files only ~15 % smaller; a cache entry is read far more often
    // than written, and inflating does not get slower.
    writer.setCompression(s_pngCompressionLevel);
    if (!writer.write(image) || !file.setPermissions(s_filePermissions) || !file.flush())
        return false; // the temporary file removes itself
    file.close();
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error)
        return false;
    file.setAutoRemove(false); // renamed: there is nothing left to remove under its old name
    return true;
}

// The image at @p path when its chunks name @p uri and @p mtimeSecs, else a null image.
QImage readMatching(const QString &path, const QString &uri, qint64 mtimeSecs)
{
    QImageReader reader(path, "png");
    QImage image;
    if (!reader.read(&image))
        return {};
    bool ok = false;
    const qint64 storedMtime = image.text(s_mtimeKey).toLongLong(&ok);
    if (!ok || storedMtime != mtimeSecs || image.text(s_uriKey) != uri)
        return {};
    return image;
}

} // namespace

ThumbnailDiskCache::ThumbnailDiskCache(const QString &root)
    : m_root(root)
{}

QString ThumbnailDiskCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/thumbnails");
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
    return QString::fromLatin1(QUrl::fromLocalFile(absolutePath).toEncoded());
}

QString ThumbnailDiskCache::pathFor(const QString &absolutePath, Flavor flavor) const
{
    return m_root + QLatin1Char('/') + folderOf(flavor) + QLatin1Char('/') + md5FileName(uriOf(absolutePath));
}

QString ThumbnailDiskCache::failPathFor(const QString &absolutePath) const
{
    return m_root + QLatin1Char('/') + s_failFolder + QLatin1Char('/') + md5FileName(uriOf(absolutePath));
}

QImage ThumbnailDiskCache::load(const QString &absolutePath, qint64 mtimeSecs, Flavor flavor) const
{
    return readMatching(pathFor(absolutePath, flavor), uriOf(absolutePath), mtimeSecs);
}

bool ThumbnailDiskCache::store(const QString &absolutePath, qint64 mtimeSecs, Flavor flavor,
                               const QImage &thumbnail, qint64 fileSize, QSize original)
{
    if (thumbnail.isNull())
        return false;
    const int edge = static_cast<int>(flavor);
    QImage image = thumbnail.width() > edge || thumbnail.height() > edge
                       ? thumbnail.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                       : thumbnail;
    image = plainSrgbCopy(image);
    image.setText(s_uriKey, uriOf(absolutePath));
    image.setText(s_mtimeKey, QString::number(mtimeSecs));
    if (fileSize > 0)
        image.setText(QStringLiteral("Thumb::Size"), QString::number(fileSize));
    if (original.width() > 0 && original.height() > 0) {
        image.setText(QStringLiteral("Thumb::Image::Width"), QString::number(original.width()));
        image.setText(QStringLiteral("Thumb::Image::Height"), QString::number(original.height()));
    }
    image.setText(QStringLiteral("Software"), QStringLiteral("Byline"));
    return writePng(m_root, folderOf(flavor), pathFor(absolutePath, flavor), image);
}

bool ThumbnailDiskCache::markFailed(const QString &absolutePath, qint64 mtimeSecs)
{
    QImage marker(1, 1, QImage::Format_ARGB32);
    marker.fill(Qt::transparent);
    marker.setText(s_uriKey, uriOf(absolutePath));
    marker.setText(s_mtimeKey, QString::number(mtimeSecs));
    marker.setText(QStringLiteral("Software"), QStringLiteral("Byline"));
    return writePng(m_root, s_failFolder, failPathFor(absolutePath), marker);
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

bool ThumbnailDiskCache::hasFailed(const QString &absolutePath, qint64 mtimeSecs) const
{
    return !readMatching(failPathFor(absolutePath), uriOf(absolutePath), mtimeSecs).isNull();
}
