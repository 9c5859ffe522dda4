#include "bookcommand.h"

#include "clicommands.h"
#include "clioutput.h"

#include "catalog/catalog.h"
#include "catalog/creditbookfile.h"
#include "credits/droppednames.h"
#include "credits/housestyle.h"
#include "metadata/nativepath.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace {

using CliOutput::failure;
using CliOutput::usageError;

struct BookInvocation
{
    QString action; // list, add, remove, import, export, line
    QStringList values;
    QString houseLine;
    bool replace = false;
    CreditLineStyle style;
};

// How many values each action takes: {least, most}; -1 for any number.
std::pair<int, int> valueCount(const QString &action)
{
    if (action == u"list")
        return {0, 0};
    if (action == u"export")
        return {0, 1};
    if (action == u"line")
        return {1, -1};
    return {1, 1}; // add, remove, import
}

QString checkOptions(const QCommandLineParser &parser, const BookInvocation &invocation)
{
    if (parser.isSet(QStringLiteral("house-line")) && invocation.action != u"add")
        return QStringLiteral("--house-line goes with book add");
    if (parser.isSet(QStringLiteral("replace")) && invocation.action != u"import")
        return QStringLiteral("--replace goes with book import");
    if (parser.isSet(QStringLiteral("credit-style")) && invocation.action != u"line")
        return QStringLiteral("--credit-style goes with book line");
    if (!invocation.style.isValid())
        return QStringLiteral("--credit-style: %1").arg(invocation.style.error());
    if (invocation.action == u"add") {
        if (const QString problem = CreditBook::entryProblem({invocation.values.constFirst(), invocation.houseLine});
            !problem.isEmpty())
            return problem;
    }
    return {};
}

QString parse(const QStringList &arguments, BookInvocation &invocation)
{
    QCommandLineParser parser;
    parser.addOptions({QCommandLineOption(QStringLiteral("list")),
                       QCommandLineOption(QStringLiteral("house-line"), {}, QStringLiteral("TEXT")),
                       QCommandLineOption(QStringLiteral("replace")),
                       QCommandLineOption(QStringLiteral("credit-style"), {}, QStringLiteral("STYLE"))});
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return parser.errorText();
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("list"))) {
        if (!positional.isEmpty() && positional.constFirst() != u"list")
            return QStringLiteral("book takes --list or an action, not both");
        positional.prepend(QStringLiteral("list"));
    }
    if (positional.isEmpty())
        return QStringLiteral("book needs an action: --list, add, remove, import, export or line");
    invocation.action = positional.takeFirst();
    static const QStringList s_actions = {QStringLiteral("list"),   QStringLiteral("add"),    QStringLiteral("remove"),
                                          QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("line")};
    if (!s_actions.contains(invocation.action))
        return QStringLiteral("unknown book action '%1'").arg(invocation.action);
    const auto [least, most] = valueCount(invocation.action);
    if (positional.size() < least || (most >= 0 && positional.size() > most))
        return invocation.action == u"list" || invocation.action == u"export"
                   ? QStringLiteral("book %1 takes %2")
                         .arg(invocation.action,
                              most ? QStringLiteral("at most a file") : QStringLiteral("nothing more"))
                   : QStringLiteral("book %1 needs %2")
                         .arg(invocation.action,
                              invocation.action == u"import" ? QStringLiteral("one file") : QStringLiteral("a credit"));
    invocation.values = positional;
    invocation.houseLine = parser.value(QStringLiteral("house-line"));
    invocation.replace = parser.isSet(QStringLiteral("replace"));
    if (parser.isSet(QStringLiteral("credit-style")))
        invocation.style = CreditLineStyle::fromName(parser.value(QStringLiteral("credit-style")));
    return checkOptions(parser, invocation);
}

int list(const Catalog &catalog)
{
    QTextStream out(stdout);
    // The book is held here: a range-for over a temporary's member would read it after it is gone.
    const CreditBook book = catalog.creditBook();
    for (const CreditBookEntry &entry : book.entries()) {
        out << entry.credit;
        if (!entry.houseLine.isEmpty())
            out << " -> " << entry.houseLine;
        out << '\n';
    }
    return CliCommands::s_exitSuccess;
}

// "A", "A and B", "A, B and C".
QString nameList(const QStringList &names)
{
    return names.size() < 2 ? names.value(0)
                            : names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
                                  names.constLast();
}

// A house line may shorten a credit on purpose, so it is kept; a name it leaves out is said out loud, as
// the styles never leave one out (DroppedNames).
void warnOfDroppedNames(const QString &credit, const QString &houseLine)
{
    const QStringList dropped = DroppedNames::of(credit, houseLine);
    if (dropped.isEmpty())
        return;
    QTextStream(stderr) << "byline-cli: warning: the house line leaves out " << nameList(dropped)
                        << ": lines printed for '" << credit.trimmed() << "' will not name "
                        << (dropped.size() == 1 ? "it" : "them") << '\n';
}

int add(Catalog &catalog, const QString &credit, const QString &houseLine)
{
    const bool replacing = catalog.creditBook().contains(credit);
    if (!catalog.setBookEntry({credit, houseLine}))
        return failure(QStringLiteral("cannot write the catalog: %1").arg(catalog.errorString()));
    QTextStream out(stdout);
    out << "'" << credit.trimmed() << "' is " << (replacing ? "in the credit book (updated)" : "in the credit book");
    if (!houseLine.trimmed().isEmpty())
        out << ", printed '" << houseLine.trimmed() << "'";
    out << '\n';
    out.flush();
    warnOfDroppedNames(credit, houseLine);
    return CliCommands::s_exitSuccess;
}

int remove(Catalog &catalog, const QString &credit)
{
    if (!catalog.creditBook().contains(credit))
        return failure(QStringLiteral("'%1' is not in the credit book").arg(credit));
    if (!catalog.removeBookEntry(credit))
        return failure(QStringLiteral("cannot write the catalog: %1").arg(catalog.errorString()));
    QTextStream(stdout) << "'" << credit << "' is no longer in the credit book\n";
    return CliCommands::s_exitSuccess;
}

// "1 house line", "2 house lines".
QString counted(qsizetype count, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(QLatin1String(noun), count == 1 ? QString() : QStringLiteral("s"));
}

int import(Catalog &catalog, const QString &path, bool replace)
{
    const CreditBookFile::Load load = CreditBookFile::load(path);
    if (!load.error.isEmpty()) {
        QTextStream(stderr) << "byline-cli: " << load.error << '\n';
        return CliCommands::s_exitUsage;
    }
    if (!load.problems.isEmpty()) {
        QTextStream err(stderr);
        err << "byline-cli: nothing imported: " << load.problems.size() << " bad lines (fix them and import again):\n";
        for (const QString &problem : load.problems)
            err << problem << '\n';
        return CliCommands::s_exitFailures;
    }
    const std::optional<CreditBookMerge> merge = catalog.storeBook(load.entries, replace);
    if (!merge)
        return failure(QStringLiteral("cannot write the catalog: %1").arg(catalog.errorString()));
    QTextStream out(stdout);
    out << load.entries.size() << " credits imported from " << NativePath::display(path);
    if (replace)
        out << "; the credit book is now that file\n";
    else // what the merge did, so a colleague's file never changes a house line unnoticed
        out << ": " << merge->added << " new, " << counted(merge->houseLinesChanged, "house line") << " changed, "
            << counted(merge->houseLinesKept, "house line") << " kept (the file gives none)\n";
    return CliCommands::s_exitSuccess;
}

int exportBook(const Catalog &catalog, const QStringList &values)
{
    const CreditBook book = catalog.creditBook();
    if (values.isEmpty()) {
        const QByteArray bytes = CreditBookFile::format(book);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return CliCommands::s_exitSuccess;
    }
    if (const QString error = CreditBookFile::save(values.constFirst(), book); !error.isEmpty())
        return failure(error);
    QTextStream(stdout) << book.size() << " credits written to " << NativePath::display(values.constFirst()) << '\n';
    return CliCommands::s_exitSuccess;
}

// One line per credit, as Ctrl+C and the caption sheet print it with this style and the book.
int line(const Catalog &catalog, const QStringList &credits, const CreditLineStyle &style)
{
    const HouseStyle house(style, catalog.creditBook());
    QTextStream out(stdout);
    for (const QString &credit : credits)
        out << house.line(credit) << '\n';
    return CliCommands::s_exitSuccess;
}

} // namespace

namespace BookCommand {

int run(const QStringList &arguments)
{
    BookInvocation invocation;
    if (const QString error = parse(arguments, invocation); !error.isEmpty())
        return usageError(error);
    Catalog catalog(Catalog::defaultLocation());
    if (!CliOutput::catalogOpened(catalog))
        return CliCommands::s_exitFailures;
    const QString &action = invocation.action;
    if (action == u"list")
        return list(catalog);
    if (action == u"add")
        return add(catalog, invocation.values.constFirst(), invocation.houseLine);
    if (action == u"remove")
        return remove(catalog, invocation.values.constFirst());
    if (action == u"import")
        return import(catalog, invocation.values.constFirst(), invocation.replace);
    if (action == u"export")
        return exportBook(catalog, invocation.values);
    return line(catalog, invocation.values, invocation.style);
}

} // namespace BookCommand
