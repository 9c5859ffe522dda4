// MetadataEditor: edits written into JPEG, TIFF and PNG files and into sidecars, checked by ExifTool (a
// reader Byline shares no code with), with the image data byte-identical, the originals kept and
// restored, and every refusal (a file changed since it was read, a full disk, a read-only folder)
// leaving the file as it was.
#include "support/editorfolder.h"
#include "support/photofixture.h"
#include "support/rawfixture.h"
#include "support/unprivilegedscope.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "editing/safefilewriter.h"
#include "metadata/iptcrecords.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatareader.h"
#include "metadata/metadatawriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString s_exiftool = QStringLiteral("/usr/bin/exiftool");

using Folder = EditorFolder;

QJsonObject exiftool(const QString &path)
{
    QProcess process;
    process.start(s_exiftool,
                  {QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1"), QStringLiteral("-struct"),
                   QStringLiteral("-all"), QStringLiteral("-CurrentIPTCDigest"), path});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
}

QString tag(const QJsonObject &tags, const char *name)
{
    const QJsonValue value = tags.value(QLatin1String(name));
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toVariant().toString());
        return items.join(QStringLiteral("; "));
    }
    return value.toVariant().toString();
}

QByteArray afterStartOfScan(const QByteArray &jpeg)
{
    const JpegStructure structure = JpegStructure::scan(jpeg);
    REQUIRE(structure.status == JpegStructure::Status::Complete);
    return jpeg.mid(structure.headerEnd);
}

MetadataWrite wireStyle()
{
    StoreValues values;
    values.caption = QStringLiteral("The Soyuz rocket launches from Baikonur.");
    values.credit = QStringLiteral("NASA/Tim Copra");
    values.creator = QStringLiteral("Tim Copra");
    values.copyright = QStringLiteral("Public domain");
    MetadataWrite spec;
    spec.exif = values;
    spec.iptc = values;
    spec.xmp = values;
    return spec;
}

EditRequest request(std::initializer_list<FieldEdit> edits, bool toSidecar = false)
{
    return EditRequest{QList<FieldEdit>(edits), toSidecar};
}

FieldEdit replace(EditField field, const QString &typed)
{
    return {field, FieldEdit::Mode::Replace, EditFields::parse(field, typed)};
}

WriteOutcome planAndWrite(Folder &folder, const QString &path, const EditRequest &edit)
{
    const FilePlan plan = folder.editor.plan(path, edit);
    INFO(plan.problem.toStdString());
    REQUIRE(plan.problem.isEmpty());
    return folder.editor.write(plan);
}

} // namespace

TEST_CASE("editor: a JPEG gets every field in IPTC and XMP, a current digest and untouched image data",
          "[editor][exiftool]")
{
    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    Folder folder;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle(), {640, 480});
    const QByteArray before = PhotoFixture::readAll(photo);

    const WriteOutcome outcome = planAndWrite(
        folder, photo,
        request({replace(EditField::Credit, QStringLiteral("NASA/Tim Kopra")),
                 replace(EditField::Creator, QStringLiteral("Tim Kopra; Bill Ingalls")),
                 replace(EditField::Caption, QStringLiteral("Liftoff at dawn, Baikonur — 14 March.")),
                 replace(EditField::Headline, QStringLiteral("Soyuz launch")),
                 replace(EditField::Source, QStringLiteral("NASA HQ")),
                 replace(EditField::Instructions, QStringLiteral("MANDATORY CREDIT")),
                 replace(EditField::UsageTerms, QStringLiteral("Editorial use only")),
                 replace(EditField::Keywords, QStringLiteral("Soyuz, launch, Kazakhstan")),
                 replace(EditField::Location, QStringLiteral("Site 1")),
                 replace(EditField::City, QStringLiteral("Baikonur")),
                 replace(EditField::Country, QStringLiteral("Kazakhstan")),
                 replace(EditField::CountryCode, QStringLiteral("KAZ")),
                 replace(EditField::Title, QStringLiteral("Soyuz MS-01")),
                 replace(EditField::AltText, QStringLiteral("A rocket rises on a column of flame")),
                 replace(EditField::Rating, QStringLiteral("4")), replace(EditField::Label, QStringLiteral("Red"))}));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);

    const QByteArray after = PhotoFixture::readAll(photo);
    CHECK(afterStartOfScan(after) == afterStartOfScan(before));
    const QJsonObject tags = exiftool(photo);
    INFO(QJsonDocument(tags).toJson().toStdString());
    CHECK(tag(tags, "IPTC:Credit") == QStringLiteral("NASA/Tim Kopra"));
    CHECK(tag(tags, "XMP-photoshop:Credit") == QStringLiteral("NASA/Tim Kopra"));
    CHECK(tag(tags, "IPTC:By-line") == QStringLiteral("Tim Kopra; Bill Ingalls"));
    CHECK(tag(tags, "XMP-dc:Creator") == QStringLiteral("Tim Kopra; Bill Ingalls"));
    CHECK(tag(tags, "IFD0:Artist") == QStringLiteral("Tim Kopra; Bill Ingalls")); // the file had the tag
    CHECK(tag(tags, "IPTC:Caption-Abstract") == QStringLiteral("Liftoff at dawn, Baikonur — 14 March."));
    CHECK(tag(tags, "XMP-dc:Description") == QStringLiteral("Liftoff at dawn, Baikonur — 14 March."));
    CHECK(tag(tags, "IFD0:ImageDescription") == QStringLiteral("Liftoff at dawn, Baikonur — 14 March."));
    CHECK(tag(tags, "IPTC:Headline") == QStringLiteral("Soyuz launch"));
    CHECK(tag(tags, "IPTC:Source") == QStringLiteral("NASA HQ"));
    CHECK(tag(tags, "XMP-photoshop:Source") == QStringLiteral("NASA HQ"));
    CHECK(tag(tags, "IPTC:SpecialInstructions") == QStringLiteral("MANDATORY CREDIT"));
    CHECK(tag(tags, "XMP-photoshop:Instructions") == QStringLiteral("MANDATORY CREDIT"));
    CHECK(tag(tags, "XMP-xmpRights:UsageTerms") == QStringLiteral("Editorial use only"));
    CHECK(tag(tags, "IPTC:Keywords") == QStringLiteral("Soyuz; launch; Kazakhstan"));
    CHECK(tag(tags, "XMP-dc:Subject") == QStringLiteral("Soyuz; launch; Kazakhstan"));
    CHECK(tag(tags, "IPTC:Sub-location") == QStringLiteral("Site 1"));
    CHECK(tag(tags, "XMP-iptcCore:Location") == QStringLiteral("Site 1"));
    CHECK(tag(tags, "IPTC:City") == QStringLiteral("Baikonur"));
    CHECK(tag(tags, "XMP-photoshop:City") == QStringLiteral("Baikonur"));
    CHECK(tag(tags, "IPTC:Country-PrimaryLocationName") == QStringLiteral("Kazakhstan"));
    CHECK(tag(tags, "IPTC:Country-PrimaryLocationCode") == QStringLiteral("KAZ"));
    CHECK(tag(tags, "XMP-iptcCore:CountryCode") == QStringLiteral("KAZ"));
    CHECK(tag(tags, "IPTC:ObjectName") == QStringLiteral("Soyuz MS-01"));
    CHECK(tag(tags, "XMP-dc:Title") == QStringLiteral("Soyuz MS-01"));
    CHECK(tag(tags, "XMP-iptcCore:AltTextAccessibility") == QStringLiteral("A rocket rises on a column of flame"));
    CHECK(tag(tags, "XMP-xmp:Rating") == QStringLiteral("4"));
    CHECK(tag(tags, "XMP-xmp:Label") == QStringLiteral("Red"));
    CHECK(tag(tags, "IPTC:CodedCharacterSet") == QStringLiteral("UTF8"));
    CHECK_FALSE(tag(tags, "Photoshop:IPTCDigest").isEmpty());
    CHECK(tag(tags, "Photoshop:IPTCDigest") == tag(tags, "File:CurrentIPTCDigest"));
    CHECK_FALSE(tags.contains(QStringLiteral("ExifTool:Warning")));

    // Byline itself shows what was written.
    const PhotoRecord record = MetadataReader::read(photo);
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(record.creditSource == CreditSource::Embedded);
    CHECK(record.caption == QStringLiteral("Liftoff at dawn, Baikonur — 14 March."));
}

TEST_CASE("editor: the plan lists each change and a field already so is no change", "[editor]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle());
    const FilePlan plan = folder.editor.plan(
        photo, request({replace(EditField::Credit, QStringLiteral("NASA/Tim Kopra")),
                        replace(EditField::Copyright, QStringLiteral("Public domain")),
                        {EditField::Caption, FieldEdit::Mode::Append, {QStringLiteral("MANDATORY CREDIT")}},
                        {EditField::Keywords, FieldEdit::Mode::Append, {QStringLiteral("launch")}}}));
    REQUIRE(plan.problem.isEmpty());
    CHECK(plan.embedded);
    REQUIRE(plan.changes.size() == 3);
    CHECK(plan.changes[0].field == EditField::Credit);
    CHECK(plan.changes[0].before == QStringList{QStringLiteral("NASA/Tim Copra")});
    CHECK(plan.changes[0].after == QStringList{QStringLiteral("NASA/Tim Kopra")});
    CHECK(plan.changes[1].field == EditField::Caption);
    CHECK(plan.changes[1].after ==
          QStringList{QStringLiteral("The Soyuz rocket launches from Baikonur. MANDATORY CREDIT")});
    CHECK(plan.changes[2].before.isEmpty());
    CHECK(plan.changes[2].after == QStringList{QStringLiteral("launch")});
    // Planning writes nothing.
    CHECK(folder.backups.entries().isEmpty());
    CHECK(MetadataReader::read(photo).credit == QStringLiteral("NASA/Tim Copra"));

    const FilePlan rating = folder.editor.plan(photo, request({replace(EditField::Rating, QStringLiteral("7"))}));
    CHECK_FALSE(rating.problem.isEmpty());
}

TEST_CASE("editor: edits of one field apply in order, each to what the one before left", "[editor]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle());
    // A template's keywords, then a typed --keyword; a caption replaced, then appended to; a credit set twice.
    const FilePlan plan = folder.editor.plan(
        photo, request({replace(EditField::Keywords, QStringLiteral("Soyuz, Baikonur")),
                        replace(EditField::Caption, QStringLiteral("Liftoff.")),
                        replace(EditField::Credit, QStringLiteral("NASA")),
                        {EditField::Keywords, FieldEdit::Mode::Append, {QStringLiteral("launch")}},
                        {EditField::Caption, FieldEdit::Mode::Append, {QStringLiteral("MANDATORY CREDIT")}},
                        replace(EditField::Credit, QStringLiteral("NASA/Bill Ingalls"))}));
    REQUIRE(plan.problem.isEmpty());
    REQUIRE(plan.changes.size() == 3); // one change a field, in the order the fields were first edited
    CHECK(plan.changes[0].field == EditField::Keywords);
    CHECK(plan.changes[0].after == QStringList{"Soyuz", "Baikonur", "launch"});
    CHECK(plan.changes[1].field == EditField::Caption);
    CHECK(plan.changes[1].before == QStringList{"The Soyuz rocket launches from Baikonur."});
    CHECK(plan.changes[1].after == QStringList{"Liftoff. MANDATORY CREDIT"});
    CHECK(plan.changes[2].after == QStringList{"NASA/Bill Ingalls"});
    CHECK(plan.after().value(EditField::Keywords).size() == 3);

    // Edits that end where the file was are no change.
    const FilePlan back =
        folder.editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("NASA")),
                                           replace(EditField::Credit, QStringLiteral("NASA/Tim Copra"))}));
    CHECK(back.changes.isEmpty());
}

TEST_CASE("editor: a legacy IIM block becomes UTF-8 with 1:90 and keeps every other dataset's meaning",
          "[editor][exiftool]")
{
    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    Folder folder;
    const QString photo = PhotoFixture::jpeg(folder.path(QStringLiteral("wire.jpg")), {320, 240});
    IptcRecords legacy;
    legacy.append(IptcRecords::s_application, 0, QByteArray("\x00\x04", 2));
    legacy.append(IptcRecords::s_application, 90, QByteArray("Z\xFCrich"));                  // City, Latin-1
    legacy.append(IptcRecords::s_application, 103, QByteArray("REU-0042"));                  // Transmission ref
    legacy.append(IptcRecords::s_application, 122, QByteArray("Ren\xE9 Caption"));           // Writer
    legacy.append(IptcRecords::s_application, IptcRecords::s_credit, QByteArray("REUTERS")); // replaced
    REQUIRE(MetadataWriter::writeJpegIptc(photo, legacy.serialize(), MetadataWrite::Digest::None).isEmpty());

    const WriteOutcome outcome =
        planAndWrite(folder, photo, request({replace(EditField::Credit, QStringLiteral("Reuters/Arnd Wiegmann"))}));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);
    const QJsonObject tags = exiftool(photo);
    INFO(QJsonDocument(tags).toJson().toStdString());
    CHECK(tag(tags, "IPTC:CodedCharacterSet") == QStringLiteral("UTF8"));
    CHECK(tag(tags, "IPTC:City") == QStringLiteral("Zürich"));
    CHECK(tag(tags, "IPTC:OriginalTransmissionReference") == QStringLiteral("REU-0042"));
    CHECK(tag(tags, "IPTC:Writer-Editor") == QStringLiteral("René Caption"));
    CHECK(tag(tags, "IPTC:Credit") == QStringLiteral("Reuters/Arnd Wiegmann"));
    CHECK(tag(tags, "Photoshop:IPTCDigest") == tag(tags, "File:CurrentIPTCDigest"));
}

TEST_CASE("editor: TIFF and PNG image data stay byte-identical and every reader agrees", "[editor][exiftool]")
{
    if (!QFile::exists(s_exiftool)) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    Folder folder;
    for (const char *format : {"tiff", "png", "webp"}) {
        INFO(format);
        const QString photo =
            PhotoFixture::image(folder.path(QStringLiteral("p.") + QLatin1String(format)), format, {200, 150});
        const QImage pixels(photo);
        REQUIRE_FALSE(pixels.isNull());
        const WriteOutcome outcome =
            planAndWrite(folder, photo,
                         request({replace(EditField::Credit, QStringLiteral("ESA/NASA")),
                                  replace(EditField::Caption, QStringLiteral("Earth from orbit"))}));
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.written);
        CHECK(QImage(photo) == pixels);
        const QJsonObject tags = exiftool(photo);
        INFO(QJsonDocument(tags).toJson().toStdString());
        CHECK(tag(tags, "XMP-photoshop:Credit") == QStringLiteral("ESA/NASA"));
        CHECK(tag(tags, "XMP-dc:Description") == QStringLiteral("Earth from orbit"));
        if (QLatin1String(format) == QLatin1String("tiff"))
            CHECK(tag(tags, "IPTC:Credit") == QStringLiteral("ESA/NASA"));
        CHECK_FALSE(tags.contains(QStringLiteral("ExifTool:Warning")));
        CHECK(MetadataReader::read(photo).credit == QStringLiteral("ESA/NASA"));
        // Written again: a file with XMP already (a TIFF keeps it in tag 700) takes a second edit.
        const WriteOutcome again =
            planAndWrite(folder, photo, request({replace(EditField::Credit, QStringLiteral("ESA"))}));
        INFO(again.error.toStdString());
        CHECK(again.written);
        CHECK(MetadataReader::read(photo).credit == QStringLiteral("ESA"));
        CHECK(QImage(photo) == pixels);
    }
}

TEST_CASE("editor: RAW, read-only and --sidecar files get a sidecar and stay byte-identical", "[editor][sidecar]")
{
    Folder folder;
    RawFixture::Spec spec;
    spec.preview = QImage(160, 120, QImage::Format_RGB32);
    spec.preview.fill(Qt::darkBlue);
    const QString raw = RawFixture::tiffRaw(folder.path(QStringLiteral("DSC_0001.NEF")), spec);
    const QString readOnly = PhotoFixture::jpegWith(folder.path(QStringLiteral("locked.jpg")), wireStyle());
    REQUIRE(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString asked = PhotoFixture::jpegWith(folder.path(QStringLiteral("asked.jpg")), wireStyle());

    for (const auto &[photo, toSidecar, sidecar] : {std::tuple{raw, false, QStringLiteral("DSC_0001.xmp")},
                                                    std::tuple{readOnly, false, QStringLiteral("locked.xmp")},
                                                    std::tuple{asked, true, QStringLiteral("asked.xmp")}}) {
        INFO(photo.toStdString());
        const QByteArray before = PhotoFixture::readAll(photo);
        const FilePlan plan =
            folder.editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("NASA/Tim Kopra")),
                                               replace(EditField::Creator, QStringLiteral("Tim Kopra"))},
                                              toSidecar));
        REQUIRE(plan.problem.isEmpty());
        CHECK_FALSE(plan.embedded);
        CHECK_FALSE(plan.whySidecar.isEmpty());
        CHECK(plan.sidecar == folder.path(sidecar));
        const WriteOutcome outcome = folder.editor.write(plan);
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.written);
        CHECK(PhotoFixture::readAll(photo) == before);
        REQUIRE(QFile::exists(folder.path(sidecar)));
        const PhotoRecord record = MetadataReader::read(photo);
        CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
        // The sidecar wins over the file's own Exif Artist (docs/metadata.md, "Sidecars").
        CHECK(record.creator == QStringLiteral("Tim Kopra"));
    }

    // A second edit updates the sidecar and keeps what the first wrote.
    const WriteOutcome again =
        planAndWrite(folder, asked, request({replace(EditField::Headline, QStringLiteral("Launch"))}, true));
    REQUIRE(again.written);
    const PhotoRecord record = MetadataReader::read(asked);
    CHECK(record.headline == QStringLiteral("Launch"));
    CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));

    // Reverting removes a sidecar Byline made.
    const WriteOutcome reverted = folder.editor.revert(raw);
    INFO(reverted.error.toStdString());
    CHECK(reverted.written);
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("DSC_0001.xmp"))));
}

TEST_CASE("editor: undoing the write that made a sidecar removes it, unless another program changed it since",
          "[editor][sidecar][undo]")
{
    // New-user finding: the window's Ctrl+Z after a credit sweep set the RAW's credit back but left the
    // sidecar the sweep had made, holding nothing the photo had before.
    Folder folder;
    RawFixture::Spec spec;
    spec.preview = QImage(160, 120, QImage::Format_RGB32);
    spec.preview.fill(Qt::darkBlue);
    const QString raw = RawFixture::tiffRaw(folder.path(QStringLiteral("DSC_0001.NEF")), spec);
    const QByteArray rawBytes = PhotoFixture::readAll(raw);
    const QString sidecar = folder.path(QStringLiteral("DSC_0001.xmp"));
    const FilePlan written =
        folder.editor.plan(raw, request({replace(EditField::Credit, QStringLiteral("NASA/Tim Kopra"))}));
    REQUIRE(folder.editor.write(written).written);
    REQUIRE(QFile::exists(sidecar));
    REQUIRE(MetadataReader::read(raw).credit == QStringLiteral("NASA/Tim Kopra"));

    SECTION("still as Byline wrote it: removed, and forgotten by the backup store")
    {
        const FilePlan undo = folder.editor.planUndo(written);
        CHECK(undo.removesSidecar);
        const WriteOutcome outcome = folder.editor.write(undo);
        INFO(outcome.error.toStdString());
        CHECK(outcome.written);
        CHECK(outcome.error.isEmpty());
        CHECK(outcome.notes.join(u'\n').contains(QStringLiteral("removed the sidecar")));
        CHECK(QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("DSC_0001.NEF")});
        CHECK(PhotoFixture::readAll(raw) == rawBytes);
        CHECK(MetadataReader::read(raw).credit.isEmpty());
        CHECK(folder.backups.entries().isEmpty());
    }
    SECTION("changed by another program since: kept with its work, the credit set back")
    {
        PhotoFixture::writeAll(
            sidecar, PhotoFixture::xmpPacket({PhotoFixture::simpleProperty(QStringLiteral("photoshop:Credit"),
                                                                           QStringLiteral("NASA/Tim Kopra")),
                                              PhotoFixture::simpleProperty(QStringLiteral("photoshop:Headline"),
                                                                           QStringLiteral("Develop settings"))}));
        const WriteOutcome outcome = folder.editor.write(folder.editor.planUndo(written));
        INFO(outcome.error.toStdString());
        CHECK(outcome.written);
        REQUIRE(QFile::exists(sidecar));
        const PhotoRecord record = MetadataReader::read(raw);
        CHECK(record.headline == QStringLiteral("Develop settings"));
        CHECK(record.credit.isEmpty());
    }
    SECTION("a later write to the sidecar it found there is undone in it, and the sidecar stays")
    {
        const FilePlan later =
            folder.editor.plan(raw, request({replace(EditField::Headline, QStringLiteral("Rollout"))}));
        REQUIRE(later.sidecarExists);
        REQUIRE(folder.editor.write(later).written);
        const FilePlan undo = folder.editor.planUndo(later);
        CHECK_FALSE(undo.removesSidecar);
        REQUIRE(folder.editor.write(undo).written);
        REQUIRE(QFile::exists(sidecar));
        const PhotoRecord record = MetadataReader::read(raw);
        CHECK(record.headline.isEmpty());
        CHECK(record.credit == QStringLiteral("NASA/Tim Kopra"));
    }
}

TEST_CASE("editor: a file changed after it was read is not written", "[editor]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle());
    const FilePlan plan =
        folder.editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("NASA/Tim Kopra"))}));
    REQUIRE(plan.canWrite());
    // Another program edits the file in between (same size: only the stamp tells).
    QByteArray edited = PhotoFixture::readAll(photo);
    edited.replace(QByteArrayLiteral("Tim Copra"), QByteArrayLiteral("Tim Kapra"));
    PhotoFixture::writeAll(photo, edited);

    const WriteOutcome outcome = folder.editor.write(plan);
    CHECK_FALSE(outcome.written);
    CHECK(outcome.error.contains(QStringLiteral("changed on disk")));
    CHECK(PhotoFixture::readAll(photo) == edited);
    CHECK(folder.backups.entries().isEmpty());
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("a.jpg")});
}

TEST_CASE("editor: a file another program replaces or changes in the instant before the rename is given back",
          "[editor]")
{
    for (const bool replaced : {true, false}) {
        DYNAMIC_SECTION((replaced ? "replaced by a rename" : "changed in place"))
        {
            Folder folder;
            const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle());
            const FilePlan plan = folder.editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("A"))}));
            REQUIRE(plan.problem.isEmpty());
            QByteArray theirs = PhotoFixture::readAll(photo);
            theirs.append("their edit");
            // After Byline's last check, before its new file takes the name: the race a plain rename loses.
            SafeFileWriter::setRaceHookForTests([&] {
                if (replaced) {
                    PhotoFixture::writeAll(photo + QStringLiteral(".theirs"), theirs);
                    REQUIRE(::rename(QFile::encodeName(photo + QStringLiteral(".theirs")).constData(),
                                     QFile::encodeName(photo).constData()) == 0);
                } else {
                    QFile file(photo);
                    REQUIRE(file.open(QIODevice::Append));
                    file.write("their edit");
                }
            });
            const WriteOutcome outcome = folder.editor.write(plan);
            SafeFileWriter::setRaceHookForTests({});
            CHECK_FALSE(outcome.written);
            CHECK(outcome.error.contains(QStringLiteral("changed on disk")));
            CHECK(PhotoFixture::readAll(photo) == theirs);
            // No temporary left beside it.
            CHECK(QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden) ==
                  QStringList{QStringLiteral("a.jpg")});
        }
    }
}

TEST_CASE("editor: revert restores the exact original bytes, and refuses over a later change", "[editor][revert]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle());
    const QByteArray original = PhotoFixture::readAll(photo);
    ::chmod(QFile::encodeName(photo).constData(), 0640);

    REQUIRE(planAndWrite(folder, photo, request({replace(EditField::Credit, QStringLiteral("A"))})).written);
    REQUIRE(planAndWrite(folder, photo, request({replace(EditField::Credit, QStringLiteral("B"))})).written);
    struct stat status
    {
    };
    REQUIRE(::stat(QFile::encodeName(photo).constData(), &status) == 0);
    CHECK((status.st_mode & 07777) == 0640); // the mode is kept
    REQUIRE(folder.backups.entries().size() == 1);

    WriteOutcome reverted = folder.editor.revert(photo);
    INFO(reverted.error.toStdString());
    REQUIRE(reverted.written);
    CHECK(PhotoFixture::readAll(photo) == original);
    CHECK(folder.backups.entries().isEmpty());
    CHECK_FALSE(folder.editor.revert(photo).written); // nothing kept any more

    REQUIRE(planAndWrite(folder, photo, request({replace(EditField::Credit, QStringLiteral("C"))})).written);
    QByteArray later = PhotoFixture::readAll(photo);
    later.append('\0'); // another program changed it after Byline
    PhotoFixture::writeAll(photo, later);
    reverted = folder.editor.revert(photo);
    CHECK_FALSE(reverted.written);
    CHECK(reverted.error.contains(QStringLiteral("--force")));
    CHECK(PhotoFixture::readAll(photo) == later);
    REQUIRE(folder.editor.revert(photo, true).written);
    CHECK(PhotoFixture::readAll(photo) == original);
}

TEST_CASE("editor: the store records SHA-256 digests and still knows a store written with BLAKE2b",
          "[editor][revert][backup]")
{
    Folder folder;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), wireStyle());
    const QByteArray original = PhotoFixture::readAll(photo);
    REQUIRE(planAndWrite(folder, photo, request({replace(EditField::Credit, QStringLiteral("A"))})).written);
    const QByteArray written = PhotoFixture::readAll(photo);

    QDirIterator found(folder.backupDir.path(), {QStringLiteral("entry.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    REQUIRE(found.hasNext());
    const QString entryPath = found.next();
    QJsonObject entry = QJsonDocument::fromJson(PhotoFixture::readAll(entryPath)).object();
    QJsonObject kept = entry.value(QStringLiteral("original")).toObject();
    CHECK(kept.value(QStringLiteral("sha256")).toString().toLatin1() ==
          QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    CHECK(BackupStore::digestOf(written) == QCryptographicHash::hash(written, QCryptographicHash::Sha256));

    // An entry as the first stores wrote it: BLAKE2b-256 under "blake2b".
    const auto legacy = [](QJsonObject identity, const QByteArray &bytes) {
        identity.remove(QStringLiteral("sha256"));
        identity.insert(QStringLiteral("blake2b"),
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex()));
        return identity;
    };
    entry.insert(QStringLiteral("original"), legacy(kept, original));
    QJsonArray writes;
    for (const QJsonValue &write : entry.value(QStringLiteral("written")).toArray())
        writes.append(legacy(write.toObject(), written));
    REQUIRE(!writes.isEmpty());
    entry.insert(QStringLiteral("written"), writes);
    PhotoFixture::writeAll(entryPath, QJsonDocument(entry).toJson());

    // Touched since: only the legacy digest can tell that the bytes are still Byline's write.
    REQUIRE(QProcess::execute(QStringLiteral("touch"), {QStringLiteral("-d"), QStringLiteral("2020-01-01"), photo}) ==
            0);
    const WriteOutcome reverted = folder.editor.revert(photo);
    INFO(reverted.error.toStdString());
    REQUIRE(reverted.written);
    CHECK(PhotoFixture::readAll(photo) == original);
}

TEST_CASE("editor: the backup store keeps to its limit, oldest first, and refuses a file beyond it", "[editor][backup]")
{
    QTemporaryDir dir;
    QTemporaryDir backupDir;
    const qint64 fileSize = PhotoFixture::readAll(PhotoFixture::jpegWith(dir.filePath(QStringLiteral("probe.jpg")),
                                                                         wireStyle(), {400, 300}))
                                .size();
    BackupStore backups(backupDir.path(), fileSize * 2 + 4096);
    MetadataEditor editor(backups);
    QStringList photos;
    for (const char *name : {"a.jpg", "b.jpg", "c.jpg"})
        photos.append(PhotoFixture::jpegWith(dir.filePath(QLatin1String(name)), wireStyle(), {400, 300}));
    QStringList notes;
    for (const QString &photo : photos) {
        const WriteOutcome outcome =
            editor.write(editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("X"))})));
        REQUIRE(outcome.written);
        notes += outcome.notes;
    }
    CHECK(backups.sizeOnDisk() <= backups.limitBytes());
    CHECK_FALSE(backups.entry(photos[0]).has_value()); // the oldest went
    CHECK(backups.entry(photos[2]).has_value());
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().contains(QStringLiteral("a.jpg")));

    BackupStore tiny(backupDir.path() + QStringLiteral("/tiny"), 1000);
    MetadataEditor strict(tiny);
    const QString big = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("big.jpg")), wireStyle(), {400, 300});
    const QByteArray before = PhotoFixture::readAll(big);
    const WriteOutcome refused =
        strict.write(strict.plan(big, request({replace(EditField::Credit, QStringLiteral("X"))})));
    CHECK_FALSE(refused.written);
    CHECK(refused.error.contains(QStringLiteral("limit")));
    CHECK(PhotoFixture::readAll(big) == before);
}

TEST_CASE("editor: a read-only folder and a vanished file are errors that change nothing", "[editor]")
{
    QTemporaryDir root;
    QTemporaryDir backupDir;
    const QString folder = root.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    const QString photo = PhotoFixture::jpegWith(folder + QStringLiteral("/a.jpg"), wireStyle());
    ::chmod(QFile::encodeName(photo).constData(), 0666);
    ::chmod(QFile::encodeName(backupDir.path()).constData(), 0777);
    ::chmod(QFile::encodeName(root.path()).constData(), 0755);
    const QByteArray before = PhotoFixture::readAll(photo);
    ::chmod(QFile::encodeName(folder).constData(), 0555);
    {
        UnprivilegedScope nobody;
        BackupStore backups(backupDir.path());
        MetadataEditor editor(backups);
        const WriteOutcome outcome =
            editor.write(editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("X"))})));
        CHECK_FALSE(outcome.written);
        CHECK(outcome.error.contains(QStringLiteral("folder")));
        CHECK(backups.entries().isEmpty()); // no entry claims a write that never happened
    }
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    CHECK(PhotoFixture::readAll(photo) == before);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("a.jpg")});

    BackupStore backups(backupDir.path());
    MetadataEditor editor(backups);
    const FilePlan plan = editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("X"))}));
    REQUIRE(QFile::remove(photo));
    const WriteOutcome vanished = editor.write(plan);
    CHECK_FALSE(vanished.written);
    CHECK_FALSE(QFile::exists(photo));
}

namespace {

// A tmpfs of @p bytes at @p folder when the tests may mount one (root in CI); unmounted when it goes.
class SmallDisk
{
public:
    SmallDisk(const QString &folder, qint64 bytes) : m_folder(QFile::encodeName(folder))
    {
        const QByteArray options = "size=" + QByteArray::number((bytes + 4095) / 4096 * 4) + "k";
        QDir().mkpath(folder);
        m_mounted = ::mount("tmpfs", m_folder.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount(m_folder.constData());
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    [[nodiscard]] bool mounted() const { return m_mounted; }

private:
    QByteArray m_folder;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("editor: a full disk is an error that leaves the file whole, no temporary and no backup entry",
          "[editor][diskfull]")
{
    QTemporaryDir root;
    const QByteArray before =
        PhotoFixture::readAll(PhotoFixture::jpegWith(root.filePath(QStringLiteral("a.jpg")), wireStyle(), {900, 700}));
    const QString folder = root.filePath(QStringLiteral("small"));
    // Room for one and a half copies; the store on the same disk keeps the original as a hard link, so
    // it is the new file that does not fit. Without a mount, a file-size limit on this process fails the
    // same write() with EFBIG where a full disk fails it with ENOSPC.
    const SmallDisk disk(folder, before.size() * 3 / 2);
    const QString photo = folder + QStringLiteral("/a.jpg");
    PhotoFixture::writeAll(photo, before);
    BackupStore backups(folder + QStringLiteral("/.originals"));
    MetadataEditor editor(backups);
    const FilePlan plan = editor.plan(photo, request({replace(EditField::Credit, QStringLiteral("X"))}));
    REQUIRE(plan.canWrite());
    WriteOutcome outcome;
    if (disk.mounted()) {
        outcome = editor.write(plan);
    } else {
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = old;
        limit.rlim_cur = rlim_t(before.size() / 2);
        ::setrlimit(RLIMIT_FSIZE, &limit);
        outcome = editor.write(plan);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
    }
    INFO(outcome.error.toStdString());
    CHECK_FALSE(outcome.written);
    CHECK(PhotoFixture::readAll(photo) == before);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("a.jpg")});
    CHECK(backups.entries().isEmpty()); // no entry claims a write that never happened
    CHECK_FALSE(editor.revert(photo).written);
}

TEST_CASE("editor: a backup store without room refuses the write and costs no other file its original",
          "[editor][diskfull]")
{
    QTemporaryDir root;
    const QString big = PhotoFixture::jpegWith(root.filePath(QStringLiteral("big.jpg")), wireStyle(), {900, 700});
    const QString small = PhotoFixture::jpegWith(root.filePath(QStringLiteral("small.jpg")), wireStyle());
    const QByteArray before = PhotoFixture::readAll(big);
    const QString store = root.filePath(QStringLiteral("store"));
    const SmallDisk disk(store, before.size() / 2); // another file system: originals are copied into it
    if (!disk.mounted()) {
        BYLINE_SKIP("cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN, as CI has)");
    }
    BackupStore backups(store + QStringLiteral("/originals"));
    MetadataEditor editor(backups);
    REQUIRE(editor.write(editor.plan(small, request({replace(EditField::Credit, QStringLiteral("X"))}))).written);
    REQUIRE(backups.entry(small).has_value());

    const WriteOutcome outcome =
        editor.write(editor.plan(big, request({replace(EditField::Credit, QStringLiteral("X"))})));
    INFO(outcome.error.toStdString());
    CHECK_FALSE(outcome.written);
    CHECK(outcome.error.contains(QStringLiteral("cannot keep the original")));
    CHECK(PhotoFixture::readAll(big) == before);
    CHECK(backups.entry(small).has_value()); // not evicted for a backup that failed
    CHECK_FALSE(backups.entry(big).has_value());
    CHECK(editor.revert(small).written);
}

TEST_CASE("editor: a store that held another value than the one shown is listed as losing it", "[editor]")
{
    Folder folder;
    MetadataWrite spec;
    spec.exif.caption = QStringLiteral("Exif says: the pad.");
    spec.iptc.caption = QStringLiteral("IPTC says: the pad at dawn.");
    spec.xmp.caption = spec.iptc.caption;
    const QString photo = PhotoFixture::jpegWith(folder.path(QStringLiteral("a.jpg")), spec);
    const FilePlan plan = folder.editor.plan(
        photo, request({{EditField::Caption, FieldEdit::Mode::Append, {QStringLiteral("MANDATORY CREDIT")}}}));
    REQUIRE(plan.problem.isEmpty());
    // The shown caption (Exif's, rule 1) gets the text; the XMP and IPTC caption it replaces is said too.
    REQUIRE(plan.changes.size() == 2);
    CHECK(plan.changes[0].before == QStringList{QStringLiteral("Exif says: the pad.")});
    CHECK(plan.changes[0].heldIn.isEmpty());
    CHECK(plan.changes[1].before == QStringList{QStringLiteral("IPTC says: the pad at dawn.")});
    CHECK_FALSE(plan.changes[1].heldIn.isEmpty());
    CHECK(plan.changes[1].after == QStringList{QStringLiteral("Exif says: the pad. MANDATORY CREDIT")});
    const WriteOutcome outcome = folder.editor.write(plan);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);
    CHECK(MetadataReader::read(photo).caption == QStringLiteral("Exif says: the pad. MANDATORY CREDIT"));
}
