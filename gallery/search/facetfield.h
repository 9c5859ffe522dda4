#pragma once

#include "photorow.h"

#include <QByteArrayView>
#include <QString>

#include <array>

/**
 * The short fields a take is filtered by besides its credit (issue 20): the rating, the colour label, and
 * the wire fields whose values repeat across a take (source, city, country). A row's value of one is its
 * key in the facet list and in the filter's selection: the field's text as written (values differ by
 * spelling, as a desk wants to see), or for the rating its number, "0" when unrated.
 */
enum class FacetField
{
    Rating,
    Label,
    Source,
    City,
    Country,
};
inline constexpr int s_facetFieldCount = 5;
inline constexpr std::array<FacetField, s_facetFieldCount> s_facetFields{
    FacetField::Rating, FacetField::Label, FacetField::Source, FacetField::City, FacetField::Country};

namespace FacetValue {

/** The row's value of @p field: UTF-8 text ("" when it has none), or the rating "-1" to "5" ("0" unrated). */
[[nodiscard]] QByteArrayView of(const PhotoRow &row, FacetField field);

} // namespace FacetValue
