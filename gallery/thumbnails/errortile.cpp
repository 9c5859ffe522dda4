#include "errortile.h"

#include <QFont>
#include <QPainter>

QImage ErrorTile::make(int edge, const QString &reason)
{
    const int width = qMax(16, edge), height = qMax(12, edge * 3 / 4);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(96, 96, 96));
    QPainter painter(&image);
    // With a reason, the cross moves up to leave the lower third for the text.
    const QRect crossBox = reason.isEmpty() ? image.rect() : QRect(0, 0, width, height * 2 / 3);
    painter.setPen(QPen(QColor(200, 80, 80), qMax(2, edge / 32)));
    const int inset = qMin(crossBox.width(), crossBox.height()) / 3;
    painter.drawLine(crossBox.left() + inset, crossBox.top() + inset, crossBox.right() - inset,
                     crossBox.bottom() - inset);
    painter.drawLine(crossBox.right() - inset, crossBox.top() + inset, crossBox.left() + inset,
                     crossBox.bottom() - inset);
    if (reason.isEmpty() || edge < 64)
        return image;
    QFont font = painter.font();
    font.setPixelSize(qMax(9, edge / 16));
    painter.setFont(font);
    painter.setPen(QColor(240, 240, 240));
    const int margin = edge / 16;
    painter.drawText(QRect(margin, height * 2 / 3 - margin, width - 2 * margin, height / 3),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, reason);
    return image;
}
