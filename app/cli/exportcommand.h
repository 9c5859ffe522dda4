#pragma once

#include <QStringList>

/**
 * `byline-cli export DIR --to OUT ...`: the window's filters (--credit, --search) pick photos from a
 * folder's records, the credit gate lists those without an embedded credit (and stops the export with
 * --require-credit), and an ExportJob writes originals, resized copies and the caption sheet. Prints
 * what was written and what was not; exit 0 when every photo was exported, 1 when some were not or
 * credits are missing, 2 for bad usage.
 */
namespace ExportCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace ExportCommand
