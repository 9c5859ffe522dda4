#include "labelcolours.h"

#include "metadata/colourlabel.h"

QColor LabelColours::colourOf(const QString &label) const
{
    return ColourLabel::colourOf(label);
}

QString LabelColours::labelOfKey(int digit) const
{
    return ColourLabel::ofKey(digit);
}

QString LabelColours::displayName(const QString &label) const
{
    return ColourLabel::displayName(label);
}
