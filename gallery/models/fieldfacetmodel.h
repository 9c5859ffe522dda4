#pragma once

#include "photofiltermodel.h"
#include "search/facetfield.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/**
 * The facet list of one short field (FacetField): each value the take has, with how many photos have it
 * under every other filter (the search, the credits, the other fields' facets), so checking a value never
 * changes its own list. Checking values filters the PhotoFilterModel; several values of one field add up.
 * Ratings are listed from five stars down to unrated, then rejected; labels in their keys' order, other fields by name
 * (an order that holds still while counts change), with the photos that have no value last.
 */
class FieldFacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PhotoFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(Field field READ field WRITE setField NOTIFY fieldChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Values other than "none": whether the take has anything to filter this field by.
    Q_PROPERTY(bool hasValues READ hasValues NOTIFY countChanged)

public:
    // FacetField for QML (qmllint cannot see an enum outside a QML type).
    enum class Field
    {
        Rating = int(FacetField::Rating),
        Label = int(FacetField::Label),
        Source = int(FacetField::Source),
        City = int(FacetField::City),
        Country = int(FacetField::Country),
        Tagged = int(FacetField::Tagged),
    };
    Q_ENUM(Field)

    enum Role
    {
        ValueRole = Qt::UserRole + 1, // FacetValue::of's form: what the filter's selection holds
        CountRole,
        SelectedRole, // writable: setting it checks or unchecks the value in the filter
        NoneRole,     // the photos without a value ("" text, rating "0")
        NameRole,     // as the list shows it: "★★★", "Rejected", "Unrated", "No label", or the value
        FieldRole,    // Field, the same for every row
    };
    Q_ENUM(Role)

    struct Facet
    {
        QString value;
        int count = 0;

        friend bool operator==(const Facet &, const Facet &) = default;
    };

    explicit FieldFacetModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] PhotoFilterModel *filter() const { return m_filter; }
    void setFilter(PhotoFilterModel *filter);
    [[nodiscard]] Field field() const { return m_field; }
    void setField(Field field);
    [[nodiscard]] int count() const { return int(m_facets.size()); }
    /** Whether the window lists this field: once any photo has a value, and for the marks (rating, label,
     *  tag) once there is any photo. */
    [[nodiscard]] bool hasValues() const;
    [[nodiscard]] const Facet &facet(int row) const { return m_facets.at(row); }

    Q_INVOKABLE void toggle(const QString &value);

    /** Recounts now rather than on the next turn of the event loop (changes arrive in bursts). */
    void recountNow();

signals:
    void filterChanged();
    void fieldChanged();
    void countChanged();

private:
    void scheduleRecount() { m_recount.start(); }
    void connectPhotos();
    [[nodiscard]] QList<Facet> counted() const;
    [[nodiscard]] bool isNone(const QString &value) const;
    [[nodiscard]] QString nameOf(const QString &value) const;
    void apply(const QList<Facet> &facets);

    QPointer<PhotoFilterModel> m_filter;
    QPointer<PhotoModel> m_photos; // the filter's source, whose changes change the counts
    Field m_field = Field::Rating;
    QList<Facet> m_facets;
    QTimer m_recount;
};
