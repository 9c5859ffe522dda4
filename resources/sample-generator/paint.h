#pragma once

#include <QColor>
#include <QPointF>

class QPainter;

/** Colour and light helpers shared by the scene painters. */
namespace Paint {

/** @p from blended towards @p to by @p amount, 0-1, alpha included. */
[[nodiscard]] QColor mix(const QColor &from, const QColor &to, double amount);

[[nodiscard]] QColor withAlpha(QColor colour, int alpha);

/** A disc of @p colour at its centre fading out to its rim: smoke, clouds. */
void softDisc(QPainter &painter, QPointF centre, double radius, const QColor &colour);

/** A soft disc that adds light (screen blending), so overlapping glows brighten and never darken. */
void glow(QPainter &painter, QPointF centre, double radius, const QColor &colour);

} // namespace Paint
