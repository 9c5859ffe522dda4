#include "errortile.h"

#include <QPainter>

QImage ErrorTile::make(int edge)
{
    const int width = qMax(16, edge), height = qMax(12, edge * 3 / 4);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(96, 96, 96));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(200, 80, 80), qMax(2, edge / 32)));
    const int inset = qMin(width, height) / 3;
    painter.drawLine(inset, inset, width - inset, height - inset);
    painter.drawLine(width - inset, inset, inset, height - inset);
    return image;
}
