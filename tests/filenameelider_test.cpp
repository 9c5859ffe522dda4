#include <catch2/catch.hpp>

#include "filenameelider.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>

// New-user finding: tiles of names that differ only in the middle looked identical, the middle being what
// the one-line elision removed; names that differ at the end would, elided at the end.

namespace {

const QFontMetricsF &metrics()
{
    static const QFontMetricsF s_metrics(QGuiApplication::font());
    return s_metrics;
}

// About 28 characters of the application font: a tile at the grid's default size.
qreal tileWidth()
{
    return metrics().horizontalAdvance(QStringLiteral("expedition46-soyuz-tma19m-ro"));
}

QString elided(const QString &name, int lines = 2)
{
    return FileNameElider::elide(name, metrics(), tileWidth(), lines);
}

void checkFits(const QString &shown, int lines)
{
    const QStringList shownLines = shown.split(u'\n');
    CHECK(shownLines.size() <= lines);
    for (const QString &line : shownLines)
        CHECK(metrics().horizontalAdvance(line) <= tileWidth());
}

} // namespace

TEST_CASE("names that differ in the middle or at the end stay apart in two lines", "[elider]")
{
    const QStringList middle{
        QStringLiteral("expedition46-soyuz-tma19m-rollout-baikonur-kazakhstan-2016-final-edit-0001.jpg"),
        QStringLiteral("expedition46-soyuz-tma19m-landing-baikonur-kazakhstan-2016-final-edit-0001.jpg"),
        QStringLiteral("expedition46-soyuz-tma19m-docking-baikonur-kazakhstan-2016-final-edit-0001.jpg"),
        QStringLiteral("expedition46-soyuz-tma19m-undock-baikonur-kazakhstan-2016-final-edit-0001.jpg")};
    const QStringList end{QStringLiteral("2016-03-18_Soyuz_TMA-20M_launch_pad_rollout_0001.jpg"),
                          QStringLiteral("2016-03-18_Soyuz_TMA-20M_launch_pad_rollout_0002.jpg")};
    for (const QStringList &names : {middle, end}) {
        QStringList shown;
        for (const QString &name : names) {
            INFO(name.toStdString());
            const QString text = elided(name);
            checkFits(text, 2);
            CHECK(text.endsWith(name.right(8))); // the extension and the characters before it
            CHECK(text.startsWith(name.left(10)));
            shown.append(text);
        }
        shown.removeDuplicates();
        CHECK(shown.size() == names.size());
    }
}

TEST_CASE("a name that fits is shown whole; one line elides the middle; no character is split", "[elider]")
{
    CHECK(elided(QStringLiteral("IMG_1000.JPG")) == QStringLiteral("IMG_1000.JPG"));
    const QString name =
        QStringLiteral("expedition46-soyuz-tma19m-rollout-baikonur-kazakhstan-2016-final-edit-0001.jpg");
    const QString one = elided(name, 1);
    checkFits(one, 1);
    CHECK(one.contains(QChar(0x2026)));
    CHECK(one.endsWith(QStringLiteral(".jpg")));
    // Two lines show more of the name than one: the first line whole, then the rest with its middle out.
    const QString two = elided(name);
    CHECK(two.split(u'\n').size() == 2);
    CHECK(name.startsWith(two.split(u'\n').first()));
    // Letters outside the BMP and combining accents are never cut in half.
    const QString wide = QStringLiteral("\U0001F680\U0001F680\U0001F680-launche\u0301-") + name;
    const QString wideShown = elided(wide);
    checkFits(wideShown, 2);
    CHECK(wideShown.isValidUtf16());
    CHECK(wideShown.startsWith(QStringLiteral("\U0001F680\U0001F680\U0001F680-launche\u0301")));
    // A width of nothing is no width to fit: the name as it is.
    CHECK(FileNameElider::elide(name, metrics(), 0, 2) == name);
}
