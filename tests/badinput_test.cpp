#include <catch2/catch.hpp>

#include "support/photofixture.h"

#include "metadata/jpegstructure.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"
#include "metadata/xmpsidecar.h"
#include "scan/batchreader.h"
#include "scan/folderlister.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

// Bad input never crashes and never stops a scan: each broken file comes back with a clear error (it
// cannot be shown) or warnings (damaged metadata in an image that still decodes).

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Fixture() { REQUIRE(dir.isValid()); }
    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }
};

QString captionedJpeg(const Fixture &f, const QString &name)
{
    MetadataWrite spec;
    spec.exif.caption = QStringLiteral("Exif caption");
    spec.xmp.caption = QStringLiteral("XMP caption");
    spec.xmp.credit = QStringLiteral("XMP credit");
    spec.iptc.credit = QStringLiteral("IPTC credit");
    return PhotoFixture::jpegWith(f.path(name), spec, {96, 64});
}

bool mentions(const QStringList &warnings, const QString &text)
{
    return warnings.join(u'\n').contains(text, Qt::CaseInsensitive);
}

} // namespace

TEST_CASE("a zero-byte file is listed with an error", "[bad]")
{
    Fixture f;
    PhotoFixture::writeAll(f.path(QStringLiteral("empty.jpg")), {});
    const PhotoRecord record = MetadataReader::read(f.path(QStringLiteral("empty.jpg")));
    CHECK(record.error == QStringLiteral("the file is empty (0 bytes)"));
    CHECK(record.fileSize == 0);
}

TEST_CASE("a JPEG truncated anywhere gives an error or a warning, never a crash", "[bad]")
{
    Fixture f;
    const QByteArray full = PhotoFixture::readAll(captionedJpeg(f, QStringLiteral("full.jpg")));
    const JpegStructure structure = JpegStructure::scan(full);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    QList<qsizetype> cuts;
    for (const JpegSegment &segment : structure.segments)
        cuts << segment.offset << segment.offset + 1 << segment.payloadOffset + segment.payloadSize / 2;
    cuts << structure.headerEnd + 10 << full.size() - 2 << 1 << 3;
    for (const qsizetype cut : cuts) {
        const QString path = f.path(QStringLiteral("cut%1.jpg").arg(cut));
        PhotoFixture::writeAll(path, full.left(cut));
        const PhotoRecord record = MetadataReader::read(path);
        INFO("cut at " << cut << ": " << record.error.toStdString());
        if (cut < structure.headerEnd) {
            CHECK(record.hasError());
        } else {
            CHECK_FALSE(record.hasError());
            CHECK(mentions(record.warnings, QStringLiteral("truncated")));
            CHECK(record.caption == QStringLiteral("Exif caption"));
            CHECK(record.width == 96);
        }
    }
}

TEST_CASE("a PNG cut short is an error wherever it is cut, its text still read, the files beside it too", "[bad][png]")
{
    // New-user finding: a PNG with its header and IHDR whole and its image data cut off was listed as a
    // readable photo (a blank tile, "No credit") where a JPEG cut short says why it cannot be shown.
    Fixture f;
    const QString whole =
        PhotoFixture::png(f.path(QStringLiteral("whole.png")), {320, 240}, QStringLiteral("Soyuz rollout"));
    const QByteArray full = PhotoFixture::readAll(whole);
    const qsizetype imageData = full.indexOf("IDAT") - 4; // the chunk's length field
    REQUIRE(imageData > 33);                              // after the signature and IHDR
    REQUIRE(full.right(8).startsWith("IEND"));
    const struct
    {
        const char *name;
        qsizetype cut;
        const char *error;
        bool sized; // Qt reads a PNG's size only once its image data has begun
    } cuts[] = {
        {"inside-data.png", imageData + (full.size() - imageData) / 2, "the file is truncated inside its image data",
         true},
        {"no-end.png", full.size() - 12, "the file is truncated: it ends before its PNG end chunk (IEND)", true},
        {"half-end.png", full.size() - 5, "the file is truncated: it ends before its PNG end chunk (IEND)", true},
        {"before-data.png", imageData, "the file is truncated before its image data", false},
        {"inside-chunk-header.png", imageData + 5, "the file is truncated before its image data", false},
    };
    for (const auto &cut : cuts) {
        const QString path = f.path(QString::fromUtf8(cut.name));
        PhotoFixture::writeAll(path, full.left(cut.cut));
        const PhotoRecord record = MetadataReader::read(path);
        INFO(cut.name << ": " << record.error.toStdString());
        CHECK(record.error == QString::fromUtf8(cut.error));
        CHECK(record.format == QStringLiteral("png"));
        CHECK(record.caption == QStringLiteral("Soyuz rollout"));
        if (cut.sized)
            CHECK((record.width == 320 && record.height == 240));
    }
    // Whole, and whole with bytes after its end chunk: no error.
    CHECK_FALSE(MetadataReader::read(whole).hasError());
    PhotoFixture::writeAll(f.path(QStringLiteral("appended.png")), full + QByteArray(100, 'x'));
    CHECK_FALSE(MetadataReader::read(f.path(QStringLiteral("appended.png"))).hasError());

    // In a scan, the cut file costs itself only.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    PhotoFixture::jpeg(folder.filePath(QStringLiteral("a.jpg")));
    PhotoFixture::writeAll(folder.filePath(QStringLiteral("b.png")), full.left(full.size() / 2));
    PhotoFixture::png(folder.filePath(QStringLiteral("c.png")));
    const FolderLister::Listing listing = FolderLister::list(folder.path(), false);
    REQUIRE(listing.files.size() == 3);
    const QList<PhotoRecord> records = BatchReader::read(listing.files);
    REQUIRE(records.size() == 3);
    for (const PhotoRecord &record : records) {
        INFO(record.path.toStdString());
        CHECK(record.hasError() == record.path.endsWith(QStringLiteral("b.png")));
    }
}

TEST_CASE("a PNG named .jpg is read as a PNG, with a warning", "[bad]")
{
    Fixture f;
    const QString png = PhotoFixture::png(f.path(QStringLiteral("real.png")), {30, 20}, QStringLiteral("a PNG"));
    REQUIRE(QFile::rename(png, f.path(QStringLiteral("mislabelled.jpg"))));
    const PhotoRecord record = MetadataReader::read(f.path(QStringLiteral("mislabelled.jpg")));
    CHECK_FALSE(record.hasError());
    CHECK(record.format == QStringLiteral("png"));
    CHECK(record.width == 30);
    CHECK(record.caption == QStringLiteral("a PNG"));
    CHECK(mentions(record.warnings, QStringLiteral("named .jpg but its content is PNG")));
}

TEST_CASE("text named .jpg is not an image", "[bad]")
{
    Fixture f;
    PhotoFixture::writeAll(f.path(QStringLiteral("notes.jpg")), "Shot list for the launch:\n1. pad\n2. lift-off\n");
    const PhotoRecord record = MetadataReader::read(f.path(QStringLiteral("notes.jpg")));
    CHECK(record.error == QStringLiteral("not an image: the content is text"));
    CHECK(record.format.isEmpty());
}

TEST_CASE("a corrupt Exif APP1 costs only Exif: XMP and IPTC still read", "[bad]")
{
    Fixture f;
    const QString path = captionedJpeg(f, QStringLiteral("badexif.jpg"));
    QByteArray bytes = PhotoFixture::readAll(path);
    const JpegStructure structure = JpegStructure::scan(bytes);
    const auto exif = std::find_if(structure.segments.cbegin(), structure.segments.cend(), [&](const JpegSegment &s) {
        return s.marker == 0xE1 && bytes.mid(s.payloadOffset, 4) == "Exif";
    });
    REQUIRE(exif != structure.segments.cend());
    // Keep "Exif\0\0", then replace the TIFF header and IFD with garbage that claims huge offsets.
    for (qsizetype i = exif->payloadOffset + 6; i < exif->payloadOffset + exif->payloadSize; ++i)
        bytes[i] = char(0xFF - (i % 7));
    PhotoFixture::writeAll(path, bytes);
    const PhotoRecord record = MetadataReader::read(path);
    CHECK_FALSE(record.hasError());
    CHECK(record.width == 96);
    CHECK(record.caption == QStringLiteral("XMP caption"));
    CHECK(record.credit == QStringLiteral("XMP credit"));
    CHECK_FALSE(record.warnings.isEmpty());
}

TEST_CASE("a corrupt APP13 (impossible IPTC lengths) keeps the image and other stores", "[bad]")
{
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("badiptc.jpg")), {96, 64});
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("XMP caption");
    PhotoFixture::write(path, spec);
    QByteArray iim("\x1C\x02\x6E\x00\x04NASA", 9);
    iim += QByteArray("\x1C\x02\x78\x7F\xF0"
                      "short",
                      10); // caption claims 32,752 bytes
    REQUIRE(MetadataWriter::writeJpegIptc(path, iim, MetadataWrite::Digest::Matching).isEmpty());
    const PhotoRecord record = MetadataReader::read(path);
    CHECK_FALSE(record.hasError());
    CHECK(record.caption == QStringLiteral("XMP caption"));
    CHECK(record.credit == QStringLiteral("NASA"));
    CHECK(mentions(record.warnings, QStringLiteral("claims")));

    // A Photoshop block whose resource size runs past the segment.
    QByteArray bytes = PhotoFixture::readAll(path);
    const qsizetype resource = bytes.indexOf("8BIM\x04\x04");
    REQUIRE(resource > 0);
    bytes[resource + 8] = char(0x7F); // size field: 0x7F......
    PhotoFixture::writeAll(path, bytes);
    const PhotoRecord damaged = MetadataReader::read(path);
    CHECK_FALSE(damaged.hasError());
    CHECK(damaged.caption == QStringLiteral("XMP caption"));
    CHECK(mentions(damaged.warnings, QStringLiteral("Photoshop resources damaged")));
}

TEST_CASE("huge XMP neither crashes nor stalls the reader", "[bad][slow]")
{
    Fixture f;
    const QString image = PhotoFixture::jpeg(f.path(QStringLiteral("big.jpg")));
    const QByteArray filler(20 * 1024 * 1024, 'x');
    SECTION("a 20 MB sidecar is ignored with a warning")
    {
        PhotoFixture::writeAll(f.path(QStringLiteral("big.xmp")),
                               PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(
                                   QStringLiteral("photoshop:Headline"), QString::fromLatin1(filler))}));
        const PhotoRecord record = MetadataReader::read(image);
        CHECK_FALSE(record.hasError());
        CHECK(mentions(record.warnings, QStringLiteral("larger than any real sidecar")));
    }
    SECTION("a PNG with a 1 MB XMP packet is read, its 1 MB headline cut to the field limit")
    {
        const QString png = PhotoFixture::png(f.path(QStringLiteral("big.png")));
        MetadataWrite spec;
        spec.xmp.headline = QString::fromLatin1(filler.left(1024 * 1024));
        spec.xmp.caption = QStringLiteral("big packet");
        PhotoFixture::write(png, spec);
        const PhotoRecord record = MetadataReader::read(png);
        CHECK_FALSE(record.hasError());
        CHECK(record.caption == QStringLiteral("big packet"));
        CHECK(record.headline.size() == MetadataReader::s_maxFieldChars);
        CHECK(mentions(record.warnings, QStringLiteral("the headline is 1048576 characters long")));
    }
    SECTION("a PNG declaring a 20 MB XMP chunk keeps its picture and skips its metadata (Exiv2 took 9 s)")
    {
        QByteArray png = PhotoFixture::readAll(PhotoFixture::png(f.path(QStringLiteral("huge.png"))));
        const QByteArray data =
            "XML:com.adobe.xmp" + QByteArray(5, '\0') +
            PhotoFixture::xmpPacket(
                {PhotoFixture::simpleProperty(QStringLiteral("photoshop:Headline"), QString::fromLatin1(filler))});
        QByteArray chunk(4, '\0');
        qToBigEndian<quint32>(quint32(data.size()), chunk.data());
        chunk += "iTXt" + data + QByteArray(4, '\0'); // the CRC does not matter: the chunk is never parsed
        png.insert(33, chunk);                        // after the signature and IHDR
        PhotoFixture::writeAll(f.path(QStringLiteral("huge.png")), png);
        const PhotoRecord record = MetadataReader::read(f.path(QStringLiteral("huge.png")));
        CHECK_FALSE(record.hasError());
        CHECK(record.width > 0);
        CHECK(record.headline.isNull());
        CHECK(mentions(record.warnings, QStringLiteral("metadata block, over Byline's limit")));
    }
}

TEST_CASE("an unreadable file is listed with the reason", "[bad]")
{
    Fixture f;
    const QString path = PhotoFixture::jpeg(f.path(QStringLiteral("locked.jpg")));
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0) == 0);
    if (::geteuid() != 0) {
        const PhotoRecord record = MetadataReader::read(path);
        CHECK(record.error.contains(QStringLiteral("Permission denied")));
        return;
    }
    // Root reads anything; run the real CLI as an unprivileged user to see the failure a user would.
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    REQUIRE_FALSE(setpriv.isEmpty());
    REQUIRE(::chmod(QFile::encodeName(f.dir.path()).constData(), 0755) == 0);
    QProcess probe;
    probe.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups"), QStringLiteral("cat"), path});
    REQUIRE(probe.waitForFinished());
    CHECK(probe.exitCode() != 0); // the unprivileged user really cannot read it
    probe.start(setpriv,
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                 QStringLiteral(BYLINE_CLI), QStringLiteral("scan"), QStringLiteral("--json"), f.dir.path()});
    REQUIRE(probe.waitForFinished());
    const QByteArray output = probe.readAllStandardOutput();
    INFO(output.toStdString() << probe.readAllStandardError().toStdString());
    CHECK(probe.exitCode() == 0);
    CHECK(output.contains("cannot open the file: Permission denied"));
}

TEST_CASE("broken symlinks, folders and pipes named like photos are listed with errors", "[bad]")
{
    Fixture f;
    REQUIRE(QFile::link(f.path(QStringLiteral("gone.jpg")), f.path(QStringLiteral("dangling.jpg"))));
    CHECK(MetadataReader::read(f.path(QStringLiteral("dangling.jpg"))).error ==
          QStringLiteral("broken symbolic link: its target does not exist"));
    REQUIRE(QDir(f.dir.path()).mkdir(QStringLiteral("folder.jpg")));
    CHECK(MetadataReader::read(f.path(QStringLiteral("folder.jpg"))).error.contains(QStringLiteral("folder")));
    REQUIRE(::mkfifo(QFile::encodeName(f.path(QStringLiteral("pipe.jpg"))).constData(), 0600) == 0);
    CHECK(
        MetadataReader::read(f.path(QStringLiteral("pipe.jpg"))).error.contains(QStringLiteral("not a regular file")));
    CHECK(MetadataReader::read(f.path(QStringLiteral("missing.jpg"))).error.contains(QStringLiteral("No such file")));
}

TEST_CASE("a file name that is not UTF-8 is listed and read, its damage reported, beside readable files", "[bad]")
{
    Fixture f;
    PhotoFixture::jpeg(f.path(QStringLiteral("good.jpg")));
    const QByteArray latin1Name = QFile::encodeName(f.dir.path()) + "/caf\xE9.jpg";
    FILE *raw = std::fopen(latin1Name.constData(), "wb");
    REQUIRE(raw);
    std::fputs("not really read", raw);
    std::fclose(raw);

    const FolderLister::Listing listing = FolderLister::list(f.dir.path(), false);
    REQUIRE(listing.files.size() == 2);
    const QList<PhotoRecord> records = BatchReader::read(listing.files);
    const auto bad = std::find_if(records.cbegin(), records.cend(), [](const PhotoRecord &r) { return r.hasError(); });
    REQUIRE(bad != records.cend());
    // The file is opened by its bytes (NativePath), so the error is about its content, not its name.
    CHECK(bad->error.contains(QStringLiteral("not an image")));
    CHECK(NativePath::encode(bad->path) == latin1Name);
    CHECK(bad->warnings.join(u' ').contains(QStringLiteral("not valid UTF-8")));
    CHECK(std::count_if(records.cbegin(), records.cend(), [](const PhotoRecord &r) { return !r.hasError(); }) == 1);
    CHECK(::unlink(latin1Name.constData()) == 0); // QTemporaryDir cannot remove a name it cannot spell
}

TEST_CASE("200 files read from 8 threads give the same records as one thread", "[threads]")
{
    Fixture f;
    QList<PhotoFile> files;
    for (int i = 0; i < 200; ++i) {
        const QString path = f.path(QStringLiteral("p%1.jpg").arg(i, 3, 10, QChar('0')));
        if (i % 2 == 0) {
            PhotoFixture::jpeg(path, {32 + i, 24});
            MetadataWrite spec;
            spec.xmp.caption = QStringLiteral("Photo %1. Credit: Agency %2").arg(i).arg(i % 5);
            spec.iptc.credit = i % 4 == 0 ? QStringLiteral("IPTC %1").arg(i) : QString();
            spec.exif.orientation = 1 + i % 8;
            PhotoFixture::write(path, spec);
        } else {
            PhotoFixture::writeAll(path, i % 3 ? QByteArray("text, not a photo") : QByteArray());
        }
        files.append(PhotoFile{path, {}, true});
    }
    const QList<PhotoRecord> serial = BatchReader::read(files, 1);
    const QList<PhotoRecord> parallel = BatchReader::read(files, 8);
    REQUIRE(parallel.size() == 200);
    CHECK(parallel == serial);
    CHECK(parallel[4].credit == QStringLiteral("IPTC 4"));
    CHECK(parallel[2].credit == QStringLiteral("Agency 2"));
    CHECK(parallel[3].hasError());
}

TEST_CASE("a sidecar that is a pipe or a device is ignored, never read", "[bad][sidecar]")
{
    Fixture f;
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("embedded caption");
    const QString fifoImage = PhotoFixture::jpegWith(f.path(QStringLiteral("IMG_1.jpg")), spec);
    REQUIRE(::mkfifo(QFile::encodeName(f.path(QStringLiteral("IMG_1.xmp"))).constData(), 0600) == 0);
    const QString zeroImage = PhotoFixture::jpegWith(f.path(QStringLiteral("IMG_2.jpg")), spec);
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), f.path(QStringLiteral("IMG_2.xmp"))));

    // Found by the folder listing: neither counts as a sidecar.
    const FolderLister::Listing listing = FolderLister::list(f.dir.path(), false);
    REQUIRE(listing.files.size() == 2);
    for (const PhotoFile &file : listing.files)
        CHECK(file.sidecarPath.isEmpty());
    // Read on their own they are opened without blocking, then refused.
    for (const QString &sidecar : {f.path(QStringLiteral("IMG_1.xmp")), f.path(QStringLiteral("IMG_2.xmp"))}) {
        QStringList warnings;
        CHECK(XmpSidecar::read(sidecar, warnings).isEmpty());
        CHECK(mentions(warnings, QStringLiteral("not a regular file")));
    }
    for (const QString &image : {fifoImage, zeroImage}) {
        const PhotoRecord record = MetadataReader::read(image);
        CHECK_FALSE(record.hasError());
        CHECK(record.caption == QStringLiteral("embedded caption"));
    }
}

TEST_CASE("a motion photo's appended video is not mistaken for truncation", "[bad]")
{
    Fixture f;
    const QString plain = PhotoFixture::jpeg(f.path(QStringLiteral("plain.jpg")), {96, 64});
    const QByteArray video = QByteArray("\0\0\0\x18"
                                        "ftypmp42",
                                        12) +
                             QByteArray(8000, 'v');
    const QByteArray packet = PhotoFixture::xmpPacket({QStringLiteral(
        "   <GCamera:MicroVideo xmlns:GCamera=\"http://ns.google.com/photos/1.0/camera/\">1</GCamera:MicroVideo>\n")});
    const QByteArray payload = QByteArray("http://ns.adobe.com/xap/1.0/", 29) + packet;
    const int length = int(payload.size()) + 2;
    QByteArray motion = PhotoFixture::readAll(plain);
    motion.insert(2, QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + payload);
    PhotoFixture::writeAll(f.path(QStringLiteral("motion.jpg")), motion + video);
    PhotoFixture::writeAll(f.path(QStringLiteral("appended.jpg")), PhotoFixture::readAll(plain) + video);

    const PhotoRecord record = MetadataReader::read(f.path(QStringLiteral("motion.jpg")));
    CHECK_FALSE(record.hasError());
    CHECK(record.warnings.isEmpty());
    CHECK(mentions(MetadataReader::read(f.path(QStringLiteral("appended.jpg"))).warnings, QStringLiteral("truncated")));
}
