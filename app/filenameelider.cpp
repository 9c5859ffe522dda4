#include "filenameelider.h"

#include <QList>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace {

// Where a line may end: between grapheme clusters, never inside an "é" written as e + accent or a
// surrogate pair.
QList<qsizetype> graphemeBoundaries(const QString &text)
{
    QList<qsizetype> boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary())
        boundaries.append(at);
    return boundaries;
}

// How many characters of @p text start a line of @p width: the most that fit, at least one grapheme, and
// after a separator ("-", "_", " ", ".") when one ends the last third, which reads better.
qsizetype lineLength(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    const QList<qsizetype> boundaries = graphemeBoundaries(text);
    qsizetype low = 0, high = boundaries.size() - 1; // the last boundary that fits, by bisection
    while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (metrics.horizontalAdvance(text.left(boundaries[middle])) <= width)
            low = middle;
        else
            high = middle - 1;
    }
    const qsizetype fits = boundaries.isEmpty() ? text.size() : boundaries[low];
    for (qsizetype at = fits; at > fits * 2 / 3; --at) {
        if (QStringView(u"-_ .").contains(text[at - 1]))
            return at;
    }
    return fits;
}

} // namespace

FileNameElider::FileNameElider(QObject *parent) : QObject(parent) {}

QString FileNameElider::elided(const QString &name, const QFont &font, qreal width, int lines) const
{
    return elide(name, QFontMetricsF(font), width, lines);
}

QString FileNameElider::elide(const QString &name, const QFontMetricsF &metrics, qreal width, int lines)
{
    if (width <= 0 || lines < 1)
        return name;
    QStringList shown;
    QString rest = name;
    while (int(shown.size()) < lines - 1 && metrics.horizontalAdvance(rest) > width) {
        const qsizetype length = lineLength(rest, metrics, width);
        shown.append(rest.left(length));
        rest = rest.mid(length);
    }
    // The last line keeps its start, which follows on from the line above, and its end: the extension and
    // the characters before it, where sequence numbers are.
    shown.append(metrics.elidedText(rest, Qt::ElideMiddle, width));
    return shown.join(u'\n');
}
