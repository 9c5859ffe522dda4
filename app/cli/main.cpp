#include "appsupport.h"
#include "clicommands.h"
#include "metadata/nativepath.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppSupport::initialize(QStringLiteral("byline-cli"));
    // Not app.arguments(): it makes each byte of a folder name that is not UTF-8 into U+FFFD, which names
    // no folder. NativePath keeps the bytes (argv is what Qt's constructor left of it).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(NativePath::decode(argv[i]));
    return CliCommands::run(arguments);
}
