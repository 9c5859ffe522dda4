#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// The byline window starts on the sample gallery without a single warning (QML, Qt or Exiv2).
TEST_CASE("byline opens its window without warnings", "[app]")
{
    QTemporaryDir runtime; // Qt warns about a missing XDG_RUNTIME_DIR; give it a private one
    REQUIRE(runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                       runtime.filePath(QStringLiteral("cache"))); // a private catalog
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), runtime.filePath(QStringLiteral("config"))); // and settings

    QProcess byline;
    byline.setProcessEnvironment(environment);
    byline.start(QStringLiteral(BYLINE_APP), {QStringLiteral(BYLINE_SAMPLE_DIR)});
    REQUIRE(byline.waitForStarted());
    // The window loads within a few hundred milliseconds; a process that exits by itself has failed.
    CHECK_FALSE(byline.waitForFinished(3000));
    byline.terminate();
    REQUIRE(byline.waitForFinished(5000));
    const QString errors = QString::fromUtf8(byline.readAllStandardError()).trimmed();
    INFO(errors.toStdString());
    CHECK(errors.isEmpty());
}
