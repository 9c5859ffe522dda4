// The Catch2 main shared by every test: a QGuiApplication on the offscreen platform (image plugins and
// QML need one), test-mode standard paths in a home of the process's own, so no test touches the user's
// cache or another test run's catalog (another build's, say, with another schema), and Exiv2 set up
// before any test starts a thread.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "metadata/exiv2extractor.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A test that runs itself as a child (to kill it mid-write) shares its parent's home.
    std::optional<QTemporaryDir> home;
    if (!qgetenv("HOME").contains("/byline-test-home-")) {
        home.emplace(QDir::tempPath() + QStringLiteral("/byline-test-home-XXXXXX"));
        if (home->isValid())
            qputenv("HOME", QFile::encodeName(home->path())); // before Qt reads it; helpers inherit it
    }
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Exiv2Extractor::initialize();
    return Catch::Session().run(argc, argv);
}
