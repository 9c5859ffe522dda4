#include "aliascommand.h"

#include "clicommands.h"
#include "clioutput.h"
#include "folderrecords.h"

#include "catalog/catalog.h"
#include "credits/creditaliases.h"
#include "credits/creditname.h"
#include "metadata/nativepath.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace {

using CliOutput::failure;
using CliOutput::usageError;

struct AliasInvocation
{
    enum class Action
    {
        Group,
        Remove,
        List
    };

    QString folder;
    Action action = Action::Group;
    QString from;
    QString to;
};

QString parse(const QStringList &arguments, AliasInvocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption remove(QStringLiteral("remove"), {}, QStringLiteral("FROM"));
    const QCommandLineOption list(QStringLiteral("list"));
    parser.addOptions({remove, list});
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return parser.errorText();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(remove) && parser.isSet(list))
        return QStringLiteral("alias takes --remove or --list, not both");
    const bool group = !parser.isSet(remove) && !parser.isSet(list);
    if (positional.size() != (group ? 3 : 1))
        return group ? QStringLiteral("alias needs a folder, the credit to correct and the credit it is")
                     : QStringLiteral("expected exactly one folder");
    invocation.folder = positional.constFirst();
    invocation.action = group                  ? AliasInvocation::Action::Group
                        : parser.isSet(remove) ? AliasInvocation::Action::Remove
                                               : AliasInvocation::Action::List;
    invocation.from = (group ? positional.at(1) : parser.value(remove)).trimmed();
    invocation.to = group ? positional.at(2).trimmed() : QString();
    if ((invocation.action != AliasInvocation::Action::List && CreditName::groupingKey(invocation.from).isEmpty()) ||
        (group && CreditName::groupingKey(invocation.to).isEmpty()))
        return QStringLiteral("a credit is empty");
    return FolderRecords::folderProblem(invocation.folder);
}

QString shown(const QString &spelling, const QString &key)
{
    return spelling.isEmpty() ? key : spelling;
}

int list(const Catalog &catalog, const QString &folder)
{
    QTextStream out(stdout);
    for (const CreditAlias &alias : catalog.aliases(folder))
        out << shown(alias.aliasSpelling, alias.alias) << " -> " << shown(alias.spelling, alias.canonical) << '\n';
    return CliCommands::s_exitSuccess;
}

int remove(Catalog &catalog, const QString &folder, const QString &from)
{
    const QString key = CreditName::groupingKey(from);
    const QList<CreditAlias> aliases = catalog.aliases(folder);
    if (std::none_of(aliases.cbegin(), aliases.cend(), [&](const CreditAlias &alias) { return alias.alias == key; }))
        return failure(
            QStringLiteral("'%1' is not grouped under another credit in %2").arg(from, NativePath::display(folder)));
    if (!catalog.removeAlias(folder, key))
        return failure(QStringLiteral("cannot write the catalog: %1").arg(catalog.errorString()));
    QTextStream(stdout) << "'" << from << "' is its own credit again\n";
    return CliCommands::s_exitSuccess;
}

// Any two credits may be grouped: grouping a credit under one grouped under it turns that one round, and
// the accepted spelling is the desk's latest word for every alias of the same credit.
int group(Catalog &catalog, const QString &folder, const QString &from, const QString &to)
{
    const QString fromKey = CreditName::groupingKey(from), toKey = CreditName::groupingKey(to);
    if (fromKey == toKey)
        return failure(QStringLiteral("'%1' and '%2' are already one credit").arg(from, to));
    const QList<CreditAlias> aliases = catalog.aliases(folder);
    bool written = true;
    if (CreditAliases(aliases).canonicalKey(to) == fromKey)
        written = catalog.removeAlias(folder, toKey);
    for (CreditAlias alias : aliases) {
        if (alias.canonical == toKey && alias.alias != fromKey) {
            alias.spelling = to;
            written = written && catalog.setAlias(folder, alias);
        }
    }
    written = written && catalog.setAlias(folder, {fromKey, toKey, to, from});
    if (!written)
        return failure(QStringLiteral("cannot write the catalog: %1").arg(catalog.errorString()));
    QTextStream(stdout) << "'" << from << "' is now '" << to << "' in " << NativePath::display(folder)
                        << " (the files are not changed)\n";
    return CliCommands::s_exitSuccess;
}

} // namespace

namespace AliasCommand {

int run(const QStringList &arguments)
{
    AliasInvocation invocation;
    if (const QString error = parse(arguments, invocation); !error.isEmpty())
        return usageError(error);
    Catalog catalog(Catalog::defaultLocation());
    if (!CliOutput::catalogOpened(catalog))
        return CliCommands::s_exitFailures;
    const QString folder = NativePath::absolute(invocation.folder);
    switch (invocation.action) {
    case AliasInvocation::Action::List:
        return list(catalog, folder);
    case AliasInvocation::Action::Remove:
        return remove(catalog, folder, invocation.from);
    case AliasInvocation::Action::Group:
        return group(catalog, folder, invocation.from, invocation.to);
    }
    return CliCommands::s_exitUsage;
}

} // namespace AliasCommand
