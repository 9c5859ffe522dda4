#include "resizedcopywriter.h"

#include "filedigest.h"
#include "stagedfile.h"

#include "imaging/photodecoder.h"
#include "metadata/jpegstructure.h"
#include "metadata/metadatareader.h"
#include "metadata/photoshopresources.h"

#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QRegularExpression>

namespace {

// The dates MetadataWriter can put in every store: a day, or a day and a time with an optional zone.
bool isWritableDate(const QString &date)
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?$"));
    return s_pattern.match(date).hasMatch();
}

QString mismatch(const char *field, const QString &read, const QString &meant)
{
    return QStringLiteral("%1 reads back as \"%2\" instead of \"%3\"").arg(QLatin1String(field), read, meant);
}

QString encode(const QImage &image, const QString &path, int quality)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // Huffman tables fitted to the image: a smaller file for little time
    if (!writer.write(image))
        return QStringLiteral("cannot encode the JPEG: %1").arg(writer.errorString());
    return {};
}

// The IPTCDigest must be the MD5 of the IPTC block written, or readers that follow MWG prefer IPTC
// to XMP (or the reverse) and disagree about the fields.
QString digestProblem(const QByteArray &bytes)
{
    const JpegStructure structure = JpegStructure::scan(bytes);
    const PhotoshopResources resources = PhotoshopResources::parse(structure.photoshopResources(bytes));
    return resources.digestState() == PhotoshopResources::DigestState::Matches
               ? QString()
               : QStringLiteral("the IPTCDigest does not match the IPTC block");
}

} // namespace

MetadataWrite ResizedCopyWriter::metadataFor(const PhotoRecord &record)
{
    // Null for absent: a record from the grid's rows has "" where the file had nothing, and MetadataWriter
    // writes every non-null value, which left empty Creator and Headline elements in the copies' XMP.
    const auto given = [](const QString &text) { return text.isEmpty() ? QString() : text; };
    StoreValues values;
    values.caption = given(record.caption);
    values.creator = given(record.creator);
    values.copyright = given(record.copyright);
    values.credit = given(record.credit);
    values.headline = given(record.headline);
    values.dateTaken = isWritableDate(record.dateTaken) ? record.dateTaken : QString();
    values.orientation = 1;

    MetadataWrite spec;
    spec.exif = values; // Exif has no credit or headline fields; MetadataWriter skips them there
    spec.iptc = values;
    spec.xmp = values;
    spec.digest = MetadataWrite::Digest::Matching;
    return spec;
}

QStringList ResizedCopyWriter::verify(const QString &path, const PhotoRecord &meant)
{
    const PhotoRecord read = MetadataReader::read(path);
    if (read.hasError())
        return {QStringLiteral("the copy cannot be read back: %1").arg(read.error)};
    const MetadataWrite spec = metadataFor(meant);
    QStringList problems;
    const auto check = [&problems](const char *field, const QString &got, const QString &wanted) {
        if (got != wanted && !(got.isEmpty() && wanted.isEmpty()))
            problems.append(mismatch(field, got, wanted));
    };
    check("caption", read.caption, spec.xmp.caption);
    check("credit", read.credit, spec.xmp.credit);
    check("creator", read.creator, spec.xmp.creator);
    check("copyright", read.copyright, spec.xmp.copyright);
    check("headline", read.headline, spec.xmp.headline);
    check("date", read.dateTaken, spec.xmp.dateTaken);
    if (read.orientation != 1)
        problems.append(QStringLiteral("orientation reads back as %1 instead of 1").arg(read.orientation));
    if (!meant.credit.isEmpty() && read.creditSource != CreditSource::Embedded)
        problems.append(QStringLiteral("the credit is not in the copy's metadata"));
    for (size_t field = 0; field < read.provenance.size(); ++field) {
        if (read.provenance[field] && read.provenance[field]->conflict)
            problems.append(
                QStringLiteral("the stores disagree about the %1").arg(metadataFieldName(MetadataField(field))));
    }
    return problems;
}

ResizedCopyWriter::Result ResizedCopyWriter::write(const PhotoRecord &record, const QString &target, int longEdge,
                                                   int quality, const std::atomic<bool> &cancelled)
{
    const DecodedPhoto decoded = PhotoDecoder::fitted(record.path, QSize(longEdge, longEdge));
    if (decoded.image.isNull())
        return {{}, decoded.error};
    if (cancelled.load())
        return {{}, QStringLiteral("cancelled")};
    StagedFile staged(QFileInfo(target).absolutePath());
    if (QString error = staged.create(); !error.isEmpty())
        return {{}, error};
    if (QString error = encode(decoded.image, staged.tempPath(), quality); !error.isEmpty())
        return {{}, error};
    if (QString error = MetadataWriter::write(staged.tempPath(), metadataFor(record)); !error.isEmpty())
        return {{}, QStringLiteral("cannot write the metadata: %1").arg(error)};
    if (const QStringList problems = verify(staged.tempPath(), record); !problems.isEmpty())
        return {{}, QStringLiteral("round-trip check failed: %1").arg(problems.join(QStringLiteral("; ")))};
    QFile file(staged.tempPath());
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot read the copy back: %1").arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    if (QString problem = digestProblem(bytes); !problem.isEmpty())
        return {{}, problem};
    const FileDigest digest = FileDigest::of(bytes);
    if (cancelled.load())
        return {{}, QStringLiteral("cancelled")};
    if (QString error = staged.commit(target); !error.isEmpty())
        return {{}, error};
    return {{ExportReport::Output::Kind::Resized, target, digest.size, digest.sha256}, {}};
}
