#include "controlcharacters.h"

#include <algorithm>

namespace ControlCharacters {

bool in(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace ControlCharacters
