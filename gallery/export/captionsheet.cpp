#include "captionsheet.h"

#include "credits/attributedcaption.h"
#include "imaging/photodecoder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QUrl>

namespace {

const char *const s_style = R"(
  body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 2rem; line-height: 1.2; margin-bottom: .5rem; }
  .intro { font-size: 1.1rem; color: #333; }
  figure { margin: 2.5rem 0; }
  figure img { display: block; max-width: 100%; height: auto; background: #eee; }
  figcaption { margin-top: .5rem; }
  .credit { font: 600 .85rem/1.4 Helvetica, Arial, sans-serif; color: #555; margin-left: .25rem; }
  .file { font: .75rem/1.4 Menlo, Consolas, monospace; color: #777; display: block; }
  footer { margin-top: 3rem; font: .8rem Helvetica, Arial, sans-serif; color: #777; }
  @media print {
    body { max-width: none; margin: 0; font-size: 11pt; color: #000; }
    figure { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.5rem; }
    figure img { max-height: 60vh; width: auto; }
    a { color: inherit; text-decoration: none; }
    .credit, .file, footer { color: #000; }
  }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// The exported file the sheet shows: the resized copy (what goes on a page), else the original.
const ExportReport::Output *shown(const ExportReport::Photo &photo)
{
    const ExportReport::Output *resized = photo.output(ExportReport::Output::Kind::Resized);
    return resized ? resized : photo.output(ExportReport::Output::Kind::Original);
}

// A relative link that survives any character a file name may hold ('#', '?', '%', spaces).
QString relativeUrl(const QString &relativePath)
{
    QStringList segments;
    for (const QString &segment : relativePath.split(u'/'))
        segments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    return segments.join(u'/');
}

QString imageSource(const ExportReport::Photo &photo, const QString &relativePath)
{
    if (!photo.sheetThumbnail.isEmpty())
        return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(photo.sheetThumbnail.toBase64());
    return relativeUrl(relativePath);
}

QString figure(const ExportReport::Photo &photo, const QDir &destination, const HouseStyle &house)
{
    const ExportReport::Output *output = shown(photo);
    const QString relative = destination.relativeFilePath(output->path);
    const QString link = relativeUrl(relative).toHtmlEscaped();
    const QString creditLine = house.line(photo.record.credit);
    QString caption = AttributedCaption::compose(photo.record.caption, photo.record.credit, creditLine);
    if (!creditLine.isEmpty() && caption.endsWith(creditLine))
        caption.chop(creditLine.size());
    QString html = QStringLiteral("<figure>\n  <a href=\"%1\"><img src=\"%2\" alt=\"%3\"></a>\n  <figcaption>")
                       .arg(link, imageSource(photo, relative).toHtmlEscaped(), photo.record.caption.toHtmlEscaped());
    html += escaped(caption.trimmed());
    if (!creditLine.isEmpty())
        html += QStringLiteral(" <span class=\"credit\">%1</span>").arg(escaped(creditLine));
    html += QStringLiteral("<span class=\"file\">%1</span></figcaption>\n</figure>\n").arg(relative.toHtmlEscaped());
    return html;
}

} // namespace

QByteArray CaptionSheet::html(const QList<ExportReport::Photo> &photos, const QDir &destination, const QString &title,
                              const QString &intro, const HouseStyle &house)
{
    const QString heading = title.trimmed().isEmpty() ? QStringLiteral("Photos") : title.trimmed();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                       .arg(heading.toHtmlEscaped(), QString::fromUtf8(s_style));
    if (!intro.trimmed().isEmpty()) {
        for (const QString &paragraph : intro.trimmed().split(QStringLiteral("\n\n")))
            html += QStringLiteral("<p class=\"intro\">%1</p>\n").arg(escaped(paragraph.trimmed()));
    }
    int count = 0;
    for (const ExportReport::Photo &photo : photos) {
        if (!shown(photo))
            continue;
        html += figure(photo, destination, house);
        ++count;
    }
    html += QStringLiteral("<footer>%1 photos. Exported with Byline.</footer>\n</body>\n</html>\n").arg(count);
    return html.toUtf8();
}

QByteArray CaptionSheet::thumbnail(const QString &path)
{
    const DecodedPhoto result = PhotoDecoder::fitted(path, QSize(s_thumbnailEdge, s_thumbnailEdge));
    if (result.image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(80);
    return writer.write(result.image) ? bytes : QByteArray();
}
