#include "editcommand.h"

#include "clicommands.h"

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

struct TextOption
{
    const char *option;
    EditField field;
    FieldEdit::Mode mode;
};

// Each field's option; list fields take "a; b" (creators) or "a, b" (keywords) in one value.
const TextOption s_textOptions[] = {
    {"caption", EditField::Caption, FieldEdit::Mode::Replace},
    {"append-caption", EditField::Caption, FieldEdit::Mode::Append},
    {"headline", EditField::Headline, FieldEdit::Mode::Replace},
    {"credit", EditField::Credit, FieldEdit::Mode::Replace},
    {"creator", EditField::Creator, FieldEdit::Mode::Replace},
    {"copyright", EditField::Copyright, FieldEdit::Mode::Replace},
    {"source", EditField::Source, FieldEdit::Mode::Replace},
    {"instructions", EditField::Instructions, FieldEdit::Mode::Replace},
    {"usage-terms", EditField::UsageTerms, FieldEdit::Mode::Replace},
    {"keywords", EditField::Keywords, FieldEdit::Mode::Replace},
    {"location", EditField::Location, FieldEdit::Mode::Replace},
    {"city", EditField::City, FieldEdit::Mode::Replace},
    {"state", EditField::State, FieldEdit::Mode::Replace},
    {"country", EditField::Country, FieldEdit::Mode::Replace},
    {"country-code", EditField::CountryCode, FieldEdit::Mode::Replace},
    {"title", EditField::Title, FieldEdit::Mode::Replace},
    {"alt-text", EditField::AltText, FieldEdit::Mode::Replace},
    {"rating", EditField::Rating, FieldEdit::Mode::Replace},
    {"label", EditField::Label, FieldEdit::Mode::Replace},
};

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

QString requestFrom(const QCommandLineParser &parser, EditRequest &request)
{
    for (const TextOption &option : s_textOptions) {
        const QString name = QLatin1String(option.option);
        if (!parser.isSet(name))
            continue;
        FieldEdit edit{option.field, option.mode, EditFields::parse(option.field, parser.value(name))};
        if (QString problem = edit.problem(); !problem.isEmpty())
            return QStringLiteral("--%1: %2").arg(name, problem);
        request.edits.append(edit);
    }
    if (parser.isSet(QStringLiteral("keyword"))) {
        QStringList added;
        for (const QString &keyword : parser.values(QStringLiteral("keyword")))
            added += EditFields::parse(EditField::Keywords, keyword);
        request.edits.append({EditField::Keywords, FieldEdit::Mode::Append, added});
    }
    request.toSidecar = parser.isSet(QStringLiteral("sidecar"));
    if (request.edits.isEmpty())
        return QStringLiteral("nothing to set: give at least one field option");
    return {};
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
    QList<QCommandLineOption> options;
    for (const TextOption &option : s_textOptions)
        options.append(QCommandLineOption(QLatin1String(option.option), QString(), QStringLiteral("TEXT")));
    options.append(QCommandLineOption(QStringLiteral("keyword"), QString(), QStringLiteral("K")));
    options.append(QCommandLineOption(QStringLiteral("sidecar")));
    options.append(QCommandLineOption(QStringLiteral("dry-run")));
    QCommandLineParser parser;
    if (QString error = parse(arguments, parser, options); !error.isEmpty())
        return usageError(error);
    EditRequest request;
    if (QString error = requestFrom(parser, request); !error.isEmpty())
        return usageError(error);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    BackupStore backups;
    MetadataEditor editor(backups);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int failed = 0;
    for (const QString &path : photoPaths(parser)) {
        const FilePlan plan = editor.plan(path, request);
        printPlan(out, plan);
        if (!plan.problem.isEmpty()) {
            err << NativePath::display(path) << ": not written: " << plan.problem << '\n';
            ++failed;
            continue;
        }
        if (plan.changes.isEmpty()) {
            out << "  unchanged\n";
            continue;
        }
        if (dryRun)
            continue;
        const WriteOutcome outcome = editor.write(plan);
        for (const QString &note : outcome.notes)
            out << "  " << note << '\n';
        if (!outcome.written) {
            err << NativePath::display(path) << ": not written: " << outcome.error << '\n';
            ++failed;
        } else {
            out << "  written\n";
        }
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
