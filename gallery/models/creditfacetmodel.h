#pragma once

#include "creditbookmodel.h"
#include "photofiltermodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/**
 * The credit facet list: every credit of the folder with its count under the current search and
 * toggles, grouped as docs/metadata.md, "Credit names in the facet list", describes. AGENCY/Person
 * credits sit under each of their agencies ("NASA/ESA/Tim Peake" under NASA and under ESA), photos
 * without a credit form a last bucket, and near-duplicate spellings ("NASA/Tim Copra" beside
 * "NASA/Tim Kopra") carry a suggested alias that the user may accept, never applied silently; any credit
 * may be grouped under any other, and a credit lists the spellings grouped under it so they can be
 * ungrouped. Selecting a facet filters the PhotoFilterModel. With a credit book that is not empty, each
 * credit not in it is flagged, and unbookedCount says how many photos shown have such a credit.
 */
class CreditFacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PhotoFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(CreditBookModel *book READ book WRITE setBook NOTIFY bookChanged)
    Q_PROPERTY(int unbookedCount READ unbookedCount NOTIFY unbookedCountChanged)

public:
    enum class Kind
    {
        Agency,
        Credit,
        NoCredit
    };
    Q_ENUM(Kind)

    enum Role
    {
        KeyRole = Qt::UserRole + 1, // what PhotoFilterModel::selectedCredits holds
        NameRole,                   // as the files spell it (most common spelling)
        CountRole,                  // photos under the current search
        EmbeddedCountRole,          // of which the credit is in a metadata field
        InferredCountRole,          // of which the credit was found in the caption text
        DepthRole,                  // 0 top level, 1 under an agency
        KindRole,                   // Kind
        SelectedRole,               // in the filter's selection
        SuggestedAliasOfKeyRole,    // the credit this one probably misspells, or ""
        SuggestedAliasOfNameRole,
        GroupedRole,  // QStringList: the spellings grouped under this credit (its aliases)
        UnbookedRole, // a credit not in the credit book (never flagged while the book is empty)
    };
    Q_ENUM(Role)

    struct Facet
    {
        QString key;
        QString name;
        int count = 0;
        int embedded = 0;
        int inferred = 0;
        int depth = 0;
        Kind kind = Kind::Credit;
        QString aliasOfKey;
        QString aliasOfName;
        QStringList grouped;
        bool unbooked = false;

        friend bool operator==(const Facet &, const Facet &) = default;
    };

    explicit CreditFacetModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] PhotoFilterModel *filter() const { return m_filter; }
    void setFilter(PhotoFilterModel *filter);
    [[nodiscard]] int count() const { return int(m_facets.size()); }
    [[nodiscard]] CreditBookModel *book() const { return m_book; }
    void setBook(CreditBookModel *book);
    /** Photos under the current search whose credit is not in the book (0 while it is empty). */
    [[nodiscard]] int unbookedCount() const { return m_unbookedCount; }
    [[nodiscard]] const Facet &facet(int row) const { return m_facets.at(row); }

    Q_INVOKABLE void toggle(const QString &key);
    /** Accepts the suggested alias of the facet @p key: its photos group under the suggested credit. */
    Q_INVOKABLE void acceptSuggestion(const QString &key);
    /** Groups the credit facet @p key under the credit facet @p targetKey, whatever their spellings. */
    Q_INVOKABLE void groupUnder(const QString &key, const QString &targetKey);
    /** Ungroups every spelling grouped under the credit facet @p key. */
    Q_INVOKABLE void ungroup(const QString &key);
    /** The credits the facet @p key may be grouped under, by name: [{key, name}], each once. */
    Q_INVOKABLE [[nodiscard]] QVariantList groupTargets(const QString &key) const;
    /** Adds the credit facet @p key to the credit book, as the folder spells it (its name). */
    Q_INVOKABLE void addToBook(const QString &key);

    /** Recounts now rather than on the next turn of the event loop (changes arrive in bursts). */
    void recountNow();

signals:
    void filterChanged();
    void countChanged();
    void bookChanged();
    void unbookedCountChanged();

private:
    void scheduleRecount() { m_recount.start(); }
    void connectPhotos();
    void apply(const QList<Facet> &facets);

    QPointer<PhotoFilterModel> m_filter;
    QPointer<PhotoModel> m_photos; // the filter's source, whose changes change the counts
    QPointer<CreditBookModel> m_book;
    int m_unbookedCount = 0;
    QList<Facet> m_facets;
    QTimer m_recount;
};
