// MetadataEditor on the files a review found it could damage: each case either writes the file with
// everything else in it kept, or writes a sidecar and leaves the file byte-identical.
#include "support/editorfolder.h"
#include "support/photofixture.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatareader.h"
#include "metadata/metadatawriter.h"
#include "metadata/photoshopresources.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString s_exiftool = QStringLiteral("/usr/bin/exiftool");

using Folder = EditorFolder;

EditRequest request(EditField field, const QString &typed, bool toSidecar = false)
{
    return EditRequest{{{field, FieldEdit::Mode::Replace, EditFields::parse(field, typed)}}, toSidecar};
}

void exiftoolWrite(const QString &path, const QStringList &assignments)
{
    QProcess process;
    process.start(s_exiftool, QStringList{QStringLiteral("-q"), QStringLiteral("-overwrite_original")} + assignments +
                                  QStringList{path});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

QJsonObject exiftoolRead(const QString &path, const QStringList &options = {})
{
    QProcess process;
    process.start(s_exiftool, QStringList{QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1")} +
                                  options + QStringList{path});
    REQUIRE(process.waitForFinished(30000));
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
}

// @p jpeg with a segment of @p marker and @p payload inserted after its first segment (APP0 JFIF).
QByteArray withSegment(const QByteArray &jpeg, quint8 marker, const QByteArray &payload)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    const JpegSegment &first = structure.segments.first();
    const qsizetype at = first.payloadOffset + first.payloadSize;
    QByteArray segment("\xFF", 1);
    segment.append(char(marker));
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF));
    segment.append(payload);
    return jpeg.left(at) + segment + jpeg.mid(at);
}

} // namespace

TEST_CASE("files: a TIFF of several pages, an animated or extended-XMP file, a PNG with eXIf get a sidecar",
          "[editor][files]")
{
    Folder folder;
    // Two pages: IFD0's next-IFD pointer is not zero.
    const QString tiff = folder.path(QStringLiteral("pages.tif"));
    {
        QImageWriter writer(tiff, "tiff");
        REQUIRE(writer.write(QImage(32, 32, QImage::Format_RGB32)));
    }
    QByteArray pages = PhotoFixture::readAll(tiff);
    const quint32 ifd = qFromLittleEndian<quint32>(pages.constData() + 4);
    const quint16 count = qFromLittleEndian<quint16>(pages.constData() + ifd);
    qToLittleEndian<quint32>(ifd, pages.data() + ifd + 2 + count * 12); // the second page is the first again
    PhotoFixture::writeAll(tiff, pages);

    const QString extended = folder.path(QStringLiteral("extended.jpg"));
    PhotoFixture::writeAll(extended, withSegment(PhotoFixture::readAll(PhotoFixture::jpeg(extended)), 0xE1,
                                                 QByteArray("http://ns.adobe.com/xmp/extension/\0", 35) +
                                                     QByteArray(40, '0') + QByteArray(8, '\0') + "<x/>"));

    const QString png = PhotoFixture::png(folder.path(QStringLiteral("exif.png")));
    QByteArray pngBytes = PhotoFixture::readAll(png);
    const QByteArray exif("MM\0*\0\0\0\x08\0\0\0\0\0\0", 14);
    QByteArray chunk = QByteArray("eXIf") + exif;
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(exif.size()), length.data());
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(::crc32(0, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()))),
                          crc.data());
    pngBytes.insert(8 + 25, length + chunk + crc); // after the signature and IHDR
    PhotoFixture::writeAll(png, pngBytes);

    for (const QString &photo : {tiff, extended, png}) {
        INFO(photo.toStdString());
        const QByteArray before = PhotoFixture::readAll(photo);
        const FilePlan plan = folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("ESA")));
        INFO(plan.problem.toStdString());
        REQUIRE(plan.problem.isEmpty());
        CHECK_FALSE(plan.embedded);
        CHECK_FALSE(plan.whySidecar.isEmpty());
        const WriteOutcome outcome = folder.editor.write(plan);
        INFO(outcome.error.toStdString());
        CHECK(outcome.written);
        CHECK(PhotoFixture::readAll(photo) == before);
        CHECK(MetadataReader::read(photo).credit == QStringLiteral("ESA"));
    }
}

TEST_CASE("files: a symbolic link stays a link, its target is written and reverted", "[editor][files]")
{
    Folder folder;
    REQUIRE(QDir(folder.dir.path()).mkpath(QStringLiteral("real")));
    REQUIRE(QDir(folder.dir.path()).mkpath(QStringLiteral("view")));
    const QString real = PhotoFixture::jpeg(folder.path(QStringLiteral("real/a.jpg")));
    const QByteArray original = PhotoFixture::readAll(real);
    const QString link = folder.path(QStringLiteral("view/a.jpg"));
    REQUIRE(::symlink("../real/a.jpg", QFile::encodeName(link).constData()) == 0);

    const WriteOutcome outcome =
        folder.editor.write(folder.editor.plan(link, request(EditField::Credit, QStringLiteral("ESA"))));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);
    CHECK(QFileInfo(link).isSymLink());
    CHECK(MetadataReader::read(real).credit == QStringLiteral("ESA"));
    // Written once through each spelling, the original is still the first one.
    REQUIRE(folder.editor.write(folder.editor.plan(real, request(EditField::Credit, QStringLiteral("NASA")))).written);
    REQUIRE(folder.backups.entries().size() == 1);
    REQUIRE(folder.editor.revert(link).written);
    CHECK(QFileInfo(link).isSymLink());
    CHECK(PhotoFixture::readAll(real) == original);
}

TEST_CASE("files: a file replaced by another program after a write keeps the new file as its original",
          "[editor][files][revert]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpeg(folder.path(QStringLiteral("a.jpg")));
    const QByteArray other = PhotoFixture::readAll(PhotoFixture::jpeg(folder.path(QStringLiteral("b.jpg")), {80, 60}));
    REQUIRE(folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("One")))).written);
    PhotoFixture::writeAll(photo + QStringLiteral(".new"), other);
    REQUIRE(::rename(QFile::encodeName(photo + QStringLiteral(".new")).constData(),
                     QFile::encodeName(photo).constData()) == 0);
    REQUIRE(folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("Two")))).written);
    REQUIRE(folder.editor.revert(photo).written);
    CHECK(PhotoFixture::readAll(photo) == other); // not the first photo, which this name no longer held
}

TEST_CASE("files: a touched file is still Byline's, and revert still restores it", "[editor][files][revert]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpeg(folder.path(QStringLiteral("a.jpg")));
    const QByteArray original = PhotoFixture::readAll(photo);
    REQUIRE(folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("One")))).written);
    QFile file(photo);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime(QDate(2001, 1, 1), QTime(0, 0)), QFileDevice::FileModificationTime));
    file.close();
    REQUIRE(folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("Two")))).written);
    REQUIRE(folder.editor.revert(photo).written);
    CHECK(PhotoFixture::readAll(photo) == original);
}

TEST_CASE("files: a sidecar another program edited after Byline made it is restored, not deleted",
          "[editor][files][revert]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpeg(folder.path(QStringLiteral("a.jpg")));
    REQUIRE(folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("One"), true)))
                .written);
    const QString sidecar = folder.path(QStringLiteral("a.xmp"));
    const QByteArray theirs = PhotoFixture::xmpPacket(
        {PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"), QStringLiteral("One")),
         PhotoFixture::simpleProperty(QStringLiteral("photoshop:Headline"), QStringLiteral("Develop settings"))});
    PhotoFixture::writeAll(sidecar, theirs);
    // Byline's revert must not remove another program's work...
    const WriteOutcome refused = folder.editor.revert(photo);
    CHECK_FALSE(refused.error.isEmpty());
    CHECK(PhotoFixture::readAll(sidecar) == theirs);
    // ...and a new edit keeps it as the original to go back to.
    REQUIRE(folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("Two"), true)))
                .written);
    REQUIRE(folder.editor.revert(photo).written);
    CHECK(PhotoFixture::readAll(sidecar) == theirs);
}

TEST_CASE("files: a JPEG whose MPF header points at a second image stays valid", "[editor][files]")
{
    Folder folder;
    const QString photo = folder.path(QStringLiteral("mpf.jpg"));
    const QByteArray first = PhotoFixture::readAll(PhotoFixture::jpeg(folder.path(QStringLiteral("first.jpg"))));
    const QByteArray second =
        PhotoFixture::readAll(PhotoFixture::jpeg(folder.path(QStringLiteral("second.jpg")), {32, 24}));
    // MPF: "MPF\0", then a big-endian TIFF header and an index IFD with two MP entries; offsets count from
    // the TIFF header, the second image follows the first's end marker.
    QByteArray mpf("MPF\0MM\0*\0\0\0\x08", 12);
    const auto u16 = [](QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v & 0xFF)); };
    const auto u32 = [&](QByteArray &b, quint32 v) {
        u16(b, quint16(v >> 16));
        u16(b, quint16(v));
    };
    u16(mpf, 3);
    u16(mpf, 0xB000);
    u16(mpf, 7);
    u32(mpf, 4);
    mpf.append("0100");
    u16(mpf, 0xB001);
    u16(mpf, 4);
    u32(mpf, 1);
    u32(mpf, 2);
    u16(mpf, 0xB002);
    u16(mpf, 7);
    u32(mpf, 32);
    u32(mpf, 8 + 2 + 3 * 12 + 4);
    u32(mpf, 0);
    const qsizetype entries = mpf.size();
    mpf.append(QByteArray(32, '\0'));
    QByteArray jpeg = withSegment(first, 0xE2, mpf);
    const qsizetype mpfBase = JpegStructure::scan(jpeg).segments.at(1).payloadOffset + 4;
    char *entry2 = jpeg.data() + JpegStructure::scan(jpeg).segments.at(1).payloadOffset + entries + 16;
    qToBigEndian<quint32>(quint32(second.size()), entry2 + 4);
    qToBigEndian<quint32>(quint32(jpeg.size() - mpfBase), entry2 + 8);
    PhotoFixture::writeAll(photo, jpeg + second);

    const WriteOutcome outcome =
        folder.editor.write(folder.editor.plan(photo, request(EditField::Credit, QStringLiteral("NASA/Tim Kopra"))));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);
    const QByteArray after = PhotoFixture::readAll(photo);
    const JpegStructure structure = JpegStructure::scan(after);
    qsizetype base = -1;
    for (const JpegSegment &segment : structure.segments) {
        if (segment.marker == JpegStructure::s_app2 && after.mid(segment.payloadOffset, 4) == QByteArray("MPF\0", 4))
            base = segment.payloadOffset + 4;
    }
    REQUIRE(base > 0);
    const quint32 offset = qFromBigEndian<quint32>(after.constData() + base - 4 + entries + 16 + 8);
    CHECK(after.mid(base + offset, second.size()) == second);
    CHECK(MetadataReader::read(photo).credit == QStringLiteral("NASA/Tim Kopra"));
}

TEST_CASE("files: translations, a big Exif comment, blank Exif tags and a stale digest are kept right",
          "[editor][files][exiftool]")
{
    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    Folder folder;
    const QString photo = PhotoFixture::jpeg(folder.path(QStringLiteral("a.jpg")), {320, 240});
    const QString comment(20000, u'c');
    exiftoolWrite(photo, {QStringLiteral("-XMP-dc:Description=Old caption"),
                          QStringLiteral("-XMP-dc:Description-de=Alte Bildunterschrift"),
                          QStringLiteral("-XMP-dc:Description-fr=Old caption"),
                          QStringLiteral("-EXIF:ImageDescription=          "),
                          QStringLiteral("-EXIF:UserComment=") + comment, QStringLiteral("-EXIF:GPSLatitude=45.9"),
                          QStringLiteral("-EXIF:GPSLatitudeRef=N"), QStringLiteral("-IPTC:Headline=IPTC headline"),
                          QStringLiteral("-XMP-photoshop:Headline=XMP headline")});
    // Another tool edits IPTC only: the digest goes stale and IPTC's headline is the one shown (rule 3).
    exiftoolWrite(photo, {QStringLiteral("-IPTC:Headline=Newer IPTC headline"), QStringLiteral("-IPTCDigest=")});
    {
        QByteArray bytes = PhotoFixture::readAll(photo);
        const JpegStructure structure = JpegStructure::scan(bytes);
        PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(bytes));
        resources.set(PhotoshopResources::s_iptcDigestId, QByteArray(16, 'x'));
        REQUIRE(MetadataWriter::writeJpegIptc(photo, resources.find(PhotoshopResources::s_iptcId).value(),
                                              MetadataWrite::Digest::Stale)
                    .isEmpty());
    }
    REQUIRE(MetadataReader::read(photo).headline == QStringLiteral("Newer IPTC headline"));

    // An XMP-only field on a stale file: nothing about IPTC changes, so the stale digest is no failure.
    WriteOutcome outcome =
        folder.editor.write(folder.editor.plan(photo, request(EditField::Rating, QStringLiteral("3"))));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);
    // A caption: IPTC is written with a current digest, so the IPTC headline moves into XMP first.
    outcome =
        folder.editor.write(folder.editor.plan(photo, request(EditField::Caption, QStringLiteral("New caption"))));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);

    const PhotoRecord record = MetadataReader::read(photo);
    CHECK(record.caption == QStringLiteral("New caption"));
    CHECK(record.headline == QStringLiteral("Newer IPTC headline"));
    const QJsonObject tags =
        exiftoolRead(photo, {QStringLiteral("-b"), QStringLiteral("-all"), QStringLiteral("-XMP-dc:Description-de"),
                             QStringLiteral("-XMP-dc:Description-fr")});
    INFO(QJsonDocument(tags).toJson().toStdString());
    CHECK(tags[QStringLiteral("XMP-dc:Description")].toString() == QStringLiteral("New caption"));
    CHECK(tags[QStringLiteral("XMP-dc:Description-de")].toString() == QStringLiteral("Alte Bildunterschrift"));
    CHECK(tags[QStringLiteral("XMP-dc:Description-fr")].toString() == QStringLiteral("New caption"));
    CHECK(tags[QStringLiteral("IFD0:ImageDescription")].toString() == QStringLiteral("New caption"));
    CHECK(tags[QStringLiteral("ExifIFD:UserComment")].toString() == comment);
    CHECK(tags[QStringLiteral("GPS:GPSLatitudeRef")].toString() == QStringLiteral("North"));
    CHECK(tags[QStringLiteral("XMP-photoshop:Headline")].toString() == QStringLiteral("Newer IPTC headline"));
    CHECK(tags[QStringLiteral("XMP-xmp:Rating")].toVariant().toString() == QStringLiteral("3"));
}

TEST_CASE("files: an edit that would push Exif past one JPEG segment is refused, not written without a tag",
          "[editor][files][exiftool]")
{
    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    Folder folder;
    const QString photo = PhotoFixture::jpeg(folder.path(QStringLiteral("a.jpg")), {320, 240});
    exiftoolWrite(photo, {QStringLiteral("-EXIF:UserComment=") + QString(60000, u'c'),
                          QStringLiteral("-EXIF:ImageDescription=old")});
    const QByteArray before = PhotoFixture::readAll(photo);
    const WriteOutcome outcome =
        folder.editor.write(folder.editor.plan(photo, request(EditField::Caption, QString(6000, u'n'))));
    CHECK_FALSE(outcome.written);
    CHECK_FALSE(outcome.error.isEmpty());
    CHECK(PhotoFixture::readAll(photo) == before);
    CHECK(folder.backups.entries().isEmpty());
}
