#include <catch2/catch.hpp>

#include "windowengine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

TEST_CASE("the German translation is compiled in and translates the main window", "[translation]")
{
    QTranslator german;
    REQUIRE(WindowEngine::installTranslator(german, QLocale(QLocale::German, QLocale::Austria)));
    CHECK(QCoreApplication::translate("MainToolBar", "Open folder…") == QStringLiteral("Ordner öffnen …"));
    CHECK(QCoreApplication::translate("MainToolBar", "%1 photos").arg(3) == QStringLiteral("3 Fotos"));
    CHECK(QCoreApplication::translate("AboutButton", "About") == QStringLiteral("Über"));
    CHECK(QCoreApplication::translate("MainToolBar", "Subfolders") == QStringLiteral("Unterordner"));
    // A gallery model's text the window shows: the facet of photos without a credit.
    CHECK(QCoreApplication::translate("QObject", "No credit") == QStringLiteral("Kein Bildnachweis"));
    QCoreApplication::removeTranslator(&german);
    CHECK(QCoreApplication::translate("MainToolBar", "Open folder…") == QStringLiteral("Open folder…"));

    // No translation for a language without a .ts file: nothing is installed, the window stays English.
    QTranslator japanese;
    CHECK_FALSE(WindowEngine::installTranslator(japanese, QLocale(QLocale::Japanese, QLocale::Japan)));
    CHECK(japanese.isEmpty());
}
