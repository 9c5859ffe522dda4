#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Text folded for searching: case-folded, accents removed (NFKD without combining marks), whitespace
 * runs collapsed, as UTF-8 so a search is a byte search. "Stéphane" and "STEPHANE" fold alike.
 */
namespace SearchText {

[[nodiscard]] QByteArray fold(const QString &text);

/** The folded words of a query: every one must occur for a row to match. */
[[nodiscard]] QList<QByteArray> terms(const QString &query);

/** Whether @p haystack (folded) contains every term. */
[[nodiscard]] bool containsAll(QByteArrayView haystack, const QList<QByteArray> &terms);

} // namespace SearchText
