#pragma once

#include <QStringList>

/**
 * `byline-cli book ...`: the desk's credit book in the catalog, the one the window's Credit book dialog
 * shows (docs/metadata.md, "Credit book and credit line style"). `book --list`, `book add CREDIT
 * [--house-line TEXT]`, `book remove CREDIT`, `book import FILE [--replace]`, `book export [FILE]`, and
 * `book line CREDIT... [--credit-style STYLE]` to see the credit lines a style prints. Exit 0 done, 1 the
 * catalog could not be read or written, CREDIT is not in the book, or the file has bad lines (listed;
 * nothing imported), 2 bad usage or a file that cannot be read.
 */
namespace BookCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace BookCommand
