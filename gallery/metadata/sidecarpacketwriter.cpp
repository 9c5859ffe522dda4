#include "sidecarpacketwriter.h"

#include "exiv2extractor.h"
#include "exiv2fields.h"

#include <exception>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

QByteArray SidecarPacketWriter::apply(QByteArrayView packet, const FieldValues &changes, const QDateTime &now,
                                      QString &error)
{
    Exiv2Extractor::initialize();
    try {
        Exiv2::XmpData xmp;
        if (!packet.trimmed().isEmpty() &&
            Exiv2::XmpParser::decode(xmp, std::string(packet.data(), size_t(packet.size()))) != 0) {
            error = QStringLiteral("the sidecar's XMP cannot be parsed, so it is not rewritten");
            return {};
        }
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            Exiv2Fields::setXmp(xmp, it.key(), it.value());
        xmp["Xmp.xmp.MetadataDate"] = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate).toStdString();
        std::string encoded;
        if (Exiv2::XmpParser::encode(encoded, xmp, Exiv2::XmpParser::useCompactFormat) != 0) {
            error = QStringLiteral("the XMP cannot be written");
            return {};
        }
        return QByteArray::fromStdString(encoded);
    } catch (const Exiv2::AnyError &e) {
        error = QString::fromUtf8(e.what()).trimmed();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what()).trimmed();
    }
    return {};
}

#pragma GCC diagnostic pop
