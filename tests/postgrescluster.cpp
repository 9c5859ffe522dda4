// byline-test-postgres start|stop FOLDER: the PostgreSQL server the catalog tests share, started and
// stopped by ctest fixtures (tests/CMakeLists.txt), so that each test case needs only a database.
#include "support/postgresserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3 || (arguments[1] != QLatin1String("start") && arguments[1] != QLatin1String("stop"))) {
        QTextStream(stderr) << "usage: byline-test-postgres start|stop FOLDER\n";
        return 2;
    }
    QString error;
    const bool done = arguments[1] == QLatin1String("start") ? PostgresServer::startIn(arguments[2], error)
                                                             : PostgresServer::stopIn(arguments[2], error);
    if (!done)
        QTextStream(stderr) << "byline-test-postgres: " << error << '\n';
    return done ? 0 : 1;
}
