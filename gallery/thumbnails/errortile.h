#pragma once

#include <QImage>

#include <QString>

/** The picture shown for a file that cannot be decoded: a neutral tile with a cross, so a broken file is
    visibly broken rather than missing or still loading, and why, in words, when there is room. */
class ErrorTile
{
public:
    /** About 4:3, with @p edge as its longer side; @p reason is written under the cross. */
    [[nodiscard]] static QImage make(int edge, const QString &reason = {});
};
