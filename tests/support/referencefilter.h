#pragma once

#include "credits/creditname.h"
#include "metadata/photorecord.h"
#include "models/photofiltermodel.h"

#include <QFileInfo>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>

// The reference of test_modelconsistency: what PhotoFilterModel must show, worked out the plain way.

/** What the reference knows of a photo: its record's values, as the files say them. */
struct ReferencePhoto
{
    PhotoRecord record;

    [[nodiscard]] QString name() const { return QFileInfo(record.path).fileName(); }
    [[nodiscard]] QByteArray nameKey() const { return name().toCaseFolded().toUtf8(); }
};

/** A plain sort and filter over the photos the model was given, written without the model's code. */
class Reference
{
public:
    QHash<QString, ReferencePhoto> photos;
    QHash<QString, QString> aliases; // grouping key -> the key it was grouped under (as CreditIndex keeps it)
    PhotoFilterModel::SortKey sortKey = PhotoFilterModel::SortKey::DateTaken;
    bool descending = false;
    QStringList terms;
    QStringList credits; // grouping keys, "agency:<key>" or "none:"
    bool noCreditOnly = false;
    bool inferredOnly = false;

    [[nodiscard]] QString effectiveKey(const QString &credit) const
    {
        if (credit.trimmed().isEmpty())
            return {};
        QString key = CreditName::groupingKey(credit);
        for (int hops = 0; aliases.contains(key) && hops <= aliases.size(); ++hops)
            key = aliases.value(key);
        return key;
    }
    void setAlias(const QString &alias, const QString &canonical)
    {
        QString target = canonical;
        for (int hops = 0; aliases.contains(target) && hops <= aliases.size(); ++hops)
            target = aliases.value(target);
        if (target == alias)
            aliases.remove(alias);
        else
            aliases.insert(alias, target);
    }

    [[nodiscard]] QStringList shown() const
    {
        QList<const ReferencePhoto *> rows;
        for (const ReferencePhoto &photo : photos) {
            if (accepts(photo))
                rows.append(&photo);
        }
        std::sort(rows.begin(), rows.end(),
                  [this](const ReferencePhoto *a, const ReferencePhoto *b) { return before(*a, *b); });
        QStringList paths;
        for (const ReferencePhoto *photo : std::as_const(rows))
            paths.append(photo->record.path);
        return paths;
    }

private:
    [[nodiscard]] bool accepts(const ReferencePhoto &photo) const
    {
        const PhotoRecord &record = photo.record;
        if (noCreditOnly && !record.credit.trimmed().isEmpty())
            return false;
        if (inferredOnly && record.creditSource != CreditSource::Caption)
            return false;
        const QStringList fields = {photo.name(), record.caption, record.credit, record.creator, record.headline};
        for (const QString &term : terms) {
            if (std::none_of(fields.cbegin(), fields.cend(),
                             [&](const QString &f) { return f.contains(term, Qt::CaseInsensitive); }))
                return false;
        }
        if (credits.isEmpty())
            return true;
        const QString key = effectiveKey(record.credit);
        if (key.isEmpty())
            return credits.contains(PhotoFilterModel::s_noCreditKey);
        if (credits.contains(key) || credits.contains(PhotoFilterModel::s_agencyPrefix + key))
            return true;
        const QStringList agencies = CreditName::agencyKeys(key);
        return std::any_of(agencies.cbegin(), agencies.cend(), [&](const QString &agency) {
            return credits.contains(PhotoFilterModel::s_agencyPrefix + agency);
        });
    }

    // The sort value: missing values last in both directions; equal values by name, then path, A to Z (Z to A
    // for the time taken, newest first).
    [[nodiscard]] std::optional<QVariant> value(const ReferencePhoto &photo) const
    {
        switch (sortKey) {
        case PhotoFilterModel::SortKey::DateTaken:
            return photo.record.dateTaken.isEmpty() ? std::nullopt : std::optional<QVariant>(photo.record.dateTaken);
        case PhotoFilterModel::SortKey::Name:
            return photo.nameKey();
        case PhotoFilterModel::SortKey::Credit: {
            const QString key = effectiveKey(photo.record.credit);
            return key.isEmpty() ? std::nullopt : std::optional<QVariant>(key);
        }
        case PhotoFilterModel::SortKey::FileSize:
            return photo.record.fileSize;
        case PhotoFilterModel::SortKey::Rating:  // not drawn: the consistency test sorts by the four above;
        case PhotoFilterModel::SortKey::Caption: // these have their own tests (fieldfacetmodel, photofiltermodel)
            break;
        }
        return std::nullopt;
    }
    [[nodiscard]] bool before(const ReferencePhoto &a, const ReferencePhoto &b) const
    {
        const std::optional<QVariant> va = value(a), vb = value(b);
        if (va.has_value() != vb.has_value())
            return va.has_value();
        if (va && *va != *vb) {
            const bool less = QVariant::compare(*va, *vb) == QPartialOrdering::Less;
            return descending ? !less : less;
        }
        // Equal times turn with the order (frames of one instant are named in the order taken).
        const bool turned = descending && sortKey == PhotoFilterModel::SortKey::DateTaken;
        if (a.nameKey() != b.nameKey())
            return turned ? b.nameKey() < a.nameKey() : a.nameKey() < b.nameKey();
        return turned ? b.record.path.toUtf8() < a.record.path.toUtf8()
                      : a.record.path.toUtf8() < b.record.path.toUtf8();
    }
};
