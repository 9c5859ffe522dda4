#include "housestyle.h"

QString HouseStyle::line(const QString &credit) const
{
    if (credit.trimmed().isEmpty())
        return {};
    if (const QString house = m_book.houseLine(credit); !house.isEmpty())
        return m_style.houseLine(house);
    return m_style.line(credit);
}
