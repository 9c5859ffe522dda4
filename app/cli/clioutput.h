#pragma once

#include <QString>

class Catalog;

/**
 * What every byline-cli subcommand says on stderr, in one voice: "byline-cli: …", and the exit code that
 * goes with it (CliCommands).
 */
namespace CliOutput {

/** Says @p message with a pointer to --help; returns the bad-usage exit code. */
int usageError(const QString &message);
/** Says @p message; returns the exit code for a command that could not do all it was asked. */
int failure(const QString &message);
/** Says the catalog's warnings, and why it did not open when it did not; returns whether it is open. */
[[nodiscard]] bool catalogOpened(const Catalog &catalog);

} // namespace CliOutput
