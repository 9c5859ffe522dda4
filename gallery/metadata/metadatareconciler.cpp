#include "metadatareconciler.h"

#include "credits/captioncreditparser.h"
#include "credits/creditname.h"
#include "datetaken.h"

#include <optional>

namespace {

struct Candidate
{
    QString value;
    MetadataStore store;
};

bool isMwgField(MetadataField field)
{
    // Credit and headline are not in MWG and have no Exif home (rule 4).
    return field != MetadataField::Credit && field != MetadataField::Headline;
}

// IIM caps these datasets (IPTC IIM 4.2): 2:120 2000 bytes, 2:80 and 2:110 32, 2:116 128, 2:105 256.
int iimByteLimit(MetadataField field)
{
    switch (field) {
    case MetadataField::Caption:
        return 2000;
    case MetadataField::Creator:
    case MetadataField::Credit:
        return 32;
    case MetadataField::Copyright:
        return 128;
    case MetadataField::Headline:
        return 256;
    default:
        return 0;
    }
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

// The IPTC value is the XMP value cut short by the IIM length limit (rule 3's exception): the same
// value, not a disagreement. Creators are compared name by name, since each By-line is capped alone.
bool isIimTruncation(MetadataField field, const QString &iptc, const QString &xmp)
{
    const int limit = iimByteLimit(field);
    if (limit == 0 || comparable(iptc) == comparable(xmp))
        return false;
    if (field != MetadataField::Creator)
        return isCutAt(iptc, xmp, limit);
    const QStringList iptcNames = iptc.split(QStringLiteral("; ")), xmpNames = xmp.split(QStringLiteral("; "));
    if (iptcNames.size() != xmpNames.size())
        return false;
    for (qsizetype i = 0; i < iptcNames.size(); ++i) {
        if (!isCutAt(iptcNames[i], xmpNames[i], limit))
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
    case MetadataField::Orientation:
        return nullptr;
    }
    return nullptr;
}

void applyChoice(const FieldChoice &choice, MetadataField field, PhotoRecord &record)
{
    if (!choice.winner())
        return;
    if (field == MetadataField::Orientation)
        record.orientation = choice.winner()->value.toInt();
    else
        *recordField(record, field) = choice.winner()->value;
    FieldProvenance provenance{choice.winner()->store, false, {}, {}};
    if (const std::optional<Candidate> other = choice.disagreement())
        provenance = {choice.winner()->store, true, other->store, other->value};
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
}
