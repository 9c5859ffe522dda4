#include "editcommand.h"

#include "clicommands.h"
#include "clioutput.h"

#include "folderrecords.h"
#include "setrequests.h"

#include "editing/backupstore.h"
#include "editing/creditsweep.h"
#include "editing/metadataeditor.h"
#include "editing/paralleledits.h"
#include "metadata/nativepath.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <mutex>
#include <vector>

namespace {

using CliOutput::usageError;

QString quoted(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("(none)") : u'"' + EditFields::display(values) + u'"';
}

void printPlan(QTextStream &out, const FilePlan &plan)
{
    out << NativePath::display(plan.path) << '\n';
    for (const FieldChange &change : plan.changes)
        out << "  " << EditFields::name(change.field) << ": " << quoted(change.before)
            << (change.heldIn.isEmpty() ? QString() : QStringLiteral(" in ") + change.heldIn)
            << (change.before.isEmpty() && !change.inferred.isEmpty()
                    ? QStringLiteral(" (inferred from the caption: \"%1\")").arg(change.inferred)
                    : QString())
            << " -> " << quoted(change.after) << '\n';
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

// Each photo's lines, printed in the order the photos were given while their writes run side by side
// (ParallelEdits): a photo's block is printed as soon as every photo before it is done.
class OrderedReport
{
public:
    struct Block
    {
        QString out, err;
        bool failed = false;
        bool done = false;
    };

    OrderedReport(qsizetype count, QTextStream &out, QTextStream &err)
        : m_blocks(std::size_t(count)), m_out(out), m_err(err)
    {}

    // Only the thread running photo @p index writes its block, before finish(index).
    Block &block(qsizetype index) { return m_blocks[std::size_t(index)]; }

    void finish(qsizetype index)
    {
        const std::lock_guard lock(m_mutex);
        m_blocks[std::size_t(index)].done = true;
        for (; m_next < m_blocks.size() && m_blocks[m_next].done; ++m_next) {
            Block &ready = m_blocks[m_next];
            m_out << ready.out;
            m_err << ready.err;
            m_out.flush();
            m_err.flush();
            m_failed += ready.failed ? 1 : 0;
            ready = {{}, {}, ready.failed, true};
        }
    }
    [[nodiscard]] int failed() const { return m_failed; }

private:
    std::vector<Block> m_blocks;
    QTextStream &m_out;
    QTextStream &m_err;
    std::mutex m_mutex;
    std::size_t m_next = 0;
    int m_failed = 0;
};

// Runs @p one for each of @p paths on ParallelEdits' threads, printing each photo's block in order;
// returns how many failed.
int runInOrder(const QStringList &paths,
               const std::function<bool(MetadataEditor &, qsizetype, QTextStream &, QTextStream &)> &one)
{
    BackupStore backups;
    QTextStream out(stdout);
    QTextStream err(stderr);
    OrderedReport report(paths.size(), out, err);
    ParallelEdits::run(backups, paths, [&](MetadataEditor &editor, qsizetype index) {
        OrderedReport::Block &block = report.block(index);
        QTextStream blockOut(&block.out);
        QTextStream blockErr(&block.err);
        block.failed = !one(editor, index, blockOut, blockErr);
        blockOut.flush();
        blockErr.flush();
        report.finish(index);
    });
    return report.failed();
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

struct SweepInvocation
{
    QString folder;
    bool recursive = false;
    bool pairRawJpeg = true;
    bool dryRun = false;
    CreditSweep::Options options;
};

QString parseSweep(const QStringList &arguments, SweepInvocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption recursive(QStringLiteral("recursive")), noPairs(QStringLiteral("no-pairs")),
        strip(QStringLiteral("strip-caption-credit")), sidecar(QStringLiteral("sidecar")),
        dryRun(QStringLiteral("dry-run"));
    parser.addOptions({recursive, noPairs, strip, sidecar, dryRun});
    if (!parser.parse(arguments.mid(1)))
        return parser.errorText();
    if (parser.positionalArguments().size() != 1)
        return QStringLiteral("expected exactly one folder");
    invocation.folder = parser.positionalArguments().constFirst();
    invocation.recursive = parser.isSet(recursive);
    invocation.pairRawJpeg = !parser.isSet(noPairs);
    invocation.dryRun = parser.isSet(dryRun);
    invocation.options = {.stripCaptionCredit = parser.isSet(strip), .toSidecar = parser.isSet(sidecar)};
    return FolderRecords::folderProblem(invocation.folder);
}

// "sweep: 2 from captions, 1 corrected by an alias, 3 already right, 1 without a credit"
QString sweepSummary(const CreditSweep::Counts &counts)
{
    QString summary = QStringLiteral("sweep: %1 from captions, %2 corrected by an alias, %3 already right, "
                                     "%4 without a credit")
                          .arg(counts.fromCaption)
                          .arg(counts.corrected)
                          .arg(counts.alreadyRight)
                          .arg(counts.noCredit);
    if (counts.leftAlone > 0)
        summary += QStringLiteral(", %1 left alone").arg(counts.leftAlone);
    if (counts.unreadable > 0)
        summary += QStringLiteral(", %1 unreadable").arg(counts.unreadable);
    return summary + u'\n';
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

    QTextStream err(stderr);
    for (const QString &note : requests.notes())
        err << "byline-cli: " << note << '\n';
    err.flush();
    const QStringList paths = photoPaths(parser);
    const int failed = runInOrder(paths, [&](MetadataEditor &editor, qsizetype i, QTextStream &out, QTextStream &err) {
        return setOne(editor, requests.forPhoto(paths[i], int(i + 1)), dryRun, out, err);
    });
    if (dryRun)
        QTextStream(stdout) << "dry run: nothing was written\n";
    return failed == 0 ? CliCommands::s_exitSuccess : CliCommands::s_exitFailures;
}

int runSweep(const QStringList &arguments)
{
    SweepInvocation invocation;
    if (QString error = parseSweep(arguments, invocation); !error.isEmpty())
        return usageError(error);
    // Read as scan reads the folder: the catalog's aliases applied, so each record says the accepted credit.
    QString error;
    const FolderRecords::Folder folder =
        FolderRecords::read({invocation.folder, true, invocation.recursive, 0, invocation.pairRawJpeg}, error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "byline-cli: cannot read folder " << invocation.folder << ": " << error << '\n';
        return CliCommands::s_exitUsage;
    }
    const QList<SweptPhoto> swept = CreditSweep(invocation.options).sweep(folder.records);

    QStringList paths;
    for (const SweptPhoto &photo : swept)
        paths.append(photo.path);
    const int failed = runInOrder(paths, [&](MetadataEditor &editor, qsizetype i, QTextStream &out, QTextStream &err) {
        const SweptPhoto &photo = swept.at(i);
        if (photo.reason == SweptPhoto::Reason::NoCredit)
            out << NativePath::display(photo.path) << "\n  note: no credit in its fields or its caption\n";
        else if (photo.reason == SweptPhoto::Reason::LeftAlone || photo.reason == SweptPhoto::Reason::Unreadable)
            out << NativePath::display(photo.path) << "\n  note: " << photo.notes.join(QStringLiteral("\n  note: "))
                << '\n';
        else if (photo.hasEdit())
            return setOne(editor, {photo.path, photo.request, photo.notes, {}}, invocation.dryRun, out, err);
        return true;
    });
    QTextStream out(stdout);
    out << sweepSummary(CreditSweep::count(swept));
    if (invocation.dryRun)
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
