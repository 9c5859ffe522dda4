#pragma once

#include <QString>

/**
 * Control characters in text that must be one printed line: a credit, a house line, a credit line
 * pattern (docs/metadata.md, "Credit book and credit line style"). A tab or a line break could not be
 * kept in the book's file (credit<TAB>house line), and no control character belongs in a printed credit
 * line. Pure.
 */
namespace ControlCharacters {

/** Whether @p text holds a tab, a line break or any other control character (Unicode Cc). */
[[nodiscard]] bool in(const QString &text);

} // namespace ControlCharacters
