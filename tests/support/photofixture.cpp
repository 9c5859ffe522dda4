#include "photofixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace {

QImage gradient(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(20, 40, 110));
    sky.setColorAt(1, QColor(240, 150, 80));
    painter.fillRect(image.rect(), sky);
    painter.fillRect(QRect(size.width() / 2, 0, 2, size.height()), Qt::white);
    return image;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

namespace PhotoFixture {

QString jpeg(const QString &path, QSize size)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(85);
    REQUIRE(writer.write(gradient(size)));
    return path;
}

QString png(const QString &path, QSize size, const QString &description)
{
    QImageWriter writer(path, "png");
    if (!description.isNull())
        writer.setText(QStringLiteral("Description"), description);
    REQUIRE(writer.write(gradient(size)));
    return path;
}

QString image(const QString &path, const char *format, QSize size)
{
    QImageWriter writer(path, format);
    REQUIRE(writer.write(gradient(size)));
    return path;
}

void write(const QString &path, const MetadataWrite &spec)
{
    const QString error = MetadataWriter::write(path, spec);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

QString jpegWith(const QString &path, const MetadataWrite &spec, QSize size)
{
    jpeg(path, size);
    write(path, spec);
    return path;
}

QByteArray xmpPacket(const QStringList &properties)
{
    const QString packet = QStringLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                                          " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                                          "  <rdf:Description rdf:about=\"\"\n"
                                          "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                                          "    xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\"\n"
                                          "    xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\"\n"
                                          "    xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"\n"
                                          "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                                          "    xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\"\n"
                                          "    xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">\n"
                                          "%1"
                                          "  </rdf:Description>\n"
                                          " </rdf:RDF>\n"
                                          "</x:xmpmeta>\n"
                                          "<?xpacket end=\"w\"?>\n")
                               .arg(properties.join(QString()));
    return packet.toUtf8();
}

QString langAlt(const QString &property, const QList<QPair<QString, QString>> &alternatives)
{
    QString items;
    for (const auto &[lang, text] : alternatives)
        items += QStringLiteral("     <rdf:li xml:lang=\"%1\">%2</rdf:li>\n").arg(lang, escaped(text));
    return QStringLiteral("   <%1>\n    <rdf:Alt>\n%2    </rdf:Alt>\n   </%1>\n").arg(property, items);
}

QString simpleProperty(const QString &property, const QString &value)
{
    return QStringLiteral("   <%1>%2</%1>\n").arg(property, escaped(value));
}

QString seqProperty(const QString &property, const QStringList &items)
{
    QString list;
    for (const QString &item : items)
        list += QStringLiteral("     <rdf:li>%1</rdf:li>\n").arg(escaped(item));
    return QStringLiteral("   <%1>\n    <rdf:Seq>\n%2    </rdf:Seq>\n   </%1>\n").arg(property, list);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace PhotoFixture
