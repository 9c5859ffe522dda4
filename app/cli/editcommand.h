#pragma once

#include <QStringList>

/**
 * `byline-cli set PATH... [--template FILE] [--codes FILE] [--caption T] ... [--sidecar] [--dry-run]` and
 * `byline-cli revert PATH...` and `byline-cli sweep DIR`: the window's editing, for scripts (docs/metadata.md, "Writing
 * metadata"; docs/user-guide.md, "Templates and code replacements"). Prints each file and what changed (field: old →
 * new); exit 0 when every file was written (or needed nothing), 1 when some were not (listed with the reason), 2 for
 * bad usage.
 */
namespace EditCommand {

[[nodiscard]] int runSet(const QStringList &arguments);
[[nodiscard]] int runRevert(const QStringList &arguments);
/** `byline-cli sweep DIR [--recursive] [--no-pairs] [--strip-caption-credit] [--sidecar] [--dry-run]`: the
 *  credit sweep (docs/user-guide.md, "Credit sweep") on a folder read as scan reads it, printed as set
 *  prints, with a count of the photos it leaves alone. */
[[nodiscard]] int runSweep(const QStringList &arguments);

} // namespace EditCommand
