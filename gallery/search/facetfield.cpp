#include "facetfield.h"

namespace FacetValue {

QByteArrayView of(const PhotoRow &row, FacetField field)
{
    switch (field) {
    case FacetField::Rating: {
        // Views into static text, so a rating costs no allocation either.
        static constexpr std::array<const char *, 7> s_ratings{"-1", "0", "1", "2", "3", "4", "5"};
        const int rating = qBound(-1, row.rating().value_or(0), 5);
        return QByteArrayView(s_ratings[size_t(rating + 1)]);
    }
    case FacetField::Label:
        return row.textUtf8(PhotoRow::Text::Label);
    case FacetField::Source:
        return row.textUtf8(PhotoRow::Text::Source);
    case FacetField::City:
        return row.textUtf8(PhotoRow::Text::City);
    case FacetField::Country:
        return row.textUtf8(PhotoRow::Text::Country);
    case FacetField::Tagged:
        return row.tagged() ? QByteArrayView("Tagged") : QByteArrayView("");
    }
    return {};
}

} // namespace FacetValue
