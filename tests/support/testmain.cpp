// The Catch2 main shared by every test: a QGuiApplication on the offscreen platform (image plugins and
// QML need one), test-mode standard paths so no test touches the user's cache, and Exiv2 set up before
// any test starts a thread.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "metadata/exiv2extractor.h"

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Exiv2Extractor::initialize();
    return Catch::Session().run(argc, argv);
}
