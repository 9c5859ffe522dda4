#include "appsupport.h"
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppSupport::initialize(QStringLiteral("byline-cli"));
    return CliCommands::run(app.arguments());
}
