#pragma once

#include <QtGlobal>

/**
 * What importing a book file into the credit book changed (docs/metadata.md, "The book's file"): a merge
 * adds the file's credits and takes the house lines the file gives, but never erases one the file leaves
 * out, and says how many it changed and kept so a desk sees what a colleague's file did.
 */
struct CreditBookMerge
{
    qsizetype added = 0;             // credits the book did not hold
    qsizetype houseLinesChanged = 0; // entries whose house line is now the file's (a new one, or another)
    qsizetype houseLinesKept = 0;    // entries that keep the book's house line: the file gives none

    friend bool operator==(const CreditBookMerge &, const CreditBookMerge &) = default;
};
