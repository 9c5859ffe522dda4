#include "exportcommand.h"

#include "clicommands.h"
#include "clioutput.h"
#include "folderrecords.h"

#include "catalog/catalog.h"
#include "export/creditgate.h"
#include "export/exportjob.h"
#include "export/filenametemplate.h"
#include "search/recordfilter.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <iterator>

namespace {

using CliOutput::usageError;

struct ExportInvocation
{
    FolderRecords::Request folder;
    ExportOptions options;
    QStringList credits;
    QString search;
    bool requireCredit = false;
    bool requireBookCredit = false;
    CreditLineStyle creditStyle;
};

// A positive number from @p text, or 0.
int positive(const QString &text)
{
    bool numeric = false;
    const int value = text.toInt(&numeric);
    return numeric && value > 0 ? value : 0;
}

QString readOptions(const QCommandLineParser &parser, ExportInvocation &invocation)
{
    ExportOptions &options = invocation.options;
    options.destination = parser.value(QStringLiteral("to"));
    if (options.destination.isEmpty())
        return QStringLiteral("export needs --to OUT");
    options.resized = parser.isSet(QStringLiteral("resize")) || parser.isSet(QStringLiteral("quality"));
    options.originals = parser.isSet(QStringLiteral("originals")) || !options.resized;
    if (parser.isSet(QStringLiteral("resize")) &&
        !(options.longEdge = positive(parser.value(QStringLiteral("resize")))))
        return QStringLiteral("--resize needs a long edge in pixels");
    if (parser.isSet(QStringLiteral("quality"))) {
        options.quality = positive(parser.value(QStringLiteral("quality")));
        if (options.quality < 1 || options.quality > 100)
            return QStringLiteral("--quality needs a number from 1 to 100");
    }
    if (parser.isSet(QStringLiteral("threads")) &&
        !(options.threads = positive(parser.value(QStringLiteral("threads")))))
        return QStringLiteral("--threads needs a number");
    options.sheet = parser.isSet(QStringLiteral("sheet"));
    options.embedThumbnails = !parser.isSet(QStringLiteral("link-thumbnails"));
    options.title = parser.value(QStringLiteral("title"));
    options.intro = parser.value(QStringLiteral("intro"));
    options.nameTemplate = parser.value(QStringLiteral("name-template"));
    if (const FileNameTemplate names(options.nameTemplate); !names.isValid())
        return QStringLiteral("--name-template: %1").arg(names.error());
    invocation.credits = parser.values(QStringLiteral("credit"));
    invocation.search = parser.value(QStringLiteral("search"));
    invocation.requireCredit = parser.isSet(QStringLiteral("require-credit"));
    invocation.requireBookCredit = parser.isSet(QStringLiteral("require-book-credit"));
    // The style is given, never taken from the window's settings: a script prints the same lines anywhere.
    if (parser.isSet(QStringLiteral("credit-style")))
        invocation.creditStyle = CreditLineStyle::fromName(parser.value(QStringLiteral("credit-style")));
    if (!invocation.creditStyle.isValid())
        return QStringLiteral("--credit-style: %1").arg(invocation.creditStyle.error());
    return {};
}

QString parse(const QStringList &arguments, ExportInvocation &invocation)
{
    QCommandLineParser parser;
    const auto valued = [](const char *name, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), {}, QString::fromLatin1(value));
    };
    parser.addOptions(
        {valued("to", "OUT"), valued("credit", "X"), valued("search", "TEXT"), valued("resize", "N"),
         valued("quality", "Q"), valued("name-template", "T"), valued("title", "T"), valued("intro", "T"),
         valued("threads", "N"), valued("credit-style", "STYLE"), QCommandLineOption(QStringLiteral("originals")),
         QCommandLineOption(QStringLiteral("sheet")), QCommandLineOption(QStringLiteral("link-thumbnails")),
         QCommandLineOption(QStringLiteral("require-credit")),
         QCommandLineOption(QStringLiteral("require-book-credit")), QCommandLineOption(QStringLiteral("recursive")),
         QCommandLineOption(QStringLiteral("no-cache")), QCommandLineOption(QStringLiteral("no-pairs"))});
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return parser.errorText();
    if (parser.positionalArguments().size() != 1)
        return QStringLiteral("expected exactly one folder");
    invocation.folder.folder = parser.positionalArguments().constFirst();
    invocation.folder.recursive = parser.isSet(QStringLiteral("recursive"));
    invocation.folder.useCatalog = !parser.isSet(QStringLiteral("no-cache"));
    invocation.folder.pairRawJpeg = !parser.isSet(QStringLiteral("no-pairs"));
    if (const QString problem = FolderRecords::folderProblem(invocation.folder.folder); !problem.isEmpty())
        return problem;
    return readOptions(parser, invocation);
}

// A file that cannot be read fails on its own, with its reason; it is not a missing credit.
QList<PhotoRecord> readable(const QList<PhotoRecord> &selection)
{
    QList<PhotoRecord> records;
    std::copy_if(selection.cbegin(), selection.cend(), std::back_inserter(records),
                 [](const PhotoRecord &r) { return !r.hasError(); });
    return records;
}

// The desk's credit book, from the catalog the window shares: its house lines print the sheet's credit
// lines, and --require-book-credit checks the selection against it. Read with --no-cache too, as the
// folder's aliases are (FolderRecords::deskCatalog): no catalog yet is an empty book.
bool readBook(bool useCatalog, CreditBook &book)
{
    const std::unique_ptr<Catalog> catalog = FolderRecords::deskCatalog(useCatalog);
    if (!catalog)
        return true;
    if (!catalog->isOpen()) {
        QTextStream(stderr) << "byline-cli: cannot read the credit book: " << catalog->errorString() << '\n';
        return false;
    }
    book = catalog->creditBook();
    return true;
}

// With --require-book-credit, a photo whose credit is not in the book stops the export.
bool passesBookGate(const QList<PhotoRecord> &selection, const CreditBook &book)
{
    const QList<CreditGate::Offender> offenders = CreditGate::bookOffenders(readable(selection), book);
    if (offenders.isEmpty())
        return true;
    QTextStream err(stderr);
    err << "byline-cli: nothing exported: " << offenders.size()
        << (book.isEmpty() ? " photos, and the credit book is empty (--require-book-credit; byline-cli book add)\n"
                           : " photos have no credit from the credit book (--require-book-credit):\n")
        << CreditGate::describe(offenders);
    return false;
}

// The credit gate: with --require-credit the offenders stop the export; without, they are listed.
bool passesCreditGate(const ExportInvocation &invocation, const QList<PhotoRecord> &selection)
{
    const QList<CreditGate::Offender> offenders = CreditGate::offenders(readable(selection));
    if (offenders.isEmpty())
        return true;
    QTextStream err(stderr);
    if (invocation.requireCredit) {
        err << "byline-cli: nothing exported: " << offenders.size()
            << " photos have no embedded credit (--require-credit):\n"
            << CreditGate::describe(offenders);
        return false;
    }
    err << "byline-cli: warning: " << offenders.size() << " photos have no embedded credit:\n"
        << CreditGate::describe(offenders);
    return true;
}

// Ctrl-C or a kill cancels the export instead of ending the process mid-file: the workers stop, the
// temporary files are removed and the report still says what was written.
std::atomic<ExportJob *> s_runningJob = nullptr;

extern "C" void cancelRunningJob(int)
{
    if (ExportJob *job = s_runningJob.load())
        job->cancel(); // an atomic store: safe in a signal handler
}

class CancelOnSignal
{
public:
    explicit CancelOnSignal(ExportJob &job)
    {
        s_runningJob.store(&job);
        struct sigaction action = {};
        action.sa_handler = cancelRunningJob;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~CancelOnSignal()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        s_runningJob.store(nullptr);
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace

namespace ExportCommand {

int run(const QStringList &arguments)
{
    ExportInvocation invocation;
    if (const QString error = parse(arguments, invocation); !error.isEmpty())
        return usageError(error);
    QString error;
    const FolderRecords::Folder folder = FolderRecords::read(invocation.folder, error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "byline-cli: cannot read folder " << invocation.folder.folder << ": " << error << '\n';
        return CliCommands::s_exitUsage;
    }
    const QList<PhotoRecord> selection =
        RecordFilter(invocation.credits, invocation.search, CreditAliases(folder.aliases)).filtered(folder.records);
    if (selection.isEmpty()) {
        QTextStream(stderr) << "byline-cli: no photo matches; nothing exported\n";
        return CliCommands::s_exitSuccess;
    }
    CreditBook book;
    if (!readBook(invocation.folder.useCatalog, book) && invocation.requireBookCredit)
        return CliCommands::s_exitFailures;
    if (!passesCreditGate(invocation, selection) || (invocation.requireBookCredit && !passesBookGate(selection, book)))
        return CliCommands::s_exitFailures;
    invocation.options.houseStyle = HouseStyle(invocation.creditStyle, book);
    ExportJob job(selection, invocation.options);
    const ExportReport report = [&job] {
        const CancelOnSignal cancelOnSignal(job);
        return job.run();
    }();
    QTextStream(stdout) << report.summary();
    return report.succeeded() ? CliCommands::s_exitSuccess : CliCommands::s_exitFailures;
}

} // namespace ExportCommand
