#include "creditfacetmodel.h"

#include "creditfacetbuilder.h"
#include "photofiltermodel.h"
#include "photomodel.h"

CreditFacetModel::CreditFacetModel(QObject *parent) : QAbstractListModel(parent)
{
    // Scan batches and keystrokes arrive in bursts: recount once per turn of the event loop.
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &CreditFacetModel::recountNow);
}

int CreditFacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facets.size());
}

QVariant CreditFacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Facet &facet = m_facets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return facet.name;
    case KeyRole:
        return facet.key;
    case CountRole:
        return facet.count;
    case EmbeddedCountRole:
        return facet.embedded;
    case InferredCountRole:
        return facet.inferred;
    case DepthRole:
        return facet.depth;
    case KindRole:
        return QVariant::fromValue(facet.kind);
    case SelectedRole:
        return m_filter && m_filter->selectedCredits().contains(facet.key);
    case SuggestedAliasOfKeyRole:
        return facet.aliasOfKey;
    case SuggestedAliasOfNameRole:
        return facet.aliasOfName;
    case GroupedRole:
        return facet.grouped;
    case UnbookedRole:
        return facet.unbooked;
    default:
        return {};
    }
}

QHash<int, QByteArray> CreditFacetModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {CountRole, "count"},
            {EmbeddedCountRole, "embeddedCount"},
            {InferredCountRole, "inferredCount"},
            {DepthRole, "depth"},
            {KindRole, "kind"},
            {SelectedRole, "selected"},
            {SuggestedAliasOfKeyRole, "suggestedAliasOfKey"},
            {SuggestedAliasOfNameRole, "suggestedAliasOfName"},
            {GroupedRole, "grouped"},
            {UnbookedRole, "unbooked"}};
}

void CreditFacetModel::setFilter(PhotoFilterModel *filter)
{
    if (filter == m_filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (filter) {
        connect(filter, &PhotoFilterModel::searchResultsChanged, this, &CreditFacetModel::scheduleRecount);
        connect(filter, &PhotoFilterModel::selectedCreditsChanged, this, &CreditFacetModel::scheduleRecount);
        connect(filter, &PhotoFilterModel::photosChanged, this, &CreditFacetModel::connectPhotos);
    }
    connectPhotos();
    emit filterChanged();
}

void CreditFacetModel::setBook(CreditBookModel *book)
{
    if (book == m_book)
        return;
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book)
        connect(book, &CreditBookModel::bookChanged, this, &CreditFacetModel::scheduleRecount);
    emit bookChanged();
    scheduleRecount();
}

void CreditFacetModel::connectPhotos()
{
    if (m_photos)
        disconnect(m_photos, nullptr, this, nullptr);
    m_photos = m_filter ? m_filter->photos() : nullptr;
    // The source's changes, not the proxy's: selecting a credit must not change the counts.
    if (m_photos) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_photos, signal, this, &CreditFacetModel::scheduleRecount);
        connect(m_photos, &QAbstractItemModel::dataChanged, this, &CreditFacetModel::scheduleRecount);
        connect(m_photos, &QAbstractItemModel::modelReset, this, &CreditFacetModel::scheduleRecount);
        connect(m_photos, &PhotoModel::aliasesChanged, this, &CreditFacetModel::scheduleRecount);
    }
    recountNow();
}

void CreditFacetModel::toggle(const QString &key)
{
    if (m_filter)
        m_filter->toggleCredit(key);
}

void CreditFacetModel::acceptSuggestion(const QString &key)
{
    if (!m_filter || !m_filter->photos())
        return;
    for (const Facet &facet : std::as_const(m_facets)) {
        if (facet.key == key && !facet.aliasOfKey.isEmpty()) {
            m_filter->photos()->acceptAlias(facet.key, facet.aliasOfKey);
            return;
        }
    }
}

void CreditFacetModel::groupUnder(const QString &key, const QString &targetKey)
{
    if (m_filter && m_filter->photos() && key != targetKey)
        m_filter->photos()->acceptAlias(key, targetKey);
}

void CreditFacetModel::ungroup(const QString &key)
{
    PhotoModel *photos = m_filter ? m_filter->photos() : nullptr;
    if (!photos)
        return;
    const CreditIndex &credits = photos->credits();
    const int id = credits.idOf(key);
    QStringList grouped;
    for (const CreditAlias &alias : photos->aliases()) {
        if (id >= 0 && credits.effective(credits.idOf(alias.alias)) == id)
            grouped.append(alias.alias);
    }
    for (const QString &alias : std::as_const(grouped))
        photos->removeAlias(alias);
}

void CreditFacetModel::addToBook(const QString &key)
{
    if (!m_book)
        return;
    for (const Facet &facet : std::as_const(m_facets)) {
        if (facet.key == key && facet.kind == Kind::Credit) {
            m_book->add(facet.name);
            return;
        }
    }
}

QVariantList CreditFacetModel::groupTargets(const QString &key) const
{
    QVariantList targets;
    QSet<QString> seen{key}; // a credit under two agencies is listed twice in the facets
    for (const Facet &facet : m_facets) {
        if (facet.kind != Kind::Credit || seen.contains(facet.key))
            continue;
        seen.insert(facet.key);
        targets.append(QVariantMap{{QStringLiteral("key"), facet.key}, {QStringLiteral("name"), facet.name}});
    }
    return targets;
}

void CreditFacetModel::recountNow()
{
    m_recount.stop();
    apply(m_filter && m_filter->photos()
              ? CreditFacetBuilder::build(*m_filter->photos(), *m_filter, m_book ? m_book->book() : CreditBook())
              : QList<Facet>());
}

void CreditFacetModel::apply(const QList<Facet> &facets)
{
    // Each credit once: a credit under two agencies is two facets with one count.
    QSet<QString> counted;
    int unbooked = 0;
    for (const Facet &facet : facets) {
        if (facet.unbooked && !counted.contains(facet.key)) {
            counted.insert(facet.key);
            unbooked += facet.count;
        }
    }
    if (unbooked != m_unbookedCount) {
        m_unbookedCount = unbooked;
        emit unbookedCountChanged();
    }
    const bool sameRows =
        facets.size() == m_facets.size() &&
        std::equal(facets.cbegin(), facets.cend(), m_facets.cbegin(),
                   [](const Facet &a, const Facet &b) { return a.key == b.key && a.depth == b.depth; });
    if (!sameRows) {
        beginResetModel();
        m_facets = facets;
        endResetModel();
        emit countChanged();
        return;
    }
    // Same facets in the same order: update counts in place so a view keeps its scroll position.
    m_facets = facets;
    if (!m_facets.isEmpty())
        emit dataChanged(index(0), index(int(m_facets.size() - 1)));
}
