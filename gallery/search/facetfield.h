#pragma once

#include "photorow.h"

#include <QByteArrayView>
#include <QString>

#include <array>

/**
 * The short fields a take is filtered by besides its credit (issue 20): the rating, the colour label, the
 * tag, and the wire fields whose values repeat across a take (source, city, country). A row's value of one
 * is its key in the facet list and in the filter's selection: the field's text as written (values differ by
 * spelling, as a desk wants to see), for the rating its number, "0" when unrated, and for the tag "Tagged"
 * or "".
 */
enum class FacetField
{
    Rating,
    Label,
    Source,
    City,
    Country,
    Tagged, // last, so the others keep the numbers saved settings and object names use
};
inline constexpr int s_facetFieldCount = 6;
// In the order the facet pane lists them: the marks of a cull first.
inline constexpr std::array<FacetField, s_facetFieldCount> s_facetFields{FacetField::Rating, FacetField::Label,
                                                                         FacetField::Tagged, FacetField::Source,
                                                                         FacetField::City,   FacetField::Country};

namespace FacetValue {

/** The row's value of @p field: UTF-8 text ("" when it has none), the rating "-1" to "5" ("0" unrated), or
 *  "Tagged". */
[[nodiscard]] QByteArrayView of(const PhotoRow &row, FacetField field);

} // namespace FacetValue
