#pragma once

#include "creditbook.h"
#include "creditlinestyle.h"

#include <QMetaType>
#include <QString>

/**
 * How this desk prints credit lines (docs/metadata.md, "Credit book and credit line style"): its credit
 * line style, and its credit book, whose house lines win over the style. What Ctrl+C, the detail pane
 * and the caption sheet print after a caption. A value type; the default prints Byline's line as written.
 */
class HouseStyle
{
public:
    HouseStyle() = default;
    HouseStyle(CreditLineStyle style, CreditBook book) : m_style(std::move(style)), m_book(std::move(book)) {}

    [[nodiscard]] const CreditLineStyle &style() const { return m_style; }
    [[nodiscard]] const CreditBook &book() const { return m_book; }

    /** The credit line printed for @p credit: the book's house line when it has one, else the style's
     *  line; "" for a blank credit. */
    [[nodiscard]] QString line(const QString &credit) const;

private:
    CreditLineStyle m_style;
    CreditBook m_book;
};

Q_DECLARE_METATYPE(HouseStyle)
