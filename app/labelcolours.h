#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/** ColourLabel for QML: the colour a tile, the detail pane and the facet list draw a colour label in. */
class LabelColours : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit LabelColours(QObject *parent = nullptr) : QObject(parent) {}

    Q_INVOKABLE [[nodiscard]] QColor colourOf(const QString &label) const;
    /** The label in the user's language ("Rot"), as ColourLabel::displayName. */
    Q_INVOKABLE [[nodiscard]] QString displayName(const QString &label) const;
    /** The label the digit key sets (6 Red, 7 Yellow, 8 Green, 9 Blue), "" for another. */
    Q_INVOKABLE [[nodiscard]] QString labelOfKey(int digit) const;
};
