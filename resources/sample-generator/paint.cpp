#include "paint.h"

#include <QPainter>
#include <QRadialGradient>

namespace Paint {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto blend = [amount](float a, float b) { return a + (b - a) * float(amount); };
    return QColor::fromRgbF(blend(from.redF(), to.redF()), blend(from.greenF(), to.greenF()),
                            blend(from.blueF(), to.blueF()), blend(from.alphaF(), to.alphaF()));
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

void softDisc(QPainter &painter, QPointF centre, double radius, const QColor &colour)
{
    QRadialGradient gradient(centre, radius);
    gradient.setColorAt(0, colour);
    gradient.setColorAt(0.35, withAlpha(colour, colour.alpha() / 2));
    gradient.setColorAt(1, withAlpha(colour, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawEllipse(centre, radius, radius);
}

void glow(QPainter &painter, QPointF centre, double radius, const QColor &colour)
{
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Screen);
    softDisc(painter, centre, radius, colour);
    painter.restore();
}

} // namespace Paint
