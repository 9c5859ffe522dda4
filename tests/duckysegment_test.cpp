#include <catch2/catch.hpp>

#include "support/metadatareaderfixture.h"
#include "support/photofixture.h"

#include "metadata/duckysegment.h"
#include "metadata/metadatareader.h"

#include <QtEndian>

// Photoshop's "Save for Web" keeps the copyright only in an APP12 "Ducky" segment: the last resort for it.

namespace {

QByteArray record(quint16 tag, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint16>(tag, out.data());
    qToBigEndian<quint16>(quint16(data.size()), out.data() + 2);
    return out + data;
}

QByteArray ducky16(const QString &text)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(text.size()), out.data());
    for (const QChar c : text) {
        char unit[2];
        qToBigEndian<quint16>(c.unicode(), unit);
        out.append(unit, 2);
    }
    return out;
}

// The Ducky payload Photoshop writes: quality, an empty comment, the copyright, the end marker.
QByteArray duckyPayload(const QString &copyright)
{
    return "Ducky" + record(1, QByteArray("\0\0\0\x3c", 4)) + record(2, ducky16({})) + record(3, ducky16(copyright)) +
           QByteArray(2, '\0');
}

// @p jpeg with an APP12 segment of @p payload right after SOI.
QByteArray withApp12(const QByteArray &jpeg, const QByteArray &payload)
{
    QByteArray segment("\xFF\xEC", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF));
    return jpeg.first(2) + segment + payload + jpeg.sliced(2);
}

} // namespace

TEST_CASE("a Ducky copyright is the copyright when no store has one", "[ducky][reader]")
{
    const Fixture fixture;
    const QString path = fixture.path(QStringLiteral("web.jpg"));
    PhotoFixture::writeAll(path, withApp12(PhotoFixture::readAll(PhotoFixture::jpeg(path)),
                                           duckyPayload(QStringLiteral("© 2016 Roscosmos"))));
    const PhotoRecord record = readOk(path);
    CHECK(record.copyright == QStringLiteral("© 2016 Roscosmos"));
    CHECK(record.provenanceOf(MetadataField::Copyright)->store == MetadataStore::Ducky);
    CHECK(record.caption.isNull()); // its quality and comment are no caption
}

TEST_CASE("any store's copyright wins over the Ducky one", "[ducky][reader]")
{
    const Fixture fixture;
    MetadataWrite spec;
    spec.exif.copyright = QStringLiteral("(C) RSC Energia");
    const QString path = PhotoFixture::jpegWith(fixture.path(QStringLiteral("both.jpg")), spec);
    PhotoFixture::writeAll(path, withApp12(PhotoFixture::readAll(path), duckyPayload(QStringLiteral("Roscosmos"))));
    const PhotoRecord record = readOk(path);
    CHECK(record.copyright == QStringLiteral("(C) RSC Energia"));
    CHECK(record.provenanceOf(MetadataField::Copyright)->store == MetadataStore::Exif);
}

TEST_CASE("a damaged Ducky segment gives nothing, and no crash", "[ducky][badinput]")
{
    CHECK(DuckySegment::values(duckyPayload(QStringLiteral("Roscosmos"))).copyright == QStringLiteral("Roscosmos"));
    CHECK(DuckySegment::values("Ducky").isEmpty());
    CHECK(DuckySegment::values("Duck").isEmpty());
    // A record whose length runs past the segment, and a character count past its record.
    CHECK(DuckySegment::values("Ducky" + QByteArray("\0\3\xff\xff\0\0\0\1", 8)).isEmpty());
    CHECK(DuckySegment::values("Ducky" + record(3, QByteArray("\x7f\xff\xff\xff\0R\0o", 8))).copyright ==
          QStringLiteral("Ro"));
    CHECK(DuckySegment::values("Ducky" + record(3, QByteArray("\0\0", 2))).isEmpty());
}
