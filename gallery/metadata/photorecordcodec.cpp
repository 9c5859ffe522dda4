#include "photorecordcodec.h"

#include "nativepath.h"

#include <QDataStream>
#include <QIODevice>
#include <QVarLengthArray>

namespace {

// Pinned so that a Qt upgrade never changes what existing blobs mean.
constexpr QDataStream::Version s_streamVersion = QDataStream::Qt_6_4;

// A provenance byte: the store in the low bits, the conflict flag on top; 0xff when the field has none.
// A conflict is followed by the other store's byte and its value.
constexpr quint8 s_noProvenance = 0xff;
constexpr quint8 s_conflictBit = 0x80;

// How mtime is kept: its instant in milliseconds, plus the offset when the time carries one.
enum class TimeKind : quint8
{
    Invalid,
    Instant,
    Offset
};

// Text goes as UTF-8 in a QByteArray, which keeps null (absent) apart from empty: QDataStream writes
// a null array as the length 0xffffffff.
constexpr quint32 s_nullText = 0xffffffff;

void writeText(QDataStream &out, const QString &text)
{
    out << (text.isNull() ? QByteArray() : text.toUtf8());
}

// A path goes as its bytes on disk: UTF-8, unless the name is not (NativePath), which toUtf8() would lose.
void writePath(QDataStream &out, const QString &path)
{
    out << (path.isNull() ? QByteArray() : NativePath::encode(path));
}

QString fromUtf8(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

// Reads what writeText (or, with NativePath::decode, writePath) wrote, through a stack buffer rather than a
// QByteArray: that would be one more allocation per text field, eight per record.
QString readText(QDataStream &in, QString (*decode)(QByteArrayView) = fromUtf8)
{
    quint32 size = 0;
    in >> size;
    if (size == s_nullText)
        return QString();
    // Checked first, so that a damaged length cannot make us allocate more than the blob holds.
    const bool fits = size <= in.device()->bytesAvailable();
    QVarLengthArray<char, 1024> utf8(fits ? size : 0);
    if (!fits || in.readRawData(utf8.data(), int(size)) != int(size)) {
        in.setStatus(QDataStream::ReadPastEnd);
        return QString();
    }
    return decode(QByteArrayView(utf8.constData(), size));
}

void writeTime(QDataStream &out, const QDateTime &time)
{
    if (!time.isValid())
        out << quint8(TimeKind::Invalid);
    else if (time.timeSpec() == Qt::LocalTime || time.timeSpec() == Qt::UTC)
        out << quint8(TimeKind::Instant) << time.toMSecsSinceEpoch();
    else // a zone is kept as its offset at that instant, which keeps the instant
        out << quint8(TimeKind::Offset) << time.toMSecsSinceEpoch() << qint32(time.offsetFromUtc());
}

// An instant comes back in UTC, local time included: making a local QDateTime costs a time-zone lookup
// (about 4 us, 0.4 s for a folder of 100,000) and the instant, which is what == compares, is the same.
std::optional<QDateTime> readTime(QDataStream &in)
{
    quint8 kind = 0;
    qint64 msecs = 0;
    in >> kind;
    if (kind == quint8(TimeKind::Invalid))
        return QDateTime();
    in >> msecs;
    if (kind == quint8(TimeKind::Instant))
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    qint32 offset = 0;
    in >> offset;
    // Real UTC offsets lie within a day; anything else is damage.
    if (kind != quint8(TimeKind::Offset) || offset <= -86400 || offset >= 86400)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
}

void writeProvenance(QDataStream &out, const PhotoRecord &record)
{
    out << quint8(s_metadataFieldCount);
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        const std::optional<FieldProvenance> value = record.provenanceOf(MetadataField(i));
        if (!value) {
            out << s_noProvenance;
            continue;
        }
        out << quint8(quint8(value->store) | (value->conflict ? s_conflictBit : 0));
        if (value->conflict) {
            out << quint8(value->otherStore);
            writeText(out, value->otherValue);
        }
    }
}

// False on a byte that names no store, or a field count from another build of PhotoRecord. RawCompanion
// is no store a file is read from (only a pair's record has it, and pairs are never stored), so it is refused too.
bool readProvenance(QDataStream &in, PhotoRecord &record)
{
    quint8 count = 0;
    in >> count;
    if (count != s_metadataFieldCount)
        return false;
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        quint8 byte = s_noProvenance;
        in >> byte;
        if (byte == s_noProvenance)
            continue;
        const quint8 store = byte & ~s_conflictBit;
        if (store > quint8(MetadataStore::Ducky))
            return false;
        FieldProvenance value{MetadataStore(store), (byte & s_conflictBit) != 0, {}, {}};
        if (value.conflict) {
            quint8 other = 0;
            in >> other;
            if (other > quint8(MetadataStore::Ducky))
                return false;
            value.otherStore = MetadataStore(other);
            value.otherValue = readText(in);
        }
        record.setProvenance(MetadataField(i), value);
    }
    return true;
}

// A list of texts: the warnings, the keywords.
void writeTextList(QDataStream &out, const QStringList &texts)
{
    out << quint32(texts.size());
    for (const QString &text : texts)
        writeText(out, text);
}

bool readTextList(QDataStream &in, QStringList &texts)
{
    quint32 count = 0;
    in >> count;
    // Each text takes at least its 4-byte length, so a damaged count cannot make us loop or reserve
    // far beyond what the blob holds.
    if (count > quint32(in.device()->bytesAvailable() / 4))
        return false;
    texts.reserve(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
        texts << readText(in);
    return true;
}

// The rating's byte when the record has none: -1 to 5 are ratings.
constexpr qint8 s_noRating = -128;

// The wire fields' text, in this order, between the date taken and the numbers.
constexpr QString PhotoRecord::*s_wireTexts[] = {
    &PhotoRecord::title,       &PhotoRecord::source, &PhotoRecord::instructions, &PhotoRecord::usageTerms,
    &PhotoRecord::sublocation, &PhotoRecord::city,   &PhotoRecord::state,        &PhotoRecord::country,
    &PhotoRecord::countryCode, &PhotoRecord::label,
};

void writeWireFields(QDataStream &out, const PhotoRecord &record)
{
    for (QString PhotoRecord::*member : s_wireTexts)
        writeText(out, record.*member);
    writeTextList(out, record.keywords);
    out << (record.rating ? qint8(*record.rating) : s_noRating) << quint8(record.tagged);
}

bool readWireFields(QDataStream &in, PhotoRecord &record)
{
    for (QString PhotoRecord::*member : s_wireTexts)
        record.*member = readText(in);
    if (!readTextList(in, record.keywords))
        return false;
    qint8 rating = s_noRating;
    quint8 tagged = 0;
    in >> rating >> tagged;
    if (rating != s_noRating)
        record.rating = rating;
    record.tagged = tagged == 1;
    return (rating == s_noRating || (rating >= -1 && rating <= 5)) && tagged <= 1;
}

bool readNumbers(QDataStream &in, PhotoRecord &record)
{
    qint32 width = 0;
    qint32 height = 0;
    quint8 orientation = 0;
    in >> width >> height >> orientation;
    record.width = width;
    record.height = height;
    record.orientation = orientation;
    return width >= 0 && height >= 0 && orientation <= 8; // Exif orientations are 1-8, 0 for none
}

bool readBody(QDataStream &in, PhotoRecord &record)
{
    quint8 creditSource = 0;
    record.path = readText(in, NativePath::decode);
    record.caption = readText(in);
    record.credit = readText(in);
    in >> creditSource;
    record.creditSource = CreditSource(creditSource);
    record.creator = readText(in);
    record.copyright = readText(in);
    record.headline = readText(in);
    record.dateTaken = readText(in);
    if (creditSource > quint8(CreditSource::Caption) || !readWireFields(in, record) || !readNumbers(in, record))
        return false;
    record.format = readText(in);
    record.cameraSerial = readText(in);
    in >> record.fileSize;
    const std::optional<QDateTime> mtime = readTime(in);
    if (!mtime || record.fileSize < 0 || !readProvenance(in, record))
        return false;
    record.mtime = *mtime;
    record.error = readText(in);
    return readTextList(in, record.warnings);
}

} // namespace

namespace PhotoRecordCodec {

QByteArray encode(const PhotoRecord &record)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(s_streamVersion);
    out << s_formatVersion;
    writePath(out, record.path);
    writeText(out, record.caption);
    writeText(out, record.credit);
    out << quint8(record.creditSource);
    writeText(out, record.creator);
    writeText(out, record.copyright);
    writeText(out, record.headline);
    writeText(out, record.dateTaken);
    writeWireFields(out, record);
    out << qint32(record.width) << qint32(record.height) << quint8(record.orientation);
    writeText(out, record.format);
    writeText(out, record.cameraSerial);
    out << record.fileSize;
    writeTime(out, record.mtime);
    writeProvenance(out, record);
    writeText(out, record.error);
    writeTextList(out, record.warnings);
    return bytes;
}

std::optional<PhotoRecord> decode(QByteArrayView bytes)
{
    // Reads the caller's bytes in place; nothing outlives this call.
    const QByteArray view = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream in(view);
    in.setVersion(s_streamVersion);
    quint8 version = 0;
    in >> version;
    if (version != s_formatVersion)
        return std::nullopt;
    PhotoRecord record;
    // Every read past the end sets the status, so one check after the last read covers them all;
    // trailing bytes mean the blob is not what we think it is.
    if (!readBody(in, record) || in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return record;
}

} // namespace PhotoRecordCodec
