#pragma once

#include <QStringList>

/**
 * The subcommands of byline-cli. Exit codes: 0 success (for scan and credits, files with errors are
 * reported in the output, not as a failure), 1 when export could not export every photo (listed),
 * 2 bad usage or a missing folder, with one line on stderr.
 */
namespace CliCommands {

inline constexpr int s_exitSuccess = 0;
inline constexpr int s_exitFailures = 1;
inline constexpr int s_exitUsage = 2;

[[nodiscard]] int run(const QStringList &arguments);

} // namespace CliCommands
