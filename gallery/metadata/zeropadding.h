#pragma once

#include <QByteArrayView>

#include <algorithm>

/** Writers pad metadata blocks with zero bytes; a zero tail is padding, anything else is damage. */
[[nodiscard]] inline bool isZeroPadding(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; });
}
