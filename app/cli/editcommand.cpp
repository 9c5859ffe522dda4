#include "editcommand.h"

#include "clicommands.h"

#include "setrequests.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "metadata/nativepath.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "byline-cli: " << message << " (see byline-cli --help)\n";
    return CliCommands::s_exitUsage;
}

QString quoted(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("(none)") : u'"' + EditFields::display(values) + u'"';
}

void printPlan(QTextStream &out, const FilePlan &plan)
{
    out << NativePath::display(plan.path) << '\n';
    for (const FieldChange &change : plan.changes)
        out << "  " << EditFields::name(change.field) << ": " << quoted(change.before) << " -> " << quoted(change.after)
            << '\n';
    if (!plan.embedded && !plan.sidecar.isEmpty() && !plan.changes.isEmpty())
        out << "  to the sidecar " << NativePath::display(plan.sidecar) << " (" << plan.whySidecar << ")\n";
}

// Plans, prints and (unless @p dryRun) writes one photo's edit; false when it could not be written.
bool setOne(MetadataEditor &editor, const TemplatedEdit &request, bool dryRun, QTextStream &out, QTextStream &err)
{
    const QString &path = request.path;
    FilePlan plan;
    plan.path = path;
    if (request.problem.isEmpty())
        plan = editor.plan(path, request.request);
    printPlan(out, plan);
    for (const QString &note : request.notes)
        out << "  note: " << note << '\n';
    if (const QString problem = request.problem.isEmpty() ? plan.problem : request.problem; !problem.isEmpty()) {
        err << NativePath::display(path) << ": not written: " << problem << '\n';
        return false;
    }
    if (plan.changes.isEmpty()) {
        out << "  unchanged\n";
        return true;
    }
    if (dryRun)
        return true;
    const WriteOutcome outcome = editor.write(plan);
    for (const QString &note : outcome.notes)
        out << "  " << note << '\n';
    if (!outcome.written) {
        err << NativePath::display(path) << ": not written: " << outcome.error << '\n';
        return false;
    }
    out << "  written\n";
    return true;
}

QString parse(const QStringList &arguments, QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("the photos"), QStringLiteral("PATH..."));
    if (!parser.parse(arguments.mid(1)))
        return parser.errorText();
    if (parser.positionalArguments().isEmpty())
        return QStringLiteral("no photo given");
    return {};
}

QStringList photoPaths(const QCommandLineParser &parser)
{
    QStringList paths;
    for (const QString &path : parser.positionalArguments())
        paths.append(NativePath::absolute(path));
    return paths;
}

} // namespace

namespace EditCommand {

int runSet(const QStringList &arguments)
{
    QList<QCommandLineOption> options = SetRequests::options();
    options.append(QCommandLineOption(QStringLiteral("dry-run")));
    QCommandLineParser parser;
    if (QString error = parse(arguments, parser, options); !error.isEmpty())
        return usageError(error);
    SetRequests requests;
    if (QString error = requests.prepare(parser); !error.isEmpty())
        return usageError(error);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    BackupStore backups;
    MetadataEditor editor(backups);
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString &note : requests.notes())
        err << "byline-cli: " << note << '\n';
    err.flush();
    int failed = 0;
    const QStringList paths = photoPaths(parser);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!setOne(editor, requests.forPhoto(paths[i], int(i + 1)), dryRun, out, err))
            ++failed;
        out.flush();
    }
    if (dryRun)
        out << "dry run: nothing was written\n";
    return failed == 0 ? CliCommands::s_exitSuccess : CliCommands::s_exitFailures;
}

int runRevert(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (QString error = parse(arguments, parser, {QCommandLineOption(QStringLiteral("force"))}); !error.isEmpty())
        return usageError(error);
    BackupStore backups;
    MetadataEditor editor(backups);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int failed = 0;
    for (const QString &path : photoPaths(parser)) {
        const WriteOutcome outcome = editor.revert(path, parser.isSet(QStringLiteral("force")));
        if (!outcome.written) {
            err << NativePath::display(path) << ": not reverted: " << outcome.error << '\n';
            ++failed;
            continue;
        }
        out << NativePath::display(path) << ": original restored\n";
        for (const QString &note : outcome.notes)
            out << "  " << note << '\n';
    }
    return failed == 0 ? CliCommands::s_exitSuccess : CliCommands::s_exitFailures;
}

} // namespace EditCommand
