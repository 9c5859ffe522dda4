#include "fieldfacetmodel.h"

#include "photomodel.h"

#include "metadata/colourlabel.h"

#include <QHash>

#include <algorithm>

FieldFacetModel::FieldFacetModel(QObject *parent) : QAbstractListModel(parent)
{
    // Scan batches, keystrokes and ratings arrive in bursts: recount once per turn of the event loop.
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &FieldFacetModel::recountNow);
}

int FieldFacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facets.size());
}

QVariant FieldFacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Facet &facet = m_facets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return facet.value;
    case CountRole:
        return facet.count;
    case SelectedRole:
        return m_filter && m_filter->facetSelection(FacetField(m_field)).contains(facet.value);
    case NoneRole:
        return isNone(facet.value);
    case NameRole:
        return nameOf(facet.value);
    case FieldRole:
        return QVariant::fromValue(m_field);
    default:
        return {};
    }
}

QHash<int, QByteArray> FieldFacetModel::roleNames() const
{
    return {{ValueRole, "value"}, {CountRole, "count"}, {SelectedRole, "selected"},
            {NoneRole, "none"},   {NameRole, "name"},   {FieldRole, "field"}};
}

bool FieldFacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !m_filter ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString facetValue = m_facets.at(index.row()).value;
    if (value.toBool() != m_filter->facetSelection(FacetField(m_field)).contains(facetValue))
        toggle(facetValue); // the recount that follows says dataChanged
    return true;
}

Qt::ItemFlags FieldFacetModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QString FieldFacetModel::nameOf(const QString &value) const
{
    switch (m_field) {
    case Field::Rating: {
        const int rating = value.toInt();
        return rating < 0 ? tr("Rejected") : rating == 0 ? tr("Unrated") : QString(rating, QChar(0x2605));
    }
    case Field::Label:
        return value.isEmpty() ? tr("No label") : ColourLabel::displayName(value);
    case Field::Source:
        return value.isEmpty() ? tr("No source") : value;
    case Field::City:
        return value.isEmpty() ? tr("No city") : value;
    case Field::Country:
        return value.isEmpty() ? tr("No country") : value;
    case Field::Tagged:
        return value.isEmpty() ? tr("Not tagged") : tr("Tagged");
    }
    return value;
}

void FieldFacetModel::setFilter(PhotoFilterModel *filter)
{
    if (filter == m_filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (filter) {
        // Any filter but this field's own changes the counts (the search, the credits, other fields).
        connect(filter, &PhotoFilterModel::searchResultsChanged, this, &FieldFacetModel::scheduleRecount);
        connect(filter, &PhotoFilterModel::selectedCreditsChanged, this, &FieldFacetModel::scheduleRecount);
        connect(filter, &PhotoFilterModel::facetSelectionChanged, this, &FieldFacetModel::scheduleRecount);
        connect(filter, &PhotoFilterModel::photosChanged, this, &FieldFacetModel::connectPhotos);
    }
    connectPhotos();
    emit filterChanged();
}

void FieldFacetModel::setField(Field field)
{
    if (field == m_field)
        return;
    m_field = field;
    emit fieldChanged();
    recountNow();
}

bool FieldFacetModel::hasValues() const
{
    // The marks of a cull are listed from the start, "Unrated" and "Not tagged" included: a desk filters
    // to what it has not looked at yet before it has marked anything.
    if (m_field == Field::Rating || m_field == Field::Label || m_field == Field::Tagged)
        return !m_facets.isEmpty();
    return std::any_of(m_facets.cbegin(), m_facets.cend(), [this](const Facet &f) { return !isNone(f.value); });
}

void FieldFacetModel::toggle(const QString &value)
{
    if (m_filter)
        m_filter->toggleFacetValue(FacetField(m_field), value);
}

void FieldFacetModel::connectPhotos()
{
    if (m_photos)
        disconnect(m_photos, nullptr, this, nullptr);
    m_photos = m_filter ? m_filter->photos() : nullptr;
    // The source's changes, not the proxy's: checking a value must not change the counts.
    if (m_photos) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_photos, signal, this, &FieldFacetModel::scheduleRecount);
        // A selection change counts for nothing here (a click in the grid must not recount 100,000 rows).
        connect(m_photos, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (roles != QList<int>{PhotoModel::SelectedRole})
                        scheduleRecount();
                });
        connect(m_photos, &QAbstractItemModel::modelReset, this, &FieldFacetModel::scheduleRecount);
        connect(m_photos, &PhotoModel::aliasesChanged, this, &FieldFacetModel::scheduleRecount);
    }
    recountNow();
}

void FieldFacetModel::recountNow()
{
    m_recount.stop();
    apply(counted());
}

bool FieldFacetModel::isNone(const QString &value) const
{
    return m_field == Field::Rating ? value == QLatin1String("0") : value.isEmpty();
}

QList<FieldFacetModel::Facet> FieldFacetModel::counted() const
{
    if (!m_filter || !m_photos)
        return {};
    const auto field = FacetField(m_field);
    // Views into the rows' own text: no allocation per photo, and the rows do not change while counting.
    QHash<QByteArrayView, int> counts;
    for (int row = 0; row < m_photos->rowCount(); ++row) {
        if (m_filter->matchesAllBut(row, field))
            ++counts[FacetValue::of(m_photos->row(row), field)];
    }
    // A checked value stays listed at 0 when other filters leave it no photo, so it can be unchecked.
    QList<QByteArray> checked;
    for (const QString &value : m_filter->facetSelection(field))
        checked.append(value.toUtf8());
    for (const QByteArray &value : std::as_const(checked)) {
        if (!counts.contains(QByteArrayView(value)))
            counts.insert(QByteArrayView(value), 0);
    }
    QList<Facet> facets;
    facets.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        facets.append({QString::fromUtf8(it.key()), it.value()});
    const auto ratingOrder = [](const QString &value) {
        const int rating = value.toInt();
        return rating < 0 ? -2 : (rating == 0 ? -1 : rating); // five stars first, rejected last
    };
    // Labels in their keys' order (Red, Yellow, Green, Blue, then Purple), a desk's own names after them.
    const auto labelOrder = [](const QString &value) {
        for (size_t i = 0; i < ColourLabel::s_names.size(); ++i) {
            if (value.compare(QLatin1String(ColourLabel::s_names[i]), Qt::CaseInsensitive) == 0)
                return int(i);
        }
        return int(ColourLabel::s_names.size());
    };
    std::sort(facets.begin(), facets.end(), [&](const Facet &a, const Facet &b) {
        if (m_field == Field::Rating)
            return ratingOrder(a.value) > ratingOrder(b.value);
        if (isNone(a.value) != isNone(b.value))
            return isNone(b.value);
        if (m_field == Field::Label && labelOrder(a.value) != labelOrder(b.value))
            return labelOrder(a.value) < labelOrder(b.value);
        return QString::localeAwareCompare(a.value, b.value) < 0;
    });
    return facets;
}

void FieldFacetModel::apply(const QList<Facet> &facets)
{
    const bool sameRows = facets.size() == m_facets.size() &&
                          std::equal(facets.cbegin(), facets.cend(), m_facets.cbegin(),
                                     [](const Facet &a, const Facet &b) { return a.value == b.value; });
    if (!sameRows) {
        beginResetModel();
        m_facets = facets;
        endResetModel();
        emit countChanged();
        return;
    }
    // Same values in the same order: counts change in place, so a view keeps its place and focus.
    m_facets = facets;
    if (!m_facets.isEmpty())
        emit dataChanged(index(0), index(int(m_facets.size() - 1)));
}
