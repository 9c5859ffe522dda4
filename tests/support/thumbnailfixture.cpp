#include "thumbnailfixture.h"

#include "photofixture.h"
#include "waituntil.h"

#include "thumbnails/photoprovider.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QUrl>

#include <utility>

QImage marked(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width() / 2, size.height(), Qt::red);
    painter.fillRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height(), Qt::blue);
    painter.fillRect(0, 0, size.width(), size.height() / 5, Qt::green);
    return image;
}

QString markedJpeg(const QString &path, QSize size, int orientation, bool withPreview)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(95);
    REQUIRE(writer.write(marked(size)));
    MetadataWrite spec;
    spec.exif.orientation = orientation;
    if (withPreview) {
        QByteArray preview;
        QBuffer buffer(&preview);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(marked(size.scaled(160, 160, Qt::KeepAspectRatio)).save(&buffer, "JPEG", 90));
        spec.exifThumbnail = preview;
    }
    if (orientation > 0 || withPreview)
        PhotoFixture::write(path, spec);
    return path;
}

QColor colourAt(const QImage &image, double x, double y)
{
    return image.pixelColor(int(x * (image.width() - 1)), int(y * (image.height() - 1)));
}

bool sameColour(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) < 60 && qAbs(a.green() - b.green()) < 60 && qAbs(a.blue() - b.blue()) < 60;
}

bool sameOrientation(const QImage &thumbnail, const QImage &reference)
{
    if ((thumbnail.width() > thumbnail.height()) != (reference.width() > reference.height()))
        return false;
    // The corners: green, green, red, blue as painted; every orientation puts them elsewhere.
    for (const auto &[x, y] :
         {std::pair{0.03, 0.03}, std::pair{0.97, 0.03}, std::pair{0.03, 0.97}, std::pair{0.97, 0.97}}) {
        if (!sameColour(colourAt(thumbnail, x, y), colourAt(reference, x, y)))
            return false;
    }
    return true;
}

QImage fullUpright(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read();
}

QString idOf(const QString &path, bool placeholder)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path)) +
           (placeholder ? QStringLiteral("?placeholder") : QString());
}

Request request(ThumbnailProvider &provider, const QString &path, int edge, bool placeholder)
{
    Request result;
    result.response.reset(provider.requestImageResponse(idOf(path, placeholder), QSize(edge, edge)));
    const auto *response = static_cast<ThumbnailResponse *>(result.response.get());
    REQUIRE(waitUntil([response] { return response->isDone(); }, 20000));
    result.image = response->image();
    return result;
}

QString problemOf(const Request &request)
{
    return static_cast<ThumbnailResponse *>(request.response.get())->problem();
}

PhotoRequest requestPhoto(PhotoProvider &provider, const QString &path, QSize box)
{
    PhotoRequest result;
    result.response.reset(static_cast<PhotoResponse *>(provider.requestImageResponse(idOf(path), box)));
    const PhotoResponse *response = result.response.get();
    REQUIRE(waitUntil([response] { return response->isDone(); }, 20000));
    result.image = response->image();
    return result;
}
