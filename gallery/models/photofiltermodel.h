#pragma once

#include "photomodel.h"

#include "credits/creditmatcher.h"
#include "search/facetfield.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <optional>
#include <vector>

/**
 * What the grid shows: PhotoModel's rows filtered by credit (several credits OR-ed), free text (every
 * word must occur in the caption, credit, creator, headline, file name or, in Subfolders mode, the
 * folder the tile names; case and accents ignored)
 * the "no credit" / "inferred only" toggles, and the field facets (rating, label, source, city, country: the
 * values checked of one field OR-ed), all AND-ed, and sorted stably.
 *
 * Credit keys are CreditFacetModel keys: a credit's grouping key, "agency:<key>" for every credit under
 * an agency, or "none:" for photos without a credit.
 */
class PhotoFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PhotoModel *photos READ photos WRITE setPhotos NOTIFY photosChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QStringList selectedCredits READ selectedCredits WRITE setSelectedCredits NOTIFY selectedCreditsChanged)
    Q_PROPERTY(bool noCreditOnly READ noCreditOnly WRITE setNoCreditOnly NOTIFY noCreditOnlyChanged)
    Q_PROPERTY(bool inferredOnly READ inferredOnly WRITE setInferredOnly NOTIFY inferredOnlyChanged)
    // A view preference rather than a filter: kept by "clear filters", remembered by the window.
    Q_PROPERTY(bool hideUnreadable READ hideUnreadable WRITE setHideUnreadable NOTIFY hideUnreadableChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortKeyChanged)
    Q_PROPERTY(Qt::SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    // sortOrder for QML: qmllint (6.4) cannot resolve Qt::SortOrder in a module's type information.
    Q_PROPERTY(bool descending READ isDescending WRITE setDescending NOTIFY sortOrderChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool filtering READ isFiltering NOTIFY filteringChanged)

public:
    enum class SortKey
    {
        DateTaken,
        Name,
        Credit,
        FileSize,
        Rating,  // five stars first when descending; rejected photos below unrated ones
        Caption, // the folded caption (case and accents aside); photos without one last
    };
    Q_ENUM(SortKey)

    static inline const QString s_agencyPrefix = QStringLiteral("agency:");
    static inline const QString s_noCreditKey = QStringLiteral("none:");

    explicit PhotoFilterModel(QObject *parent = nullptr);

    [[nodiscard]] PhotoModel *photos() const { return m_photos; }
    void setPhotos(PhotoModel *photos);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] QStringList selectedCredits() const { return m_selectedCredits; }
    void setSelectedCredits(const QStringList &keys);
    [[nodiscard]] bool noCreditOnly() const { return m_noCreditOnly; }
    void setNoCreditOnly(bool only);
    [[nodiscard]] bool inferredOnly() const { return m_inferredOnly; }
    void setInferredOnly(bool only);
    /** Files that cannot be read as images (those with an error) are not shown. */
    [[nodiscard]] bool hideUnreadable() const { return m_hideUnreadable; }
    void setHideUnreadable(bool hide);
    [[nodiscard]] SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(Qt::SortOrder order);
    [[nodiscard]] bool isDescending() const { return m_sortOrder == Qt::DescendingOrder; }
    void setDescending(bool descending) { setSortOrder(descending ? Qt::DescendingOrder : Qt::AscendingOrder); }
    [[nodiscard]] int count() const { return rowCount(); }
    /** Any filter is set (the "clear filters" action has something to do). */
    [[nodiscard]] bool isFiltering() const;

    Q_INVOKABLE void toggleCredit(const QString &key);
    /** The values of @p field checked in its facet list (FacetValue::of's form); empty: all pass. */
    [[nodiscard]] QStringList facetSelection(FacetField field) const;
    void setFacetSelection(FacetField field, const QStringList &values);
    void toggleFacetValue(FacetField field, const QString &value);
    Q_INVOKABLE void clearFilters();
    /** The path of a shown row. */
    Q_INVOKABLE [[nodiscard]] QString pathAt(int row) const;
    /** The shown row of @p path, or -1. */
    Q_INVOKABLE [[nodiscard]] int rowOfPath(const QString &path) const;
    /** The folder has the photo at @p path and the filter hides it (a photo not loaded yet is not hidden). */
    Q_INVOKABLE [[nodiscard]] bool hides(const QString &path) const;

    /** Whether a source row passes the search, the toggles and the field facets, ignoring the credit
     *  selection: the set the credit facets count over. */
    [[nodiscard]] bool matchesSearch(int sourceRow) const;
    /** Whether a source row passes every filter but the facet of @p field: the set that field's facet
     *  list counts over, so checking a value never changes its own list's counts. */
    [[nodiscard]] bool matchesAllBut(int sourceRow, FacetField field) const;

signals:
    void photosChanged();
    void searchTextChanged();
    void selectedCreditsChanged();
    /** A field facet's checked values changed. */
    void facetSelectionChanged();
    void noCreditOnlyChanged();
    void inferredOnlyChanged();
    void hideUnreadableChanged();
    void sortKeyChanged();
    void sortOrderChanged();
    void countChanged();
    void filteringChanged();
    /** The search or a toggle changed: what matchesSearch() answers changed. */
    void searchResultsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter(bool searchChanged);
    void rebuildCreditSelection();
    [[nodiscard]] bool creditSelected(int sourceRow) const;
    /** The search text and the toggles alone. */
    [[nodiscard]] bool matchesText(int sourceRow) const;
    /** Passes every field facet's selection, that of @p except excepted (nullopt: none excepted). */
    [[nodiscard]] bool facetsSelected(int sourceRow, std::optional<FacetField> except) const;
    // The time-taken sort's key of a row (CaptureOrder).
    struct CaptureKey
    {
        QByteArrayView date;
        QByteArrayView serial;
    };
    [[nodiscard]] static CaptureKey captureKey(const PhotoRow &row);
    [[nodiscard]] int compareRows(int left, int right) const;
    [[nodiscard]] bool lessThanRows(int left, int right) const;
    void rebuildRanks() const;
    void dropRanks() { m_ranks.clear(); }

    QPointer<PhotoModel> m_photos;
    QString m_searchText;
    QList<QByteArray> m_terms;
    QStringList m_selectedCredits;
    CreditMatcher m_creditMatcher; // m_selectedCredits as groups, agencies and "no credit"
    // Per CreditIndex id, whether the selection covers it; grown lazily as new credits arrive.
    mutable std::vector<bool> m_selectedIds;
    std::array<QList<QByteArray>, s_facetFieldCount> m_facetSelection; // UTF-8, per FacetField
    bool m_noCreditOnly = false;
    bool m_inferredOnly = false;
    bool m_hideUnreadable = false;
    // Each source row's place in the current sort order, so re-sorting after a filter change compares
    // two integers instead of two rows; empty while rows change (then rows are compared directly).
    mutable std::vector<int> m_ranks;
    // Dates and camera serials looked up once per row while ranks are built (finding a field walks the
    // row's text).
    mutable std::vector<CaptureKey> m_captureCache;
    SortKey m_sortKey = SortKey::DateTaken;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
