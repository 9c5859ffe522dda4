#pragma once

#include "credits/creditbook.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The credit book as a file a desk shares and edits (docs/metadata.md, "The book's file"): UTF-8 text,
 * `credit<TAB>house line` a line (the tab and house line optional), `#` comments and blank lines. A file
 * is read whole and judged whole: every bad line is reported with its number, and a file with one is
 * not used, so a typo never half-changes a desk's book.
 */
class CreditBookFile
{
public:
    /** A file read: its entries in order, or the problems that make it unusable. */
    struct Load
    {
        QList<CreditBookEntry> entries;
        QStringList problems; // "line 7: more than one tab"; the file is not usable when there is one
        QString error;        // why the file could not be read at all

        [[nodiscard]] bool ok() const { return error.isEmpty() && problems.isEmpty(); }
    };

    /** A desk's book is a few thousand lines; a file past this is no credit book. */
    static constexpr qint64 s_maxBytes = 8 * 1024 * 1024;

    [[nodiscard]] static Load parse(const QByteArray &bytes);
    /** Reads @p path; errors name the file. */
    [[nodiscard]] static Load load(const QString &path);

    /** The file of @p book: a heading comment, then its entries in its order. */
    [[nodiscard]] static QByteArray format(const CreditBook &book);
    /** Writes format() to @p path through a temporary file, so a failure leaves the old file whole;
     *  returns why it failed, or "". */
    [[nodiscard]] static QString save(const QString &path, const CreditBook &book);
};
