#pragma once

#include <QImage>

/** The picture shown for a file that cannot be decoded: a neutral tile with a cross, so a broken file is
    visibly broken rather than missing or still loading. */
class ErrorTile
{
public:
    /** About 4:3, with @p edge as its longer side. */
    [[nodiscard]] static QImage make(int edge);
};
