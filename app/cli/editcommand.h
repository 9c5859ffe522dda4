#pragma once

#include <QStringList>

/**
 * `byline-cli set PATH... [--template FILE] [--codes FILE] [--caption T] ... [--sidecar] [--dry-run]` and
 * `byline-cli revert PATH...`: the window's editing, for scripts (docs/metadata.md, "Writing metadata";
 * docs/user-guide.md, "Templates and code replacements"). Prints each file and what changed
 * (field: old → new); exit 0 when every file was written (or needed nothing), 1 when some were
 * not (listed with the reason), 2 for bad usage.
 */
namespace EditCommand {

[[nodiscard]] int runSet(const QStringList &arguments);
[[nodiscard]] int runRevert(const QStringList &arguments);

} // namespace EditCommand
