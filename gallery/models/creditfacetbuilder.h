#pragma once

#include "creditfacetmodel.h"

#include <QList>

class PhotoModel;
class PhotoFilterModel;

/** Builds the facet list of CreditFacetModel from the rows a filter's search lets through. */
class CreditFacetBuilder
{
public:
    using Facet = CreditFacetModel::Facet;

    /** Person parts at most this far apart (Levenshtein) are offered as one credit misspelled. */
    static constexpr int s_maxAliasDistance = 2;

    [[nodiscard]] static QList<Facet> build(const PhotoModel &photos, const PhotoFilterModel &filter);
};
