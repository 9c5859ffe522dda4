#include "photofiltermodel.h"

#include "photomodel.h"
#include "search/captureorder.h"
#include "search/searchtext.h"

#include <algorithm>

namespace {

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

// Photos without the sort value go last, whichever the direction (Qt swaps the arguments when sorting
// descending, so the missing-value order is swapped back here).
template<typename T>
int compareWithMissing(bool missingA, bool missingB, const T &a, const T &b, Qt::SortOrder order)
{
    if (missingA || missingB)
        return (int(missingA) - int(missingB)) * (order == Qt::AscendingOrder ? 1 : -1);
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

PhotoFilterModel::PhotoFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &PhotoFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PhotoFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &PhotoFilterModel::countChanged);
}

void PhotoFilterModel::setPhotos(PhotoModel *photos)
{
    if (photos == m_photos)
        return;
    if (m_photos)
        disconnect(m_photos, nullptr, this, nullptr);
    m_photos = photos;
    m_selectedIds.clear();
    dropRanks();
    if (photos) {
        // Connected before setSourceModel(), so these run before the proxy handles the same change:
        // it must not sort a changed row by its old rank.
        for (const auto signal :
             {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
            connect(photos, signal, this, &PhotoFilterModel::dropRanks);
        // A rating, a label or a tag changes no sort key: culling a take must not re-sort 100,000 rows per key.
        connect(photos, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    const auto sorts = [this](int role) {
                        return role == PhotoModel::RatingRole
                                   ? m_sortKey == SortKey::Rating
                                   : role != PhotoModel::LabelRole && role != PhotoModel::TaggedRole &&
                                         role != PhotoModel::MarkPendingRole && role != PhotoModel::PendingPartsRole &&
                                         role != PhotoModel::SelectedRole;
                    };
                    if (roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), sorts))
                        dropRanks();
                });
        connect(photos, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_selectedIds.clear();
            dropRanks();
        });
        connect(photos, &PhotoModel::aliasesChanged, this, [this] {
            dropRanks();
            refilter(false);
        });
        // Ranks are built when a scan ends rather than on the user's first keystroke.
        connect(photos, &PhotoModel::scanFinished, this, [this] {
            if (m_ranks.empty())
                rebuildRanks();
        });
    }
    setSourceModel(photos);
    if (photos)
        sort(0, m_sortOrder);
    emit photosChanged();
}

void PhotoFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = SearchText::terms(text); // folded once here, never per row
    emit searchTextChanged();
    refilter(true);
}

void PhotoFilterModel::setSelectedCredits(const QStringList &keys)
{
    if (keys == m_selectedCredits)
        return;
    m_selectedCredits = keys;
    rebuildCreditSelection();
    emit selectedCreditsChanged();
    refilter(false);
}

void PhotoFilterModel::setNoCreditOnly(bool only)
{
    if (only == m_noCreditOnly)
        return;
    m_noCreditOnly = only;
    emit noCreditOnlyChanged();
    refilter(true);
}

void PhotoFilterModel::setInferredOnly(bool only)
{
    if (only == m_inferredOnly)
        return;
    m_inferredOnly = only;
    emit inferredOnlyChanged();
    refilter(true);
}

void PhotoFilterModel::setHideUnreadable(bool hide)
{
    if (hide == m_hideUnreadable)
        return;
    m_hideUnreadable = hide;
    emit hideUnreadableChanged();
    refilter(true);
}

void PhotoFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    dropRanks();
    emit sortKeyChanged();
    invalidate();
}

void PhotoFilterModel::setSortOrder(Qt::SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    dropRanks();
    emit sortOrderChanged();
    sort(0, order);
}

bool PhotoFilterModel::isFiltering() const
{
    return !m_terms.isEmpty() || !m_selectedCredits.isEmpty() || m_noCreditOnly || m_inferredOnly ||
           std::any_of(m_facetSelection.cbegin(), m_facetSelection.cend(),
                       [](const QList<QByteArray> &values) { return !values.isEmpty(); });
}

QStringList PhotoFilterModel::facetSelection(FacetField field) const
{
    QStringList values;
    for (const QByteArray &value : m_facetSelection[size_t(field)])
        values.append(QString::fromUtf8(value));
    return values;
}

void PhotoFilterModel::setFacetSelection(FacetField field, const QStringList &values)
{
    QList<QByteArray> utf8;
    for (const QString &value : values)
        utf8.append(value.toUtf8());
    if (utf8 == m_facetSelection[size_t(field)])
        return;
    m_facetSelection[size_t(field)] = utf8;
    emit facetSelectionChanged();
    refilter(true); // the credit facets count over the field facets' selection
}

void PhotoFilterModel::toggleFacetValue(FacetField field, const QString &value)
{
    QStringList values = facetSelection(field);
    if (!values.removeOne(value))
        values.append(value);
    setFacetSelection(field, values);
}

void PhotoFilterModel::toggleCredit(const QString &key)
{
    QStringList keys = m_selectedCredits;
    if (!keys.removeOne(key))
        keys.append(key);
    setSelectedCredits(keys);
}

void PhotoFilterModel::clearFilters()
{
    setSearchText({});
    setSelectedCredits({});
    setNoCreditOnly(false);
    setInferredOnly(false);
    for (const FacetField field : s_facetFields)
        setFacetSelection(field, {});
}

QString PhotoFilterModel::pathAt(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_photos->row(source.row()).path() : QString();
}

int PhotoFilterModel::rowOfPath(const QString &path) const
{
    if (!m_photos)
        return -1;
    const int sourceRow = m_photos->rowOf(path);
    return sourceRow < 0 ? -1 : mapFromSource(m_photos->index(sourceRow)).row();
}

bool PhotoFilterModel::hides(const QString &path) const
{
    if (!m_photos)
        return false;
    const int sourceRow = m_photos->rowOf(path);
    return sourceRow >= 0 && !mapFromSource(m_photos->index(sourceRow)).isValid();
}

bool PhotoFilterModel::matchesSearch(int sourceRow) const
{
    return facetsSelected(sourceRow, std::nullopt) && matchesText(sourceRow);
}

bool PhotoFilterModel::matchesAllBut(int sourceRow, FacetField field) const
{
    return facetsSelected(sourceRow, field) && creditSelected(sourceRow) && matchesText(sourceRow);
}

bool PhotoFilterModel::facetsSelected(int sourceRow, std::optional<FacetField> except) const
{
    const PhotoRow &row = m_photos->row(sourceRow);
    for (const FacetField field : s_facetFields) {
        const QList<QByteArray> &values = m_facetSelection[size_t(field)];
        if (values.isEmpty() || field == except)
            continue;
        const QByteArrayView value = FacetValue::of(row, field);
        if (std::none_of(values.cbegin(), values.cend(), [value](const QByteArray &v) { return v == value; }))
            return false;
    }
    return true;
}

bool PhotoFilterModel::matchesText(int sourceRow) const
{
    const PhotoRow &row = m_photos->row(sourceRow);
    if (m_noCreditOnly && row.creditId() >= 0)
        return false;
    if (m_inferredOnly && row.creditSource() != CreditSource::Caption)
        return false;
    if (m_hideUnreadable && row.hasError())
        return false;
    if (m_terms.isEmpty() || SearchText::containsAll(row.searchKey(), m_terms))
        return true;
    // In Subfolders mode a tile names the folder its photo is in, so the search finds it there too.
    const QString subfolder = m_photos->subfolder(sourceRow);
    if (subfolder.isEmpty())
        return false;
    const QByteArray folded = SearchText::fold(subfolder);
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QByteArray &term) {
        return SearchText::containsAll(row.searchKey(), {term}) || folded.contains(term);
    });
}

bool PhotoFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_photos && creditSelected(sourceRow) && matchesSearch(sourceRow);
}

void PhotoFilterModel::refilter(bool searchChanged)
{
    m_selectedIds.clear(); // aliases or selection may have changed what each group means
    if (m_photos && m_ranks.empty())
        rebuildRanks();
    // A full relayout, not invalidateFilter(): on 100,000 rows a search scatters thousands of removed
    // ranges, which QSortFilterProxyModel would apply one by one. Rebuilding the mapping is one pass
    // of filterAcceptsRow() plus a sort on ranks.
    invalidate();
    emit filteringChanged();
    if (searchChanged)
        emit searchResultsChanged();
}

void PhotoFilterModel::rebuildCreditSelection()
{
    m_creditMatcher = {};
    for (const QString &key : std::as_const(m_selectedCredits)) {
        if (key == s_noCreditKey)
            m_creditMatcher.addWithoutCredit();
        else if (key.startsWith(s_agencyPrefix))
            m_creditMatcher.addAgency(key.mid(s_agencyPrefix.size()));
        else
            m_creditMatcher.addGroup(key);
    }
    m_selectedIds.clear();
}

bool PhotoFilterModel::creditSelected(int sourceRow) const
{
    if (m_creditMatcher.isEmpty())
        return true;
    const int id = m_photos->effectiveCreditId(sourceRow);
    if (id < 0)
        return m_creditMatcher.matches({}, {});
    const CreditIndex &credits = m_photos->credits();
    for (int next = int(m_selectedIds.size()); next < credits.size(); ++next)
        m_selectedIds.push_back(m_creditMatcher.matches(credits.group(next).key, credits.group(next).agencyKeys));
    return m_selectedIds[size_t(id)];
}

PhotoFilterModel::CaptureKey PhotoFilterModel::captureKey(const PhotoRow &row)
{
    return {row.textUtf8(PhotoRow::Text::DateTaken), row.textUtf8(PhotoRow::Text::CameraSerial)};
}

int PhotoFilterModel::compareRows(int left, int right) const
{
    const PhotoRow &a = m_photos->row(left), &b = m_photos->row(right);
    switch (m_sortKey) {
    case SortKey::DateTaken: {
        const bool cached = !m_captureCache.empty();
        const CaptureKey keyA = cached ? m_captureCache[size_t(left)] : captureKey(a);
        const CaptureKey keyB = cached ? m_captureCache[size_t(right)] : captureKey(b);
        if (keyA.date.isEmpty() || keyB.date.isEmpty())
            return compareWithMissing(keyA.date.isEmpty(), keyB.date.isEmpty(), 0, 0, m_sortOrder);
        return CaptureOrder::compare(keyA.date, keyA.serial, keyB.date, keyB.serial);
    }
    case SortKey::Name:
        return compareBytes(a.nameKey(), b.nameKey());
    case SortKey::Credit: {
        const int idA = m_photos->effectiveCreditId(left), idB = m_photos->effectiveCreditId(right);
        const CreditIndex &credits = m_photos->credits();
        return compareWithMissing(idA < 0, idB < 0, idA < 0 ? QString() : credits.group(idA).key,
                                  idB < 0 ? QString() : credits.group(idB).key, m_sortOrder);
    }
    case SortKey::FileSize:
        return compareWithMissing(false, false, a.fileSize(), b.fileSize(), m_sortOrder);
    case SortKey::Caption: {
        const QByteArrayView captionA = a.captionKey(), captionB = b.captionKey();
        if (captionA.isEmpty() || captionB.isEmpty())
            return compareWithMissing(captionA.isEmpty(), captionB.isEmpty(), 0, 0, m_sortOrder);
        return compareBytes(captionA, captionB);
    }
    case SortKey::Rating: // rejected below unrated, unrated (no rating or 0) below one star
        return compareWithMissing(false, false, a.rating().value_or(0), b.rating().value_or(0), m_sortOrder);
    }
    return 0;
}

bool PhotoFilterModel::lessThanRows(int left, int right) const
{
    if (const int order = compareRows(left, right); order != 0)
        return order < 0;
    // Equal keys: by name, then path, ascending in both directions (Qt swaps the arguments when
    // sorting descending), so the order is stable and predictable. Except for the time taken: frames of one
    // instant are named in the order they were taken (_0001, _0002), so newest first turns them too.
    const PhotoRow &a = m_photos->row(left), &b = m_photos->row(right);
    int tie = compareBytes(a.nameKey(), b.nameKey());
    if (tie == 0)
        tie = compareBytes(a.pathBytes(), b.pathBytes());
    return m_sortOrder == Qt::AscendingOrder || m_sortKey == SortKey::DateTaken ? tie < 0 : tie > 0;
}

void PhotoFilterModel::rebuildRanks() const
{
    std::vector<int> order(size_t(m_photos->rowCount()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    if (m_sortKey == SortKey::DateTaken) {
        m_captureCache.resize(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            m_captureCache[i] = captureKey(m_photos->row(int(i)));
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) { return lessThanRows(a, b); });
    m_captureCache.clear();
    m_ranks.assign(order.size(), 0);
    for (size_t position = 0; position < order.size(); ++position)
        m_ranks[size_t(order[position])] = int(position);
}

bool PhotoFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto a = size_t(left.row()), b = size_t(right.row());
    if (a < m_ranks.size() && b < m_ranks.size())
        return m_ranks[a] < m_ranks[b];
    return lessThanRows(left.row(), right.row());
}
