#include "colourlabel.h"

#include <QCoreApplication>

namespace ColourLabel {

QColor colourOf(const QString &label)
{
    // Material colours at 600: told apart on a light or a dark tile, and by most colour-blind eyes
    // together with the name beside them.
    static constexpr std::array<QRgb, s_names.size()> s_colours{0xe53935, 0xfdd835, 0x43a047, 0x1e88e5, 0x8e24aa};
    for (size_t i = 0; i < s_names.size(); ++i) {
        if (label.compare(QLatin1String(s_names[i]), Qt::CaseInsensitive) == 0)
            return QColor(s_colours[i]);
    }
    return QColor(0x9e9e9e);
}

QString displayName(const QString &label)
{
    // The same names as s_names, marked for lupdate.
    static constexpr std::array<const char *, s_names.size()> s_shown{
        QT_TRANSLATE_NOOP("ColourLabel", "Red"), QT_TRANSLATE_NOOP("ColourLabel", "Yellow"),
        QT_TRANSLATE_NOOP("ColourLabel", "Green"), QT_TRANSLATE_NOOP("ColourLabel", "Blue"),
        QT_TRANSLATE_NOOP("ColourLabel", "Purple")};
    for (size_t i = 0; i < s_shown.size(); ++i) {
        if (label.compare(QLatin1String(s_shown[i]), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("ColourLabel", s_shown[i]);
    }
    return label;
}

QString ofKey(int digit)
{
    return digit >= 6 && digit <= 9 ? QString::fromLatin1(s_names[size_t(digit - 6)]) : QString();
}

} // namespace ColourLabel
