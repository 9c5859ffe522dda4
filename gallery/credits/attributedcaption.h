#pragma once

#include <QString>

#include <optional>

/**
 * A caption as a publication prints it: the caption text, then its credit line ("Liftoff at 16:23.
 * Credit: Energia"). Pure functions, shared by the detail pane, the lightbox and the clipboard.
 */
class AttributedCaption
{
public:
    /** "Credit: X", or "" without a credit. */
    [[nodiscard]] static QString creditLine(const QString &credit);

    /**
     * @p caption followed by the credit line. A caption that already ends with a credit line for the
     * same credit (always so when the credit was inferred from it) loses that line first, so the credit
     * is not printed twice; a caption that ends with a different credit keeps it, because dropping
     * words the author wrote would be worse than printing two credits.
     */
    [[nodiscard]] static QString compose(const QString &caption, const QString &credit);
    /** The same with @p line, the credit line the desk's house style prints for @p credit (HouseStyle),
     *  in place of creditLine(). */
    [[nodiscard]] static QString compose(const QString &caption, const QString &credit, const QString &line);

    /** The credit the caption's own credit line names when it is not @p credit (the two contradict, and
     *  compose() prints both): the window warns when it copies such a caption. */
    [[nodiscard]] static std::optional<QString> otherCredit(const QString &caption, const QString &credit);

    /** What compose() prints before the credit line: the caption, less its own line for the same
     *  credit, ending a sentence when a credit line follows. */
    [[nodiscard]] static QString body(const QString &caption, const QString &credit);
};
