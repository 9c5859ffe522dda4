#include "clioutput.h"

#include "clicommands.h"

#include "catalog/catalog.h"

#include <QTextStream>

namespace CliOutput {

int usageError(const QString &message)
{
    QTextStream(stderr) << "byline-cli: " << message << " (see byline-cli --help)\n";
    return CliCommands::s_exitUsage;
}

int failure(const QString &message)
{
    QTextStream(stderr) << "byline-cli: " << message << '\n';
    return CliCommands::s_exitFailures;
}

bool catalogOpened(const Catalog &catalog)
{
    for (const QString &warning : catalog.warnings())
        QTextStream(stderr) << "byline-cli: " << warning << '\n';
    if (!catalog.isOpen())
        failure(QStringLiteral("cannot open the catalog: %1").arg(catalog.errorString()));
    return catalog.isOpen();
}

} // namespace CliOutput
