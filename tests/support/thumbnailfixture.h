#pragma once

#include "thumbnails/photoresponse.h"

#include <QColor>
#include <QImage>
#include <QQuickImageResponse>
#include <QSize>
#include <QString>

#include <memory>

class PhotoProvider;
class ThumbnailProvider;

// What the thumbnail and photo provider tests share: marked test pictures, orientation checks and
// requests to the providers, waited for.

/** Left half red, right half blue, a green band at the top: every orientation looks different. */
QImage marked(QSize size);
/** A JPEG of marked() at @p path, with an Exif orientation and a 160-px Exif preview if asked; returns the path. */
QString markedJpeg(const QString &path, QSize size, int orientation = 0, bool withPreview = false);

/** The colour at a relative position, to compare orientations between differently sized images. */
QColor colourAt(const QImage &image, double x, double y);
bool sameColour(QColor a, QColor b);
bool sameOrientation(const QImage &thumbnail, const QImage &reference);
/** The whole picture at @p path, turned upright by Qt. */
QImage fullUpright(const QString &path);

struct Request
{
    std::unique_ptr<QQuickImageResponse> response;
    QImage image;
};

/** The id a provider is asked for: the percent-encoded path, "?placeholder" if @p placeholder. */
QString idOf(const QString &path, bool placeholder = false);
/** Asks @p provider for @p path at @p edge and waits until it is done. */
Request request(ThumbnailProvider &provider, const QString &path, int edge, bool placeholder = false);
QString problemOf(const Request &request);

struct PhotoRequest
{
    std::unique_ptr<PhotoResponse> response;
    QImage image;
};

/** Asks @p provider for @p path fitted to @p box and waits until it is done. */
PhotoRequest requestPhoto(PhotoProvider &provider, const QString &path, QSize box);
