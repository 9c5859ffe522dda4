#include "clicommands.h"

#include "aliascommand.h"
#include "bookcommand.h"
#include "clioutput.h"
#include "editcommand.h"
#include "exportcommand.h"
#include "folderrecords.h"
#include "recordtable.h"

#include "catalog/cataloglocation.h"
#include "credits/creditindex.h"
#include "credits/credittally.h"
#include "credits/credittree.h"
#include "imaging/thumbnailer.h"
#include "isolation/readworkerprotocol.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"
#include "metadata/photorecordjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

using CliOutput::usageError;

// A delimiter of its own: the text holds ')"' ("{person} ({organisation})").
const char *const s_usage = R"usage(Usage: byline-cli COMMAND [OPTIONS] DIR

Commands:
  scan DIR [--json] [--recursive] [--no-cache] [--no-pairs] [--threads N]
                                                 list every photo with its caption, credit and errors
  credits DIR [--tree] [--recursive] [--no-cache] [--no-pairs] [--threads N]
                                                 each distinct credit with its count, most frequent first
  export DIR --to OUT [--credit X ...] [--search TEXT] [--originals] [--resize N] [--quality Q]
         [--sheet] [--title T] [--intro T] [--link-thumbnails] [--name-template T] [--require-credit]
         [--require-book-credit] [--credit-style STYLE] [--recursive] [--no-cache] [--no-pairs] [--threads N]
                                                 copy, resize and caption a selection (see below)
  set PATH... [--template FILE] [--codes FILE] [--caption T] [--append-caption T] [--headline T]
      [--credit X] [--creator X] [--copyright X] [--source X] [--instructions T] [--usage-terms T]
      [--keyword K ...] [--keywords K] [--location T] [--city T] [--state T] [--country T]
      [--country-code C] [--title T] [--alt-text T] [--rating N] [--label L] [--tagged yes|no]
      [--sidecar] [--dry-run]
                                                 change photos' metadata, safely (see below)
  revert PATH... [--force]                       put back the originals Byline kept before writing
  sweep DIR [--recursive] [--no-pairs] [--strip-caption-credit] [--sidecar] [--dry-run]
                                                 write each caption-inferred credit into the credit
                                                 field and each accepted alias into the files (see below)
  alias DIR FROM TO | alias DIR --remove FROM | alias DIR --list
                                                 correct the credit FROM to TO in this folder (the
                                                 window's Group), ungroup FROM, or list the aliases
  book --list | book add CREDIT [--house-line TEXT] | book remove CREDIT | book import FILE [--replace]
  | book export [FILE] | book line CREDIT... [--credit-style STYLE]
                                                 the desk's credit book: its credits and house lines
  read-worker                                    (internal) the metadata helper process of every scan

Options:
  --json        print a JSON array of records instead of a table
  --tree        (credits) each agency with its count and the people under it
  --recursive   include the photos of every subfolder
  --no-cache    read every file, without the catalog of records read before
  --no-pairs    list a RAW and the JPEG of the same name as two photos (by default they are one,
                the JPEG's, with the RAW as its companion)
  --threads N   read with N threads (default: one per core)
  --catalog LOCATION
                the catalog of every command: a SQLite file, or a desk's PostgreSQL database as
                postgresql://user@host[:port]/database[?sslmode=require] (passwords from ~/.pgpass);
                default: BYLINE_CATALOG, else the private catalog in the cache folder (docs/desk.md)
  -h, --help    show this help (also: byline-cli help)
  --version     show the version

Export options:
  --to OUT             destination folder (made when missing; existing files are never replaced)
  --credit X           only photos credited X, or under agency X (repeatable; OR-ed;
                       the folder's accepted credit aliases apply, as in the window)
  --search TEXT        only photos whose name, caption, credit, creator or headline has every word
  --originals          copy the originals byte for byte, with their XMP sidecars (the default
                       when --resize is not given)
  --resize N           JPEG copies with a long edge of N px carrying caption and credit fields
  --quality Q          JPEG quality of the copies, 1-100 (default 90)
  --sheet              index.html caption sheet plus manifest.csv and manifest.json
  --title T, --intro T the sheet's heading and introduction
  --link-thumbnails    link the sheet's pictures to the exported files instead of embedding them
  --name-template T    output names from {n} {n:03} {date} {credit} {name} {ext} (default {name}.{ext})
  --require-credit     refuse to export when a photo has no embedded credit, listing them
  --require-book-credit
                       refuse to export when a photo's credit is not in the credit book, or is
                       only inferred from its caption, listing them
  --credit-style STYLE how the sheet and the manifests' creditLine print credit lines: as-written (the
                       default), organisation-person, person-organisation, photo, or a pattern with
                       {person}, {organisation} and {credit} ("{person} ({organisation})")

Set options: each sets its field in every store that has it (an empty value clears it);
  --append-caption adds text after the caption, --keyword adds a keyword (repeatable), --keywords
  and --creator take several values ("a, b"; creators "a; b"). --rating is -1 (rejected) to 5, --label
  a colour name, --tagged yes or no (Photo Mechanic's tag, the pick). The photo itself is written (JPEG,
  TIFF, PNG, WebP) unless --sidecar is given or it is a camera RAW, HEIF, JPEG XL or read-only file:
  then an XMP sidecar. Each file is checked after the write; the first write keeps its original in
  ~/.local/share/byline/originals for revert. --dry-run prints the changes only.
  --template FILE applies a template (JSON: {"name": ..., "fields": {"credit": ..., ...}}) to the
  photos, its {variables} ({filename} {name} {folder} {date} {date:%d %B %Y} {caption} {headline}
  {credit} {creator} {copyright} {seq} {seq:03}) filled in for each; field options apply after it.
  --codes FILE expands =code= (=code#2=: the second replacement) from a tab-separated code list, in
  the template and in typed values. With either, typed values expand variables too ({{ is a brace).
Alias options:
  --remove FROM        ungroup FROM: its photos show their own credit again
  --list               the folder's aliases, one "FROM -> TO" a line
Sweep options: the folder is read as scan reads it, its aliases applied; each photo whose credit was
  inferred from its caption, or corrected by an alias, is written as set writes (--sidecar and
  --dry-run as there); captions keep their text, a credit line naming an alias is respelled.
  --strip-caption-credit  also remove the caption's credit line when its credit moves into the field

Book options: the book is the desk's, one for every folder, kept in the catalog beside the aliases.
  --list               the book's credits, one a line, "CREDIT -> HOUSE LINE" with a house line
  --house-line TEXT    (add) how credit lines print CREDIT, whatever the style
  --replace            (import) make the book exactly FILE; without it FILE's credits are added
  import and export read and write a UTF-8 file: CREDIT, a tab and its house line a line, # comments;
  a file with a bad line is not imported (each is listed with its number). export prints to stdout
  without FILE. line prints each CREDIT's credit line in STYLE (default as-written) with the book.

Exit codes: 0 success (files that could not be read are listed, not failed); 1 (export) some photos
failed or credits are missing, listed; (set, revert, sweep) some files were not written or not
reverted, listed with the reason; (alias) the catalog could not be written or FROM is not grouped;
(book) the catalog could not be written, CREDIT is not in the book, or FILE has bad lines; 2 bad usage,
a missing folder or a file that cannot be read. The reference: man byline-cli.
)usage";

int folderError(const QString &folder, const QString &reason)
{
    QTextStream(stderr) << "byline-cli: cannot read folder " << folder << ": " << reason << '\n';
    return CliCommands::s_exitUsage;
}

void print(const QString &text)
{
    QTextStream out(stdout);
    out << text;
}

struct Invocation
{
    QString folder;
    bool json = false;
    bool tree = false;
    bool recursive = false;
    bool useCatalog = true;
    bool pairRawJpeg = true;
    int threads = 0;
};

// Parses "COMMAND [options] DIR"; returns an error message, or an empty string when usable.
QString parseInvocation(const QStringList &arguments, Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption tree(QStringLiteral("tree"));
    const QCommandLineOption recursive(QStringLiteral("recursive"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"));
    const QCommandLineOption noPairs(QStringLiteral("no-pairs"));
    const QCommandLineOption threads(QStringLiteral("threads"), {}, QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({json, tree, recursive, noCache, noPairs, threads});
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return parser.errorText();
    if (parser.positionalArguments().size() != 1)
        return QStringLiteral("expected exactly one folder");
    invocation.folder = parser.positionalArguments().constFirst();
    invocation.json = parser.isSet(json);
    invocation.tree = parser.isSet(tree);
    invocation.recursive = parser.isSet(recursive);
    invocation.useCatalog = !parser.isSet(noCache);
    invocation.pairRawJpeg = !parser.isSet(noPairs);
    bool numeric = false;
    invocation.threads = parser.value(threads).toInt(&numeric);
    if (!numeric || invocation.threads < 0)
        return QStringLiteral("--threads needs a number");
    return FolderRecords::folderProblem(invocation.folder);
}

FolderRecords::Folder readFolder(const Invocation &invocation, QString &error)
{
    return FolderRecords::read(
        {invocation.folder, invocation.useCatalog, invocation.recursive, invocation.threads, invocation.pairRawJpeg},
        error);
}

int scan(const Invocation &invocation)
{
    QString error;
    const QList<PhotoRecord> records = readFolder(invocation, error).records;
    if (!error.isEmpty())
        return folderError(invocation.folder, error);
    if (invocation.json) {
        QJsonArray array;
        for (const PhotoRecord &record : records)
            array.append(PhotoRecordJson::toJson(record));
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        print(RecordTable::format(records, NativePath::absolute(invocation.folder)));
    }
    return CliCommands::s_exitSuccess;
}

// "    10  Energia  (4 inferred from captions)"; a person under an agency (--tree) is indented.
QString countLine(const CreditTally::Count &count, const QString &name, int depth)
{
    QString line = QStringLiteral("%1  %2%3").arg(count.photos, 6).arg(QString(depth * 2, u' '), name);
    if (count.inferred > 0)
        line += QStringLiteral("  (%1 inferred from captions)").arg(count.inferred);
    return line + u'\n';
}

int credits(const Invocation &invocation)
{
    QString error;
    const FolderRecords::Folder folder = readFolder(invocation, error);
    if (!error.isEmpty())
        return folderError(invocation.folder, error);
    // Grouped, counted and ranked as the window's facet list does it: one CreditIndex with the accepted
    // aliases, one CreditTally.
    CreditIndex index;
    for (const CreditAlias &alias : folder.aliases)
        index.setAlias(alias.alias, alias.canonical);
    CreditTally tally;
    for (const PhotoRecord &record : folder.records) {
        if (!record.hasError())
            tally.add(index.effective(index.add(record.credit)), record.creditSource == CreditSource::Caption);
    }
    QString out;
    if (invocation.tree) {
        for (const CreditTree::Entry &entry : CreditTree::build(index, tally))
            out += countLine(entry.count, entry.name, entry.depth);
    } else {
        for (const int id : tally.ranked(index))
            out += countLine(tally.of(id), index.displayName(id), 0);
    }
    if (tally.withoutCredit().photos > 0)
        out += QStringLiteral("%1  (no credit)\n").arg(tally.withoutCredit().photos, 6);
    print(out);
    return CliCommands::s_exitSuccess;
}

} // namespace

namespace CliCommands {

// --catalog LOCATION (or --catalog=LOCATION), anywhere after the command, sets every command's catalog
// (CatalogLocation::setProcessDefault); it is taken out before the command reads its options.
bool takeCatalogOption(QStringList &arguments, QString &problem)
{
    for (int i = 2; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--catalog")) {
            if (i + 1 >= arguments.size()) {
                problem = QStringLiteral("--catalog needs a SQLite file or a postgresql:// URL");
                return false;
            }
            value = arguments.takeAt(i + 1);
        } else if (arguments[i].startsWith(QLatin1String("--catalog="))) {
            value = arguments[i].mid(int(qstrlen("--catalog=")));
        } else {
            continue;
        }
        arguments.removeAt(i--);
        if (value.isEmpty() || !CatalogLocation::parse(value).problem().isEmpty()) {
            problem = value.isEmpty() ? QStringLiteral("--catalog needs a SQLite file or a postgresql:// URL")
                                      : CatalogLocation::parse(value).problem();
            return false;
        }
        CatalogLocation::setProcessDefault(value);
    }
    return true;
}

int run(const QStringList &givenArguments)
{
    QStringList arguments = givenArguments;
    if (QString problem; !takeCatalogOption(arguments, problem))
        return usageError(problem);
    if (arguments.size() < 2)
        return usageError(QStringLiteral("missing command"));
    const QString command = arguments.at(1);
    const bool wantsHelp = arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("--help"));
    if (wantsHelp || command == QLatin1String("help")) {
        print(QString::fromUtf8(s_usage));
        return s_exitSuccess;
    }
    if (command == QLatin1String("--version")) {
        print(QStringLiteral("byline-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return s_exitSuccess;
    }
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments);
    if (command == QLatin1String("set"))
        return EditCommand::runSet(arguments);
    if (command == QLatin1String("revert"))
        return EditCommand::runRevert(arguments);
    if (command == QLatin1String("alias"))
        return AliasCommand::run(arguments);
    if (command == QLatin1String("sweep"))
        return EditCommand::runSweep(arguments);
    if (command == QLatin1String("book"))
        return BookCommand::run(arguments);
    if (command == QLatin1String("read-worker")) { // the helper process of every scan (ReadWorker)
        // A crash here is expected of hostile files: no core dump (it would delay the scan noticing),
        // and no life after the process that asks, should that one die first.
        ::prctl(PR_SET_DUMPABLE, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        return ReadWorkerProtocol::serve(
            STDIN_FILENO, STDOUT_FILENO,
            {[](const PhotoFile &file) { return MetadataReader::read(file); }, Thumbnailer::embeddedPreview});
    }
    if (command != QLatin1String("scan") && command != QLatin1String("credits"))
        return usageError(QStringLiteral("unknown command '%1'").arg(command));
    Invocation invocation;
    if (const QString error = parseInvocation(arguments, invocation); !error.isEmpty())
        return usageError(error);
    return command == QLatin1String("scan") ? scan(invocation) : credits(invocation);
}

} // namespace CliCommands
