#include "photorow.h"

#include "searchtext.h"

#include <QFileInfo>

namespace {

constexpr quint8 s_present = 0x80;
constexpr quint8 s_conflict = 0x40;
constexpr quint8 s_storeMask = 0x0F;
// Warnings and keywords are joined with the ASCII record separator, which none contains (TextDecoding::cleaned
// leaves no control character in a value); so are disagreements,
// each "field, store, value" joined by the unit separator.
constexpr char s_warningSeparator = '\x1E';
constexpr char s_unitSeparator = '\x1F';

// A NUL ends a field in the row's block: one inside a text (the reader turns them into spaces, but a
// record may come from elsewhere) would move every later field into the wrong place.
QByteArray withoutNul(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\0', ' ');
    return utf8;
}

QString disagreementsOf(const PhotoRecord &record)
{
    QStringList entries;
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        const auto provenance = record.provenanceOf(MetadataField(i));
        if (provenance && provenance->conflict)
            entries.append(QString::number(i) + QChar(s_unitSeparator) + QString::number(int(provenance->otherStore)) +
                           QChar(s_unitSeparator) + provenance->otherValue);
    }
    return entries.join(QChar(s_warningSeparator));
}

QString recordText(const PhotoRecord &record, PhotoRow::Text field)
{
    switch (field) {
    case PhotoRow::Text::Caption:
        return record.caption;
    case PhotoRow::Text::Credit:
        return record.credit;
    case PhotoRow::Text::Creator:
        return record.creator;
    case PhotoRow::Text::Copyright:
        return record.copyright;
    case PhotoRow::Text::Headline:
        return record.headline;
    case PhotoRow::Text::DateTaken:
        return record.dateTaken;
    case PhotoRow::Text::Format:
        return record.format;
    case PhotoRow::Text::Error:
        return record.error;
    case PhotoRow::Text::Warnings:
        return record.warnings.join(QChar(s_warningSeparator));
    case PhotoRow::Text::Disagreements:
        return disagreementsOf(record);
    case PhotoRow::Text::Companion:
        return record.companionPath;
    case PhotoRow::Text::CreditCorrectedFrom:
        return record.creditCorrectedFrom;
    case PhotoRow::Text::Title:
        return record.title;
    case PhotoRow::Text::Source:
        return record.source;
    case PhotoRow::Text::Instructions:
        return record.instructions;
    case PhotoRow::Text::UsageTerms:
        return record.usageTerms;
    case PhotoRow::Text::Keywords:
        return record.keywords.join(QChar(s_warningSeparator));
    case PhotoRow::Text::Sublocation:
        return record.sublocation;
    case PhotoRow::Text::City:
        return record.city;
    case PhotoRow::Text::State:
        return record.state;
    case PhotoRow::Text::Country:
        return record.country;
    case PhotoRow::Text::CountryCode:
        return record.countryCode;
    case PhotoRow::Text::Label:
        return record.label;
    case PhotoRow::Text::CameraSerial:
        return record.cameraSerial;
    case PhotoRow::Text::Count:
        break;
    }
    return {};
}

} // namespace

PhotoRow PhotoRow::fromRecord(const PhotoRecord &record)
{
    PhotoRow row;
    row.m_block = NativePath::encode(record.path);
    row.m_pathSize = quint32(row.m_block.size());
    row.m_block.append('\0');
    for (int i = 0; i < int(Text::Count); ++i) {
        // The companion is a path: its bytes, as the row's own path (NativePath), not UTF-8 text.
        const QString text = recordText(record, Text(i));
        row.m_block.append(Text(i) == Text::Companion ? NativePath::encode(text) : withoutNul(text)).append('\0');
    }
    row.m_searchKeyStart = quint32(row.m_block.size());
    // Each field folded on its own and joined by newlines, which no search term contains, so a term
    // never matches across two fields.
    // The spelling an alias corrected stays findable: a desk searches for the name it remembers seeing.
    // So are the wire fields (issue 20: "embargo", a city, a keyword); the rating is a number, which no
    // search word means.
    QStringList searchable = {NativePath::display(QFileInfo(record.path).fileName()),
                              record.caption,
                              record.credit,
                              record.creator,
                              record.headline,
                              record.creditCorrectedFrom,
                              record.title,
                              record.source,
                              record.instructions,
                              record.usageTerms,
                              record.sublocation,
                              record.city,
                              record.state,
                              record.country,
                              record.countryCode,
                              record.label};
    searchable += record.keywords;
    for (const QString &field : searchable)
        row.m_block.append(SearchText::fold(field)).append('\n');
    row.m_block.chop(1);
    row.m_block.squeeze(); // appending left spare capacity
    row.m_fileSize = record.fileSize;
    row.m_companionSize = record.companionSize;
    row.m_mtimeMs = record.mtime.isValid() ? record.mtime.toMSecsSinceEpoch() : 0;
    row.m_width = record.width;
    row.m_height = record.height;
    row.m_orientation = quint8(record.orientation);
    row.m_creditSource = quint8(record.creditSource);
    row.m_rating = record.rating ? qint8(*record.rating) : s_noRating;
    row.m_tagged = record.tagged;
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        if (const auto provenance = record.provenanceOf(MetadataField(i)))
            row.m_provenance[i] = s_present | (provenance->conflict ? s_conflict : 0) | quint8(provenance->store);
    }
    return row;
}

PhotoRecord PhotoRow::toRecord() const
{
    PhotoRecord record;
    record.path = path();
    record.caption = text(Text::Caption);
    record.credit = text(Text::Credit);
    record.creator = text(Text::Creator);
    record.copyright = text(Text::Copyright);
    record.headline = text(Text::Headline);
    record.dateTaken = text(Text::DateTaken);
    record.format = text(Text::Format);
    record.error = text(Text::Error);
    record.warnings = warnings();
    record.fileSize = m_fileSize;
    record.companionPath = companionPath();
    record.companionSize = m_companionSize;
    record.creditCorrectedFrom = text(Text::CreditCorrectedFrom);
    record.title = text(Text::Title);
    record.source = text(Text::Source);
    record.instructions = text(Text::Instructions);
    record.usageTerms = text(Text::UsageTerms);
    record.keywords = keywords();
    record.sublocation = text(Text::Sublocation);
    record.city = text(Text::City);
    record.state = text(Text::State);
    record.country = text(Text::Country);
    record.countryCode = text(Text::CountryCode);
    record.label = text(Text::Label);
    record.cameraSerial = text(Text::CameraSerial);
    record.rating = rating();
    record.tagged = m_tagged;
    record.mtime = m_mtimeMs ? QDateTime::fromMSecsSinceEpoch(m_mtimeMs, Qt::UTC) : QDateTime();
    record.width = m_width;
    record.height = m_height;
    record.orientation = m_orientation;
    record.creditSource = creditSource();
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        if (const auto value = provenance(MetadataField(i)))
            record.setProvenance(MetadataField(i), *value);
    }
    return record;
}

QString PhotoRow::fileName() const
{
    const QByteArrayView path = pathBytes();
    return NativePath::display(NativePath::decode(path.sliced(path.lastIndexOf('/') + 1)));
}

QByteArrayView PhotoRow::textUtf8(Text field) const
{
    if (m_block.isEmpty())
        return {};
    qsizetype start = m_pathSize + 1;
    for (int i = 0; i < int(field); ++i)
        start = m_block.indexOf('\0', start) + 1;
    const qsizetype end = m_block.indexOf('\0', start);
    return QByteArrayView(m_block).sliced(start, end - start);
}

QStringList PhotoRow::warnings() const
{
    const QString joined = text(Text::Warnings);
    return joined.isEmpty() ? QStringList() : joined.split(QChar(s_warningSeparator));
}

QStringList PhotoRow::keywords() const
{
    const QString joined = text(Text::Keywords);
    return joined.isEmpty() ? QStringList() : joined.split(QChar(s_warningSeparator));
}

PhotoRow PhotoRow::withMark(const PendingMark &mark) const
{
    if (mark.isEmpty())
        return *this;
    PhotoRecord record = toRecord();
    if (mark.rating) {
        record.rating = *mark.rating;
        record.clearProvenance(MetadataField::Rating);
    }
    if (mark.label) {
        record.label = *mark.label;
        record.clearProvenance(MetadataField::Label);
    }
    if (mark.tagged) {
        record.tagged = *mark.tagged;
        record.clearProvenance(MetadataField::Tagged);
    }
    PhotoRow marked = fromRecord(record);
    marked.m_stamp = m_stamp; // what the scan knows of the file, which the mark does not change
    marked.m_creditId = m_creditId;
    return marked;
}

std::optional<int> PhotoRow::rating() const
{
    return m_rating == s_noRating ? std::nullopt : std::optional<int>(m_rating);
}

QByteArrayView PhotoRow::nameKey() const
{
    const QByteArrayView key = searchKey();
    const qsizetype newline = key.indexOf('\n');
    return newline < 0 ? key : key.first(newline);
}

QByteArrayView PhotoRow::captionKey() const
{
    const QByteArrayView key = searchKey();
    const qsizetype start = key.indexOf('\n') + 1;
    if (start <= 0)
        return {};
    const qsizetype end = key.indexOf('\n', start);
    return end < 0 ? key.sliced(start) : key.sliced(start, end - start);
}

std::optional<FieldProvenance> PhotoRow::provenance(MetadataField field) const
{
    const quint8 packed = m_provenance[size_t(field)];
    if (!(packed & s_present))
        return std::nullopt;
    FieldProvenance provenance{MetadataStore(packed & s_storeMask), bool(packed & s_conflict), {}, {}};
    if (!provenance.conflict)
        return provenance;
    // Rare (a field the stores disagree about), so parsed when asked rather than kept parsed.
    const QString entries = text(Text::Disagreements);
    for (const QStringView entry : QStringView(entries).split(QChar(s_warningSeparator))) {
        const QList<QStringView> parts = entry.split(QChar(s_unitSeparator));
        if (parts.size() == 3 && parts[0].toInt() == int(field)) {
            provenance.otherStore = MetadataStore(parts[1].toInt());
            provenance.otherValue = parts[2].toString();
        }
    }
    return provenance;
}

bool PhotoRow::hasConflict() const
{
    for (const quint8 packed : m_provenance) {
        if (packed & s_conflict)
            return true;
    }
    return false;
}
