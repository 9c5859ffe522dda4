#include <catch2/catch.hpp>

#include "metadata/colourlabel.h"
#include "windowengine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

TEST_CASE("the German translation is compiled in and translates the main window", "[translation]")
{
    QTranslator german;
    REQUIRE(WindowEngine::installTranslator(german, QLocale(QLocale::German, QLocale::Austria)));
    CHECK(QCoreApplication::translate("MainToolBar", "Open folder…") == QStringLiteral("Ordner öffnen …"));
    CHECK(QCoreApplication::translate("MainToolBar", "%n photo(s)", "", 3) == QStringLiteral("3 Fotos"));
    CHECK(QCoreApplication::translate("MainToolBar", "%n photo(s)", "", 1) == QStringLiteral("1 Foto"));
    CHECK(QCoreApplication::translate("ExportResult", "Exported %1 of %n photo(s) to %2", "", 1).arg(1).arg("/out") ==
          QStringLiteral("1 von 1 Foto nach /out exportiert"));
    CHECK(QCoreApplication::translate("AboutButton", "About") == QStringLiteral("Über"));
    CHECK(QCoreApplication::translate("MainToolBar", "Subfolders") == QStringLiteral("Unterordner"));
    // A gallery model's text the window shows: the facet of photos without a credit.
    CHECK(QCoreApplication::translate("QObject", "No credit") == QStringLiteral("Kein Bildnachweis"));
    // The colour labels by their German names; the file keeps the English one, and another name stays as it is.
    CHECK(ColourLabel::displayName(QStringLiteral("Red")) == QStringLiteral("Rot"));
    CHECK(ColourLabel::displayName(QStringLiteral("purple")) == QStringLiteral("Lila"));
    CHECK(ColourLabel::displayName(QStringLiteral("Approved")) == QStringLiteral("Approved"));
    QCoreApplication::removeTranslator(&german);
    CHECK(QCoreApplication::translate("MainToolBar", "Open folder…") == QStringLiteral("Open folder…"));
    CHECK(ColourLabel::displayName(QStringLiteral("Red")) == QStringLiteral("Red"));

    // A language without a .ts file gets English, with its plural forms ("%n photo(s)" in the source).
    QTranslator japanese;
    REQUIRE(WindowEngine::installTranslator(japanese, QLocale(QLocale::Japanese, QLocale::Japan)));
    CHECK(japanese.language() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("MainToolBar", "%n photo(s)", "", 1) == QStringLiteral("1 photo"));
    CHECK(QCoreApplication::translate("MainToolBar", "%n photo(s)", "", 250) == QStringLiteral("250 photos"));
    CHECK(QCoreApplication::translate("FacetDelegate", "%1, %n photo(s)", "", 1).arg("Energia") ==
          QStringLiteral("Energia, 1 photo"));
    // Everything else falls through to the source text.
    CHECK(QCoreApplication::translate("MainToolBar", "Open folder…") == QStringLiteral("Open folder…"));
    QCoreApplication::removeTranslator(&japanese);
}
