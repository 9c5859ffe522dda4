#pragma once

#include "metadata/metadatawriter.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

/**
 * Builds real image files for tests: pixels through Qt's writers, metadata through MetadataWriter
 * (Exiv2) or byte by byte for the damaged cases. Each helper REQUIREs its own success, so a test never
 * runs on a fixture that was not made.
 */
namespace PhotoFixture {

/** A small JPEG (a gradient, so it compresses like a photo) at @p path; returns the path. */
QString jpeg(const QString &path, QSize size = {64, 48});
/** A PNG, optionally with a "Description" text chunk. */
QString png(const QString &path, QSize size = {64, 48}, const QString &description = {});
/** An image in any format Qt writes ("tiff", "webp", ...). */
QString image(const QString &path, const char *format, QSize size = {64, 48});

/** Writes @p spec with MetadataWriter and requires it to succeed. */
void write(const QString &path, const MetadataWrite &spec);
/** A JPEG with only the given stores set; convenience over write(). */
QString jpegWith(const QString &path, const MetadataWrite &spec, QSize size = {64, 48});

/** An XMP packet with the given properties; each entry is a complete property element. */
QByteArray xmpPacket(const QStringList &properties);
QString langAlt(const QString &property, const QList<QPair<QString, QString>> &alternatives);
QString simpleProperty(const QString &property, const QString &value);
QString seqProperty(const QString &property, const QStringList &items);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace PhotoFixture
