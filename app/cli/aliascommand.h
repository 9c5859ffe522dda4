#pragma once

#include <QStringList>

/**
 * `byline-cli alias DIR FROM TO`, `alias DIR --remove FROM`, `alias DIR --list`: the window's Group and
 * Ungroup, through the same catalog. FROM and TO are credits as typed ("NASA/Tim Copra"); the catalog
 * keeps their grouping keys and TO as the accepted spelling, which every record credited FROM then shows
 * (docs/metadata.md, "Credit names in the facet list"). Exit 0 done, 1 the catalog could not be written
 * or there is nothing to remove, 2 bad usage or a missing folder.
 */
namespace AliasCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace AliasCommand
