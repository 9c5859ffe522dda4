#include "photodetails.h"

#include "credits/attributedcaption.h"
#include "credits/wirerestrictions.h"
#include "metadata/colourlabel.h"
#include "metadata/nativepath.h"
#include "thumbnails/imageid.h"

#include <QLocale>

#include <algorithm>

PhotoDetails::PhotoDetails(QObject *parent) : QObject(parent) {}

void PhotoDetails::setPhotos(PhotoModel *photos)
{
    if (photos == m_photos)
        return;
    if (m_photos)
        disconnect(m_photos, nullptr, this, nullptr);
    m_photos = photos;
    if (photos) {
        // A rescan updates rows in place, inserts and removes them, or resets the model on a new folder.
        connect(photos, &QAbstractItemModel::dataChanged, this, &PhotoDetails::refresh);
        connect(photos, &QAbstractItemModel::rowsInserted, this, &PhotoDetails::refresh);
        connect(photos, &QAbstractItemModel::rowsRemoved, this, &PhotoDetails::refresh);
        connect(photos, &QAbstractItemModel::modelReset, this, &PhotoDetails::refresh);
    }
    emit photosChanged();
    refresh();
}

void PhotoDetails::setBook(CreditBookModel *book)
{
    if (book == m_book)
        return;
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book)
        connect(book, &CreditBookModel::houseStyleChanged, this, &PhotoDetails::detailsChanged);
    emit bookChanged();
    emit detailsChanged();
}

void PhotoDetails::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged();
    refresh();
}

void PhotoDetails::refresh()
{
    const int row = m_photos && !m_path.isEmpty() ? m_photos->rowOf(m_path) : -1;
    const bool valid = row >= 0;
    if (valid == m_valid && (!valid || m_photos->row(row) == m_row))
        return; // selection clicks change the model's "selected" role, not what we show
    m_valid = valid;
    m_row = valid ? m_photos->row(row) : PhotoRow();
    emit detailsChanged();
}

QString PhotoDetails::fileName() const
{
    return m_valid ? m_row.fileName() : QString();
}

QString PhotoDetails::shownPath() const
{
    return m_valid ? NativePath::display(m_path) : QString();
}

QUrl PhotoDetails::imageUrl(const QString &provider) const
{
    if (!m_valid)
        return {};
    return QUrl(ImageId::url(provider, m_row.path(), m_row.version(), m_row.fileSize()));
}

QString PhotoDetails::creditLine() const
{
    return m_book ? m_book->lineFor(credit()) : AttributedCaption::creditLine(credit());
}

QString PhotoDetails::houseCreditLine() const
{
    const QString line = creditLine();
    return line == AttributedCaption::creditLine(credit()) ? QString() : line;
}

QString PhotoDetails::creditNote() const
{
    // The provenance of a correction (docs/metadata.md, "Credit names in the facet list"): the files'
    // spelling stays in view beside the accepted one.
    const QString original = creditCorrectedFrom();
    return original.isEmpty() ? QString() : tr("corrected from '%1' by the desk's alias").arg(original);
}

QString PhotoDetails::captionBody() const
{
    return AttributedCaption::body(caption(), credit());
}

QString PhotoDetails::attributedCaption() const
{
    return AttributedCaption::compose(caption(), credit(), creditLine());
}

QString PhotoDetails::dateTaken() const
{
    // ISO 8601 as recorded (docs/metadata.md, "Dates"); a space reads better than the 'T' in a pane.
    return text(PhotoRow::Text::DateTaken).replace(u'T', u' ');
}

QString PhotoDetails::dimensions() const
{
    if (!m_valid || m_row.width() <= 0 || m_row.height() <= 0)
        return {};
    return QStringLiteral("%1 \u00D7 %2").arg(m_row.width()).arg(m_row.height());
}

QString PhotoDetails::format() const
{
    return text(PhotoRow::Text::Format).toUpper();
}

QString PhotoDetails::fileSize() const
{
    return m_valid ? QLocale().formattedDataSize(m_row.fileSize()) : QString();
}

QString PhotoDetails::companionFileName() const
{
    return hasCompanion() ? NativePath::display(m_row.companionPath().section(u'/', -1)) : QString();
}

QString PhotoDetails::companionFileSize() const
{
    return hasCompanion() ? QLocale().formattedDataSize(m_row.companionSize()) : QString();
}

QString PhotoDetails::sourceOf(MetadataField field) const
{
    const auto provenance = m_valid ? m_row.provenance(field) : std::nullopt;
    return provenance ? storeLabel(provenance->store) : QString();
}

QString PhotoDetails::ratingSource() const
{
    const bool pending = m_valid && m_photos && m_photos->pendingMarks().of(m_row.path()).rating;
    return pending ? tr("set here, not written yet") : sourceOf(MetadataField::Rating);
}

QString PhotoDetails::labelSource() const
{
    const bool pending = m_valid && m_photos && m_photos->pendingMarks().of(m_row.path()).label;
    return pending ? tr("set here, not written yet") : sourceOf(MetadataField::Label);
}

QString PhotoDetails::taggedSource() const
{
    const bool pending = m_valid && m_photos && m_photos->pendingMarks().of(m_row.path()).tagged;
    return pending ? tr("set here, not written yet") : sourceOf(MetadataField::Tagged);
}

bool PhotoDetails::conflictOf(MetadataField field) const
{
    const auto provenance = m_valid ? m_row.provenance(field) : std::nullopt;
    return provenance && provenance->conflict;
}

QVariant PhotoDetails::disagreements() const
{
    QVariantMap map;
    for (int i = 0; m_valid && i < s_metadataFieldCount; ++i) {
        const auto provenance = m_row.provenance(MetadataField(i));
        if (provenance && provenance->conflict)
            map.insert(metadataFieldName(MetadataField(i)),
                       QVariantMap{{QStringLiteral("source"), storeLabel(provenance->otherStore)},
                                   {QStringLiteral("value"), provenance->otherValue}});
    }
    return map;
}

QString PhotoDetails::instructionsAlert() const
{
    const auto provenance = m_valid ? m_row.provenance(MetadataField::Instructions) : std::nullopt;
    const QString other = provenance && provenance->conflict ? provenance->otherValue : QString();
    return WireRestrictions::of(instructions(), other).summaryAgainst(credit());
}

QString PhotoDetails::keywords() const
{
    return m_valid ? m_row.keywords().join(QStringLiteral("; ")) : QString();
}

namespace {

// The location's parts, smallest first, as an address is written; the code goes in brackets after the
// country.
constexpr std::pair<PhotoRow::Text, MetadataField> s_locationParts[] = {
    {PhotoRow::Text::Sublocation, MetadataField::Sublocation},
    {PhotoRow::Text::City, MetadataField::City},
    {PhotoRow::Text::State, MetadataField::State},
    {PhotoRow::Text::Country, MetadataField::Country},
    {PhotoRow::Text::CountryCode, MetadataField::CountryCode},
};

} // namespace

QString PhotoDetails::location() const
{
    QStringList parts;
    for (const auto &[text, field] : s_locationParts) {
        if (const QString part = this->text(text); !part.isEmpty() && field != MetadataField::CountryCode)
            parts.append(part);
    }
    const QString code = text(PhotoRow::Text::CountryCode);
    if (code.isEmpty())
        return parts.join(QStringLiteral(", "));
    return parts.isEmpty() ? code : tr("%1 (%2)").arg(parts.join(QStringLiteral(", ")), code);
}

QString PhotoDetails::locationSource() const
{
    QStringList stores;
    for (const auto &[text, field] : s_locationParts) {
        if (const QString store = sourceOf(field); !store.isEmpty() && !stores.contains(store))
            stores.append(store);
    }
    return stores.join(QStringLiteral(", "));
}

bool PhotoDetails::locationConflict() const
{
    return std::any_of(std::begin(s_locationParts), std::end(s_locationParts),
                       [this](const auto &part) { return conflictOf(part.second); });
}

QVariant PhotoDetails::locationDisagreement() const
{
    // Each part the stores disagree about, named, since the other store may differ in one part only:
    // "XMP says: city Moscow".
    QStringList stores, values;
    for (const auto &[text, field] : s_locationParts) {
        const auto provenance = m_valid ? m_row.provenance(field) : std::nullopt;
        if (!provenance || !provenance->conflict)
            continue;
        if (const QString store = storeLabel(provenance->otherStore); !stores.contains(store))
            stores.append(store);
        values.append(tr("%1 %2").arg(locationPartName(field), provenance->otherValue));
    }
    if (values.isEmpty())
        return {};
    return QVariantMap{{QStringLiteral("source"), stores.join(QStringLiteral(", "))},
                       {QStringLiteral("value"), values.join(QStringLiteral(", "))}};
}

QString PhotoDetails::rating() const
{
    const std::optional<int> stars = m_valid ? m_row.rating() : std::nullopt;
    if (!stars)
        return {};
    if (*stars < 0)
        return tr("Rejected");
    if (*stars == 0)
        return tr("Unrated");
    return QString(*stars, QChar(0x2605)) + QString(5 - *stars, QChar(0x2606)); // ★ and ☆
}

QString PhotoDetails::labelShown() const
{
    if (const QString value = label(); !value.isEmpty())
        return ColourLabel::displayName(value);
    const bool takenAway = m_valid && m_photos && m_photos->pendingMarks().of(m_row.path()).label.has_value();
    return takenAway ? tr("No label") : QString();
}

QString PhotoDetails::taggedShown() const
{
    if (tagged())
        return tr("✓ Tagged");
    const bool takenAway = m_valid && m_photos && m_photos->pendingMarks().of(m_row.path()).tagged.has_value();
    return takenAway ? tr("Untagged") : QString();
}

QString PhotoDetails::marks() const
{
    QStringList parts{taggedShown(), rating(), labelShown()};
    parts.removeAll(QString());
    if (parts.isEmpty())
        return {};
    // Which of the photo's marks are only in the catalog so far: the lightbox and compare have no amber.
    const PendingMark pending = m_valid && m_photos ? m_photos->pendingMarks().of(m_row.path()) : PendingMark{};
    QStringList unwritten;
    if (pending.tagged)
        unwritten << tr("tag");
    if (pending.rating)
        unwritten << tr("rating");
    if (pending.label)
        unwritten << tr("label");
    const QString marks = parts.join(QStringLiteral("  ·  "));
    return unwritten.isEmpty() ? marks
                               : tr("%1  (not written yet: %2)").arg(marks, unwritten.join(QStringLiteral(", ")));
}

QString PhotoDetails::locationPartName(MetadataField field)
{
    switch (field) {
    case MetadataField::Sublocation:
        return tr("sub-location");
    case MetadataField::City:
        return tr("city");
    case MetadataField::State:
        return tr("state");
    case MetadataField::Country:
        return tr("country");
    case MetadataField::CountryCode:
        return tr("country code");
    default:
        return metadataFieldName(field);
    }
}

QString PhotoDetails::storeLabel(MetadataStore store)
{
    switch (store) {
    case MetadataStore::Exif:
        return tr("Exif");
    case MetadataStore::Iptc:
        return tr("IPTC");
    case MetadataStore::Xmp:
        return tr("XMP");
    case MetadataStore::Sidecar:
        return tr("XMP sidecar");
    case MetadataStore::Caption:
        return tr("caption text");
    case MetadataStore::PngText:
        return tr("PNG text");
    case MetadataStore::ExifWindows1252:
        return tr("Exif, read as Windows-1252");
    case MetadataStore::Ducky:
        return tr("Photoshop Save for Web");
    case MetadataStore::RawCompanion:
        return tr("RAW companion");
    }
    return {};
}
