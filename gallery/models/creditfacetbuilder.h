#pragma once

#include "creditfacetmodel.h"

#include "credits/creditbook.h"

#include <QList>

class PhotoModel;
class PhotoFilterModel;

/** Builds the facet list of CreditFacetModel from the rows a filter's search lets through. */
class CreditFacetBuilder
{
public:
    using Facet = CreditFacetModel::Facet;

    /** The facets; with a book that is not empty, each credit not in @p book is flagged `unbooked`. */
    [[nodiscard]] static QList<Facet> build(const PhotoModel &photos, const PhotoFilterModel &filter,
                                            const CreditBook &book = {});
};
