#include "resizedcopywriter.h"

#include "filedigest.h"
#include "stagedfile.h"

#include "imaging/photodecoder.h"
#include "imaging/photosource.h"
#include "metadata/iptctransplant.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatareader.h"
#include "metadata/metadatatransplant.h"
#include "metadata/originalmetadata.h"
#include "metadata/photoshopresources.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>

namespace {

QString mismatch(const char *field, const QString &read, const QString &meant)
{
    return QStringLiteral("%1 reads back as \"%2\" instead of \"%3\"").arg(QLatin1String(field), read, meant);
}

/** The copy's pixels as a JPEG, before its metadata is set. */
struct Pixels
{
    QByteArray jpeg;
    QSize size;
    QString error;
};

// A JPEG original that already fits the long edge and stands upright is the copy's image data as it is
// (docs/metadata.md, "What export writes"): encoding it again would lose quality, and never makes it
// larger. Empty when the original is not such a JPEG.
Pixels originalJpeg(const PhotoRecord &record, int longEdge)
{
    if (record.format != QLatin1String("jpeg") || record.orientation > 1 || record.width <= 0 ||
        qMax(record.width, record.height) > longEdge)
        return {};
    PhotoSource source(record.path);
    if (!source.open().isEmpty() || !source.load().isEmpty() || source.bytes().isEmpty())
        return {};
    const JpegStructure structure = JpegStructure::scan(source.bytes());
    if (structure.status != JpegStructure::Status::Complete || qMax(structure.width, structure.height) > longEdge)
        return {};
    return {source.bytes().toByteArray(), QSize(structure.width, structure.height), {}};
}

Pixels encoded(const PhotoRecord &record, int longEdge, int quality)
{
    const DecodedPhoto decoded = PhotoDecoder::fitted(record.path, QSize(longEdge, longEdge));
    if (decoded.image.isNull())
        return {{}, {}, decoded.error};
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // Huffman tables fitted to the image: a smaller file for little time
    if (!writer.write(decoded.image))
        return {{}, {}, QStringLiteral("cannot encode the JPEG: %1").arg(writer.errorString())};
    return {jpeg, decoded.image.size(), {}};
}

QString writeStaged(const StagedFile &staged, const QByteArray &bytes)
{
    QFile file(staged.tempPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return QStringLiteral("cannot write the copy: %1").arg(file.errorString());
    return {};
}

// The IPTCDigest must be the MD5 of the IPTC block written, or readers that follow MWG prefer IPTC
// to XMP (or the reverse) and disagree about the fields. Every dataset of the original must be there.
QStringList carriedProblems(const QByteArray &bytes, const OriginalMetadata &original, const StoreValues &written)
{
    const JpegStructure structure = JpegStructure::scan(bytes);
    const PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(bytes));
    QStringList problems;
    if (resources.digestState() != PhotoshopResources::DigestState::Matches)
        problems.append(QStringLiteral("the IPTCDigest does not match the IPTC block"));
    const QByteArray iim = resources.find(PhotoshopResources::s_iptcId).value_or(QByteArray());
    return problems + IptcTransplant::differences(original.iptc, iim, written);
}

QString failed(const QStringList &problems)
{
    return QStringLiteral("round-trip check failed: %1").arg(problems.join(QStringLiteral("; ")));
}

} // namespace

StoreValues ResizedCopyWriter::writtenFor(const PhotoRecord &record)
{
    // Null for absent: a record from the grid's rows has "" where the file had nothing, and an empty
    // value written would be an empty element in the copy's XMP.
    const auto given = [](const QString &text) { return text.isEmpty() ? QString() : text; };
    StoreValues values;
    values.caption = given(record.caption);
    values.creator = given(record.creator);
    values.copyright = given(record.copyright);
    values.credit = given(record.credit);
    values.headline = given(record.headline);
    values.orientation = 1;
    return values;
}

QStringList ResizedCopyWriter::verify(const QString &path, const PhotoRecord &meant)
{
    const PhotoRecord read = MetadataReader::read(path);
    if (read.hasError())
        return {QStringLiteral("the copy cannot be read back: %1").arg(read.error)};
    const StoreValues written = writtenFor(meant);
    QStringList problems;
    const auto check = [&problems](const char *field, const QString &got, const QString &wanted) {
        if (got != wanted && !(got.isEmpty() && wanted.isEmpty()))
            problems.append(mismatch(field, got, wanted));
    };
    check("caption", read.caption, written.caption);
    check("credit", read.credit, written.credit);
    check("creator", read.creator, written.creator);
    check("copyright", read.copyright, written.copyright);
    check("headline", read.headline, written.headline);
    // Dates are copied, store by store, as the original wrote them: the copy's must read as the
    // original's did, unless the original's stores disagree (each keeps its own) or the date came from a
    // RAW companion, whose stores the copy does not carry.
    const std::optional<FieldProvenance> date = meant.provenanceOf(MetadataField::DateTaken);
    if (date && !date->conflict && date->store != MetadataStore::RawCompanion)
        check("date", read.dateTaken, meant.dateTaken);
    if (read.orientation != 1)
        problems.append(QStringLiteral("orientation reads back as %1 instead of 1").arg(read.orientation));
    if (!meant.credit.isEmpty() && read.creditSource != CreditSource::Embedded)
        problems.append(QStringLiteral("the credit is not in the copy's metadata"));
    for (const MetadataField field : {MetadataField::Caption, MetadataField::Credit, MetadataField::Creator,
                                      MetadataField::Copyright, MetadataField::Headline, MetadataField::Orientation}) {
        if (const std::optional<FieldProvenance> provenance = read.provenanceOf(field);
            provenance && provenance->conflict)
            problems.append(QStringLiteral("the stores disagree about the %1").arg(metadataFieldName(field)));
    }
    return problems;
}

ResizedCopyWriter::Result ResizedCopyWriter::write(const PhotoRecord &record, const QString &target, int longEdge,
                                                   int quality, const std::atomic<bool> &cancelled)
{
    Pixels pixels = originalJpeg(record, longEdge);
    if (pixels.jpeg.isEmpty())
        pixels = encoded(record, longEdge, quality);
    if (pixels.jpeg.isEmpty())
        return {{}, pixels.error, {}};
    if (cancelled.load())
        return {{}, QStringLiteral("cancelled"), {}};
    const OriginalMetadata original = OriginalMetadata::read(record.path);
    const StoreValues written = writtenFor(record);
    const MetadataTransplant::Result copy = MetadataTransplant::apply(original, pixels.jpeg, {written, pixels.size});
    if (!copy.error.isEmpty())
        return {{}, QStringLiteral("cannot write the metadata: %1").arg(copy.error), {}};
    StagedFile staged(QFileInfo(target).absolutePath());
    if (QString error = staged.create(); !error.isEmpty())
        return {{}, error, {}};
    if (QString error = writeStaged(staged, copy.jpeg); !error.isEmpty())
        return {{}, error, {}};
    // What is checked is what is on disk.
    QFile file(staged.tempPath());
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot read the copy back: %1").arg(file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    if (const QStringList problems = verify(staged.tempPath(), record) + carriedProblems(bytes, original, written);
        !problems.isEmpty())
        return {{}, failed(problems), {}};
    const FileDigest digest = FileDigest::of(bytes);
    if (cancelled.load())
        return {{}, QStringLiteral("cancelled"), {}};
    if (QString error = staged.commit(target); !error.isEmpty())
        return {{}, error, {}};
    return {{ExportReport::Output::Kind::Resized, target, digest.size, digest.sha256},
            {},
            original.warnings + copy.warnings};
}
