#include "metadatareconciler.h"

#include "credits/captioncreditparser.h"
#include "credits/creditname.h"
#include "datetaken.h"
#include "editfield.h"

#include <optional>

namespace {

struct Candidate
{
    QString value;
    MetadataStore store;
};

// The fields MWG reconciles with Exif (rule 1). Credit, headline and the wire fields are not in MWG and
// have no Exif home (rule 4).
bool isMwgField(MetadataField field)
{
    switch (field) {
    case MetadataField::Caption:
    case MetadataField::Creator:
    case MetadataField::Copyright:
    case MetadataField::DateTaken:
    case MetadataField::Orientation:
        return true;
    default:
        return false;
    }
}

// The field Byline writes for @p field, whose table (EditFields) holds each IIM dataset's limit.
std::optional<EditField> editFieldOf(MetadataField field)
{
    switch (field) {
    case MetadataField::Caption:
        return EditField::Caption;
    case MetadataField::Credit:
        return EditField::Credit;
    case MetadataField::Creator:
        return EditField::Creator;
    case MetadataField::Copyright:
        return EditField::Copyright;
    case MetadataField::Headline:
        return EditField::Headline;
    case MetadataField::Title:
        return EditField::Title;
    case MetadataField::Source:
        return EditField::Source;
    case MetadataField::Instructions:
        return EditField::Instructions;
    case MetadataField::Keywords:
        return EditField::Keywords;
    case MetadataField::Sublocation:
        return EditField::Location;
    case MetadataField::City:
        return EditField::City;
    case MetadataField::State:
        return EditField::State;
    case MetadataField::Country:
        return EditField::Country;
    case MetadataField::CountryCode:
        return EditField::CountryCode;
    default: // no IIM dataset: the date is two, orientation, usage terms, rating, label and tag are XMP's alone
        return std::nullopt;
    }
}

// IIM caps these datasets (IPTC IIM 4.2): 2:120 2000 bytes, 2:80 and 2:110 32, 2:116 128, 2:105 256, and the
// wire fields' as EditFields lists them; 0 for a field without a dataset.
int iimByteLimit(MetadataField field)
{
    const std::optional<EditField> edit = editFieldOf(field);
    return edit ? EditFields::info(*edit).iimLimit : 0;
}

// The fields that hold several values, each capped on its own by IIM: creators joined with "; " in the order
// written, keywords joined with StoreValues::s_listSeparator and unordered (dc:subject is an rdf:Bag).
bool isList(MetadataField field)
{
    return field == MetadataField::Creator || field == MetadataField::Keywords;
}

QStringList listItems(MetadataField field, const QString &value)
{
    if (field == MetadataField::Creator)
        return value.split(QStringLiteral("; "));
    QStringList items = value.split(QChar(StoreValues::s_listSeparator));
    items.sort();
    return items;
}

// The text two stores are compared by, never shown or written: line ends as LF and no whitespace at the end
// of a line. Photoshop and Mac-era IPTC writers end caption lines with CR (or CR LF) where XMP has LF, and a
// trailing space is lost or kept by each store's writer; neither is a disagreement a reader can see.
QString comparable(const QString &value)
{
    QString text = value;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line[end - 1].isSpace())
            --end;
        line.truncate(end);
    }
    return lines.join(u'\n');
}

bool isCutAt(const QString &iptc, const QString &xmp, int limit)
{
    // A UTF-8 character cut at the limit loses up to three bytes.
    const QString cut = comparable(iptc), full = comparable(xmp);
    return cut == full || (full.startsWith(cut) && iptc.toUtf8().size() >= limit - 3);
}

// Two keyword lists that hold the same keywords in another order agree: a bag has no order.
bool sameKeywords(const QString &a, const QString &b)
{
    QStringList left = listItems(MetadataField::Keywords, a), right = listItems(MetadataField::Keywords, b);
    for (QString &keyword : left)
        keyword = comparable(keyword);
    for (QString &keyword : right)
        keyword = comparable(keyword);
    return left == right;
}

// The IPTC value is the XMP value cut short by the IIM length limit (rule 3's exception): the same
// value, not a disagreement. Creators and keywords are compared item by item, since each is capped alone.
bool isIimTruncation(MetadataField field, const QString &iptc, const QString &xmp)
{
    const int limit = iimByteLimit(field);
    if (limit == 0 || comparable(iptc) == comparable(xmp))
        return false;
    if (field == MetadataField::Keywords && sameKeywords(iptc, xmp)) // agreeing, not cut
        return false;
    if (!isList(field))
        return isCutAt(iptc, xmp, limit);
    const QStringList iptcItems = listItems(field, iptc), xmpItems = listItems(field, xmp);
    if (iptcItems.size() != xmpItems.size())
        return false;
    for (qsizetype i = 0; i < iptcItems.size(); ++i) {
        if (!isCutAt(iptcItems[i], xmpItems[i], limit))
            return false;
    }
    return true;
}

bool valuesAgree(MetadataField field, const Candidate &winner, const Candidate &other)
{
    if (field == MetadataField::DateTaken)
        return DateTaken::agree(winner.value, other.value);
    if (winner.value == other.value || comparable(winner.value) == comparable(other.value))
        return true;
    if (field == MetadataField::Keywords && sameKeywords(winner.value, other.value))
        return true;
    return (other.store == MetadataStore::Iptc && isIimTruncation(field, other.value, winner.value)) ||
           (winner.store == MetadataStore::Iptc && isIimTruncation(field, winner.value, other.value));
}

class FieldChoice
{
public:
    FieldChoice(const MetadataSources &sources, MetadataField field) : m_field(field)
    {
        m_exif = candidate(sources.exif, MetadataStore::Exif);
        m_iptc = candidate(sources.iptc, MetadataStore::Iptc);
        m_embeddedXmp = candidate(sources.xmp, MetadataStore::Xmp);
        m_sidecar = candidate(sources.sidecar, MetadataStore::Sidecar);
        m_xmp = m_sidecar ? m_sidecar : m_embeddedXmp;
        m_winner = choose(sources);
    }

    [[nodiscard]] const std::optional<Candidate> &winner() const { return m_winner; }

    /** The first store, in the rules' order, whose value differs from the winner's. */
    [[nodiscard]] std::optional<Candidate> disagreement() const
    {
        if (!m_winner)
            return std::nullopt;
        for (const auto &other : {m_exif, m_iptc, m_embeddedXmp, m_sidecar}) {
            if (other && other->store != m_winner->store && !valuesAgree(m_field, *m_winner, *other))
                return other;
        }
        return std::nullopt;
    }

private:
    std::optional<Candidate> candidate(const StoreValues &values, MetadataStore store) const
    {
        const QString value = values.text(m_field);
        if (value.isNull())
            return std::nullopt;
        if (store == MetadataStore::Exif && !isMwgField(m_field))
            return std::nullopt;
        return Candidate{value, store};
    }

    std::optional<Candidate> choose(const MetadataSources &sources) const
    {
        // "Sidecars": a sidecar is the newest word on the fields it sets (what darktable, Lightroom and
        // Byline write where they will not touch the file), so it wins over every embedded store.
        if (m_sidecar && m_field != MetadataField::Orientation)
            return m_sidecar;
        if (m_exif) // rule 1
            return m_exif;
        if (m_field == MetadataField::Orientation)
            return m_xmp;
        bool iptcFirst = sources.hasIptc && sources.digest == PhotoshopResources::DigestState::Stale;
        if (iptcFirst && m_iptc && m_xmp && isIimTruncation(m_field, m_iptc->value, m_xmp->value))
            iptcFirst = false;
        const auto &first = iptcFirst ? m_iptc : m_xmp;
        const auto &second = iptcFirst ? m_xmp : m_iptc;
        return first ? first : second; // rule 5: a field the winner lacks comes from the next store
    }

    MetadataField m_field;
    std::optional<Candidate> m_exif, m_iptc, m_embeddedXmp, m_sidecar, m_xmp, m_winner;
};

QString *recordField(PhotoRecord &record, MetadataField field)
{
    switch (field) {
    case MetadataField::Caption:
        return &record.caption;
    case MetadataField::Credit:
        return &record.credit;
    case MetadataField::Creator:
        return &record.creator;
    case MetadataField::Copyright:
        return &record.copyright;
    case MetadataField::Headline:
        return &record.headline;
    case MetadataField::DateTaken:
        return &record.dateTaken;
    case MetadataField::Title:
        return &record.title;
    case MetadataField::Source:
        return &record.source;
    case MetadataField::Instructions:
        return &record.instructions;
    case MetadataField::UsageTerms:
        return &record.usageTerms;
    case MetadataField::Sublocation:
        return &record.sublocation;
    case MetadataField::City:
        return &record.city;
    case MetadataField::State:
        return &record.state;
    case MetadataField::Country:
        return &record.country;
    case MetadataField::CountryCode:
        return &record.countryCode;
    case MetadataField::Label:
        return &record.label;
    case MetadataField::Orientation: // numbers and lists, set by applyChoice
    case MetadataField::Keywords:
    case MetadataField::Rating:
    case MetadataField::Tagged:
        return nullptr;
    }
    return nullptr;
}

// A value as people read it, for the other store's value of a conflict: keywords joined with "; " (the
// separator StoreValues joins them with is a control character, which PhotoRow keeps for itself).
QString shownValue(MetadataField field, const QString &value)
{
    if (field != MetadataField::Keywords)
        return value;
    return value.split(QChar(StoreValues::s_listSeparator)).join(QStringLiteral("; "));
}

void applyChoice(const FieldChoice &choice, MetadataField field, PhotoRecord &record)
{
    if (!choice.winner())
        return;
    const QString &value = choice.winner()->value;
    if (field == MetadataField::Orientation)
        record.orientation = value.toInt();
    else if (field == MetadataField::Rating)
        record.rating = value.toInt();
    else if (field == MetadataField::Tagged)
        record.tagged = value == QLatin1String("True");
    else if (field == MetadataField::Keywords)
        record.keywords = value.split(QChar(StoreValues::s_listSeparator));
    else
        *recordField(record, field) = value;
    FieldProvenance provenance{choice.winner()->store, false, {}, {}};
    if (const std::optional<Candidate> other = choice.disagreement())
        provenance = {choice.winner()->store, true, other->store, shownValue(field, other->value)};
    record.setProvenance(field, provenance);
}

void applyCaptionCredit(PhotoRecord &record)
{
    const std::optional<QString> inferred = CaptionCreditParser::trailingCredit(record.caption);
    if (!record.credit.isNull()) {
        record.creditSource = CreditSource::Embedded;
        if (inferred && CreditName::groupingKey(*inferred) != CreditName::groupingKey(record.credit)) {
            FieldProvenance provenance = *record.provenanceOf(MetadataField::Credit);
            if (!provenance.conflict) // a store's own disagreement is the stronger one to show
                provenance = {provenance.store, true, MetadataStore::Caption, *inferred};
            record.setProvenance(MetadataField::Credit, provenance);
        }
        return;
    }
    if (!inferred)
        return;
    record.credit = *inferred;
    record.creditSource = CreditSource::Caption;
    record.setProvenance(MetadataField::Credit, {MetadataStore::Caption, false, {}, {}});
}

} // namespace

void MetadataReconciler::reconcile(const MetadataSources &sources, PhotoRecord &record)
{
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        const auto field = static_cast<MetadataField>(i);
        applyChoice(FieldChoice(sources, field), field, record);
    }
    // Last resorts, for fields no store has: Exif text that is not UTF-8, then PNG text chunks, then
    // Photoshop's Ducky copyright.
    for (const MetadataField field :
         {MetadataField::Caption, MetadataField::Headline, MetadataField::Creator, MetadataField::Copyright}) {
        QString *value = recordField(record, field);
        for (const auto &[values, store] :
             {std::pair{&sources.exifWindows1252, MetadataStore::ExifWindows1252},
              std::pair{&sources.png, MetadataStore::PngText}, std::pair{&sources.ducky, MetadataStore::Ducky}}) {
            if (value->isNull() && !values->text(field).isNull()) {
                *value = values->text(field);
                record.setProvenance(field, {store, false, {}, {}});
            }
        }
    }
    applyCaptionCredit(record);
    // What the camera wrote first: an editor's XMP copies it, and a desk never edits it.
    for (const StoreValues *values : {&sources.exif, &sources.xmp, &sources.sidecar}) {
        if (record.cameraSerial.isEmpty())
            record.cameraSerial = values->cameraSerial;
    }
}
