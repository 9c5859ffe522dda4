#include "photomodel.h"

#include "catalog/cataloglocation.h"

#include "credits/wirerestrictions.h"
#include "metadata/nativepath.h"
#include "thumbnails/imageid.h"

#include <QDir>
#include <QUrl>

#include <algorithm>

namespace {

constexpr qsizetype s_largestRemovalRuns = 64;

// A key that points into the row's own block instead of copying the path: the row keeps it alive,
// and every change of a row updates its key.
QByteArray pathKey(const PhotoRow &row)
{
    const QByteArrayView path = row.pathBytes();
    return QByteArray::fromRawData(path.data(), path.size());
}

// A file that reads but is not right (cut short, named for another format, a value Byline had to ignore)
// must not look like every other tile. Exiv2's own notes about a camera's maker notes are left to the detail
// pane: real cameras' files are full of them, and a mark on every tile would say nothing.
QString fileWarningOf(const PhotoRow &row)
{
    if (row.textUtf8(PhotoRow::Text::Warnings).isEmpty())
        return {};
    for (const QString &warning : row.warnings()) {
        if (!warning.startsWith(QLatin1String("Exiv2:")))
            return warning;
    }
    return {};
}

QVariantMap provenanceMap(const PhotoRow &row)
{
    QVariantMap map;
    for (int i = 0; i < s_metadataFieldCount; ++i) {
        if (const auto provenance = row.provenance(MetadataField(i))) {
            QVariantMap entry{{QStringLiteral("source"), metadataStoreName(provenance->store)},
                              {QStringLiteral("conflict"), provenance->conflict}};
            // As in scan --json: the files' spelling of a credit an accepted alias corrected.
            if (const QString from = row.text(PhotoRow::Text::CreditCorrectedFrom);
                MetadataField(i) == MetadataField::Credit && !from.isEmpty())
                entry.insert(QStringLiteral("correctedFrom"), from);
            map.insert(metadataFieldName(MetadataField(i)), entry);
        }
    }
    return map;
}

} // namespace

PhotoModel::PhotoModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_scanner, &FolderScanner::started, this, &PhotoModel::scanStarted);
    connect(&m_scanner, &FolderScanner::aliasesLoaded, this, &PhotoModel::applyAliases);
    connect(&m_scanner, &FolderScanner::marksLoaded, this, &PhotoModel::loadMarks);
    connect(&m_scanner, &FolderScanner::rowsReady, this, &PhotoModel::addRows);
    connect(&m_scanner, &FolderScanner::listingComplete, this, &PhotoModel::keepOnly);
    connect(&m_scanner, &FolderScanner::progressed, this, [this](int done, int total) {
        if (m_total == 0)
            m_rows.reserve(total); // one allocation, without the slack of growing
        m_progress = done, m_total = total;
        emit progressChanged();
    });
    connect(&m_scanner, &FolderScanner::finished, this, &PhotoModel::finishScan);
    // The scan corrects the rows by the catalog's aliases: once a change is stored, scan again.
    connect(&m_scanner, &FolderScanner::aliasesStored, this, &PhotoModel::rescan);
    connect(&m_watcher, &FolderWatcher::changed, this, &PhotoModel::rescan);
    // A burst of another editor's writes (a scan stores in batches) costs one scan here.
    m_deskRescan.setSingleShot(true);
    m_deskRescan.setInterval(s_deskRescanMs);
    connect(&m_deskRescan, &QTimer::timeout, this, &PhotoModel::rescan);
    connect(&m_desk, &CatalogListener::changed, this, [this](const QString &kind, const QString &folder) {
        if (kind != QLatin1String("book") && concernsFolder(folder))
            m_deskRescan.start();
    });
    connect(&m_selection, &PhotoSelection::pathsChanged, this, &PhotoModel::notifySelection);
}

PhotoModel::~PhotoModel() = default;

int PhotoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhotoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoRow &row = m_rows.at(index.row());
    using T = PhotoRow::Text;
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return row.fileName();
    case PathRole:
        return row.path();
    case CaptionRole:
        return row.text(T::Caption);
    case CreditRole:
        return row.text(T::Credit);
    case CreditSourceRole:
        return creditSourceName(row.creditSource());
    case CreditInferredRole:
        return row.creditSource() == CreditSource::Caption;
    case CreditKeyRole: {
        const int id = effectiveCreditId(index.row());
        return id < 0 ? QString() : m_credits.group(id).key;
    }
    case CreditCorrectedFromRole:
        return row.text(T::CreditCorrectedFrom);
    case CreatorRole:
        return row.text(T::Creator);
    case CopyrightRole:
        return row.text(T::Copyright);
    case HeadlineRole:
        return row.text(T::Headline);
    case DateTakenRole:
        return row.text(T::DateTaken);
    case WidthRole:
        return row.width();
    case HeightRole:
        return row.height();
    case OrientationRole:
        return row.orientation();
    case FormatRole:
        return row.text(T::Format);
    case FileSizeRole:
        return row.fileSize();
    case ModifiedRole:
        return QDateTime::fromMSecsSinceEpoch(row.mtimeMs(), Qt::UTC);
    case ErrorRole:
        return row.text(T::Error);
    case WarningsRole:
        return row.warnings();
    case ProvenanceRole:
        return provenanceMap(row);
    case HasConflictRole:
        return row.hasConflict();
    case ThumbnailSourceRole:
        return ImageId::url(u"thumb", row.path(), row.version(), row.fileSize());
    case SelectedRole:
        return m_selection.contains(row.path());
    case SubfolderRole:
        return subfolderOf(row);
    case CompanionPathRole:
        return row.companionPath();
    case CompanionSizeRole:
        return row.companionSize();
    case RatingRole:
        return row.rating().value_or(0);
    case LabelRole:
        return row.text(PhotoRow::Text::Label);
    case RestrictionsRole: {
        const auto provenance = row.provenance(MetadataField::Instructions);
        return WireRestrictions::of(row.text(PhotoRow::Text::Instructions),
                                    provenance && provenance->conflict ? provenance->otherValue : QString())
            .summaryAgainst(row.text(PhotoRow::Text::Credit));
    }
    case MarkPendingRole:
        return m_marks.has(row.path());
    case TaggedRole:
        return row.tagged();
    case FileWarningRole:
        return fileWarningOf(row);
    case PendingPartsRole: {
        const PendingMark mark = m_marks.of(row.path());
        return (mark.rating ? PendingRating : 0) | (mark.label ? PendingLabel : 0) | (mark.tagged ? PendingTag : 0);
    }
    default:
        return {};
    }
}

QString PhotoModel::subfolderOf(const PhotoRow &row) const
{
    // Rows of a scan lie under the opened folder; the cut is "<folder>/<subfolders>/<name>".
    const QString path = row.path();
    const qsizetype start = m_folder.size() + 1, end = path.lastIndexOf(QLatin1Char('/'));
    return path.startsWith(m_folder) && end > start ? path.mid(start, end - start) : QString();
}

QHash<int, QByteArray> PhotoModel::roleNames() const
{
    return {{PathRole, "path"},
            {FileNameRole, "fileName"},
            {CaptionRole, "caption"},
            {CreditRole, "credit"},
            {CreditSourceRole, "creditSource"},
            {CreditInferredRole, "creditInferred"},
            {CreditKeyRole, "creditKey"},
            {CreditCorrectedFromRole, "creditCorrectedFrom"},
            {CreatorRole, "creator"},
            {CopyrightRole, "copyright"},
            {HeadlineRole, "headline"},
            {DateTakenRole, "dateTaken"},
            {WidthRole, "width"},
            {HeightRole, "height"},
            {OrientationRole, "orientation"},
            {FormatRole, "format"},
            {FileSizeRole, "fileSize"},
            {ModifiedRole, "modified"},
            {ErrorRole, "error"},
            {WarningsRole, "warnings"},
            {ProvenanceRole, "provenance"},
            {HasConflictRole, "hasConflict"},
            {ThumbnailSourceRole, "thumbnailSource"},
            {SelectedRole, "selected"},
            {SubfolderRole, "subfolder"},
            {CompanionPathRole, "companionPath"},
            {CompanionSizeRole, "companionSize"},
            {RatingRole, "rating"},
            {LabelRole, "label"},
            {RestrictionsRole, "restrictions"},
            {MarkPendingRole, "markPending"},
            {TaggedRole, "tagged"},
            {FileWarningRole, "fileWarning"},
            {PendingPartsRole, "pendingParts"}};
}

void PhotoModel::setFolder(const QString &folder)
{
    const QString absolute = folder.isEmpty() ? QString() : NativePath::absolute(folder);
    if (absolute == m_folder)
        return;
    cancel();
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_credits.clear();
    m_aliases.clear();
    m_marks.clear();
    m_errorCount = 0;
    endResetModel();
    m_selection.clear();
    m_folder = absolute;
    emit pendingMarksChanged();
    m_lastScan = {};
    emit folderChanged();
    emit countChanged();
    emit aliasesChanged();
    m_progress = m_total = 0;
    emit progressChanged();
    updateWatcher();
    watchDesk();
    if (m_folder.isEmpty())
        setState(LoadingState::Idle);
    else
        m_scanner.start(m_folder, m_recursive);
}

void PhotoModel::setRecursive(bool recursive)
{
    if (recursive == m_recursive)
        return;
    m_recursive = recursive;
    emit recursiveChanged();
    // The same folder with more or fewer photos: a fresh scan adds the subfolders' rows, or its complete
    // listing removes them, in place, so the selection and the photo in the detail pane stay (a reset lost
    // the selection while the pane still showed its photo).
    if (!m_folder.isEmpty())
        m_scanner.start(m_folder, m_recursive);
}

void PhotoModel::setPairRawJpeg(bool pair)
{
    if (pair == m_scanner.pairRawJpeg())
        return;
    m_scanner.setPairRawJpeg(pair);
    emit pairRawJpegChanged();
    // The same files, grouped otherwise: a fresh scan (from the catalog) replaces the pairs' rows in
    // place and its complete listing removes the rows it no longer shows, so nothing else is lost.
    if (!m_folder.isEmpty())
        m_scanner.start(m_folder, m_recursive);
}

bool PhotoModel::concernsFolder(const QString &folder) const
{
    if (folder.isEmpty() || folder == m_folder)
        return true;
    return m_recursive &&
           folder.startsWith(m_folder.endsWith(QLatin1Char('/')) ? m_folder : m_folder + QLatin1Char('/'));
}

void PhotoModel::cancel()
{
    if (!m_scanner.isScanning())
        return; // an idle model keeps its state, Error included
    m_scanner.cancel();
    setState(m_rows.isEmpty() ? LoadingState::Idle : LoadingState::Ready);
}

void PhotoModel::rescan()
{
    if (m_folder.isEmpty()) // the scanner still knows the folder closed last
        return;
    watchDesk(); // the catalog may have been switched (CatalogSetting)
    m_scanner.rescan();
}

void PhotoModel::watchDesk()
{
    const QString catalog = m_scanner.catalogPath();
    m_desk.watch(m_folder.isEmpty() ? QString() : catalog.isEmpty() ? CatalogLocation::configured() : catalog);
}

void PhotoModel::scanStarted()
{
    m_errorString.clear();
    setState(LoadingState::Scanning);
}

void PhotoModel::applyAliases(const QList<CreditAlias> &aliases)
{
    // Every scan loads them: only a real change regroups the rows (and refilters the view).
    if (aliases == m_aliases)
        return;
    setAliases(aliases);
    regroup();
}

void PhotoModel::setAliases(const QList<CreditAlias> &aliases)
{
    m_aliases = aliases;
    m_credits.clearAliases();
    for (const CreditAlias &alias : aliases)
        m_credits.setAlias(alias.alias, alias.canonical);
}

void PhotoModel::regroup()
{
    emit aliasesChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size() - 1)), {CreditKeyRole});
}

void PhotoModel::addRows(const QList<PhotoRow> &rows)
{
    QList<PhotoRow> added;
    QHash<QByteArray, qsizetype> addedAt; // a path twice in one batch is one row, the later wins
    const int pendingBefore = pendingMarkCount();
    for (PhotoRow row : rows) {
        row = m_marks.apply(row); // the desk's rating and label over the file's
        row.setCreditId(m_credits.add(row.text(PhotoRow::Text::Credit)));
        const int existing = m_index.value(pathKey(row), -1);
        if (existing < 0) {
            if (const qsizetype at = addedAt.value(pathKey(row), -1); at >= 0) {
                m_credits.remove(added[at].text(PhotoRow::Text::Credit));
                addedAt.remove(pathKey(added[at])); // its key points into the row being replaced
                added[at] = row;
                addedAt.insert(pathKey(added[at]), at);
            } else {
                addedAt.insert(pathKey(row), added.size());
                added.append(row);
            }
            continue;
        }
        PhotoRow &old = m_rows[existing];
        if (old == row) {
            m_credits.remove(row.text(PhotoRow::Text::Credit)); // undo the add above
            continue;                                           // a rescan re-sends unchanged rows: no signal for them
        }
        m_credits.remove(old.text(PhotoRow::Text::Credit));
        m_errorCount += int(row.hasError()) - int(old.hasError());
        m_index.remove(pathKey(old)); // its key points into the row being replaced
        old = row;
        m_index.insert(pathKey(old), existing);
        emit dataChanged(index(existing), index(existing));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        for (const PhotoRow &row : std::as_const(added)) {
            m_errorCount += int(row.hasError());
            m_rows.append(row);
            m_index.insert(pathKey(m_rows.constLast()), int(m_rows.size() - 1));
        }
        endInsertRows();
    }
    emit countChanged();
    storeChangedMarks();
    if (pendingMarkCount() != pendingBefore)
        emit pendingMarksChanged();
}

QStringList PhotoModel::pendingMarkPaths() const
{
    QList<int> rows;
    for (auto it = m_marks.all().cbegin(); it != m_marks.all().cend(); ++it) {
        if (const int row = rowOf(it.key()); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QStringList paths;
    for (const int row : std::as_const(rows))
        paths.append(m_rows[row].path());
    return paths;
}

void PhotoModel::storeChangedMarks()
{
    if (const QHash<QString, PendingMark> changed = m_marks.takeChanged(); !changed.isEmpty())
        m_scanner.storeMarks(changed);
}

void PhotoModel::loadMarks(const QHash<QString, PendingMark> &marks)
{
    m_marks.load(marks); // marks set in this window since the catalog was read are newer, and stay
    emit pendingMarksChanged();
}

void PhotoModel::setRating(const QStringList &paths, int rating)
{
    if (rating >= -1 && rating <= 5)
        mark(paths, PendingMark{rating, std::nullopt});
}

void PhotoModel::toggleLabel(const QStringList &paths, const QString &label)
{
    const QList<int> rows = markableRows(paths);
    // Labels are told apart in any case, as their colours are: "red" is taken away by the Red key.
    const bool allHaveIt = !label.isEmpty() && !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [&](int row) {
        return m_rows[row].text(PhotoRow::Text::Label).compare(label, Qt::CaseInsensitive) == 0;
    });
    mark(paths, PendingMark{std::nullopt, allHaveIt ? QString() : label});
}

void PhotoModel::toggleTag(const QStringList &paths)
{
    const QList<int> rows = markableRows(paths);
    const bool allTagged =
        !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [&](int row) { return m_rows[row].tagged(); });
    PendingMark change;
    change.tagged = !allTagged;
    mark(paths, change);
}

QList<int> PhotoModel::markableRows(const QStringList &paths) const
{
    QList<int> rows;
    for (const QString &path : paths) {
        if (const int index = rowOf(path); index >= 0 && !m_rows[index].hasError())
            rows.append(index); // a file that cannot be read cannot be written either
    }
    return rows;
}

void PhotoModel::mark(const QStringList &paths, const PendingMark &change)
{
    const QList<int> rows = markableRows(paths);
    if (rows.isEmpty())
        return;
    QHash<QString, const PhotoRow *> shown;
    QHash<QString, PendingMark> before;
    for (const int index : rows) {
        shown.insert(m_rows[index].path(), &m_rows[index]);
        before.insert(m_rows[index].path(), m_marks.of(m_rows[index].path()));
    }
    const QHash<QString, PendingMark> marks = m_marks.set(shown, change);
    for (const int index : rows) {
        const QString path = m_rows[index].path();
        const PendingMark &now = marks.value(path);
        const PendingMark &was = before.value(path);
        // What the row shows changes where the mark is or was: a part back at the file's value shows the
        // file's again (its store is named after the next read).
        PendingMark shownMark;
        if (now.rating || was.rating)
            shownMark.rating = now.rating.value_or(now.fileRating);
        if (now.label || was.label)
            shownMark.label = now.label.value_or(now.fileLabel);
        if (now.tagged || was.tagged)
            shownMark.tagged = now.tagged.value_or(now.fileTagged);
        replaceRow(index, m_rows[index].withMark(shownMark));
    }
    notifyRows(rows, {RatingRole, LabelRole, TaggedRole, MarkPendingRole, PendingPartsRole});
    m_scanner.storeMarks(marks);
    emit pendingMarksChanged();
}

void PhotoModel::restoreMarks(const QHash<QString, PendingMark> &marks)
{
    // The rows show them once their files are read again (the rescan after an undo), as any mark the
    // catalog holds; the catalog is told first, so that read finds them there too.
    m_marks.restore(marks);
    m_scanner.storeMarks(marks);
    emit pendingMarksChanged();
}

void PhotoModel::replaceRow(int index, const PhotoRow &row)
{
    PhotoRow &old = m_rows[index];
    m_index.remove(pathKey(old)); // its key points into the row being replaced
    old = row;
    m_index.insert(pathKey(old), index);
}

void PhotoModel::removePaths(const QStringList &paths)
{
    QList<int> doomed;
    for (const QString &path : paths) {
        if (const int row = rowOf(path); row >= 0)
            doomed.append(row);
    }
    if (doomed.isEmpty())
        return;
    std::sort(doomed.begin(), doomed.end(), std::greater<>());
    qsizetype runs = 1;
    for (qsizetype i = 1; i < doomed.size(); ++i)
        runs += doomed[i] != doomed[i - 1] - 1;
    // Each run renumbers the rows after it: past a few dozen scattered runs (half a big folder deleted)
    // one reset is cheaper than renumbering 100,000 rows per run.
    if (runs > s_largestRemovalRuns) {
        removeByReset(doomed);
        m_selection.removePaths(paths);
        emit countChanged();
        return;
    }
    // Remove runs of adjacent rows together, from the end so earlier indexes stay valid. Each run
    // leaves the rows and the path index consistent before endRemoveRows(): whoever the signal reaches
    // (the proxy, a view, the grid's current row) may look a path up at once.
    for (qsizetype i = 0; i < doomed.size();) {
        qsizetype j = i;
        while (j + 1 < doomed.size() && doomed[j + 1] == doomed[j] - 1)
            ++j;
        removeRun(doomed[j], doomed[i]);
        i = j + 1;
    }
    m_selection.removePaths(paths);
    emit countChanged();
}

void PhotoModel::removeRun(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int row = first; row <= last; ++row) {
        const PhotoRow &gone = m_rows[row];
        m_index.remove(pathKey(gone)); // before the row, whose block the key points into, is freed
        m_credits.remove(gone.text(PhotoRow::Text::Credit));
        m_errorCount -= int(gone.hasError());
    }
    m_rows.remove(first, last - first + 1);
    for (int row = first; row < m_rows.size(); ++row)
        m_index[pathKey(m_rows[row])] = row; // moving a row does not move its block: only the number changes
    endRemoveRows();
}

void PhotoModel::removeByReset(const QList<int> &doomedDescending)
{
    beginResetModel();
    for (const int row : doomedDescending) {
        const PhotoRow &gone = m_rows[row];
        m_credits.remove(gone.text(PhotoRow::Text::Credit));
        m_errorCount -= int(gone.hasError());
    }
    m_index.clear(); // its keys point into rows about to go
    std::vector<bool> doomed(size_t(m_rows.size()), false);
    for (const int row : doomedDescending)
        doomed[size_t(row)] = true;
    qsizetype kept = 0; // one pass: removing one at a time would move the tail once per row
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (!doomed[size_t(row)])
            m_rows[kept++] = std::move(m_rows[row]);
    }
    m_rows.resize(kept);
    m_index.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.insert(pathKey(m_rows[row]), row);
    endResetModel();
}

void PhotoModel::keepOnly(const QStringList &listedPaths)
{
    const QSet<QString> listed(listedPaths.cbegin(), listedPaths.cend());
    QStringList vanished;
    for (const PhotoRow &row : std::as_const(m_rows)) {
        if (const QString path = row.path(); !listed.contains(path))
            vanished.append(path);
    }
    removePaths(vanished);
    // A mark whose photo is no row (gone, in a subfolder no longer shown, the RAW of a pair) is not this
    // window's to count or write; the catalog keeps it while its file is there (ScanJob drops the others).
    QStringList unshown;
    for (auto it = m_marks.all().cbegin(); it != m_marks.all().cend(); ++it) {
        if (!listed.contains(it.key()))
            unshown.append(it.key());
    }
    if (!unshown.isEmpty()) {
        m_marks.forget(unshown);
        emit pendingMarksChanged();
    }
}

void PhotoModel::finishScan(const ScanStatistics &statistics, const QString &error, const QStringList &warnings)
{
    m_lastScan = statistics;
    m_warnings = warnings;
    m_errorString = error;
    setState(error.isEmpty() ? LoadingState::Ready : LoadingState::Error);
    updateWatcher();
    emit scanFinished();
}

void PhotoModel::setState(LoadingState state)
{
    if (state == m_state && state != LoadingState::Error)
        return;
    m_state = state;
    emit stateChanged();
}

void PhotoModel::notifySelection(const QStringList &paths)
{
    QList<int> rows;
    for (const QString &path : paths) {
        if (const int row = rowOf(path); row >= 0)
            rows.append(row);
    }
    notifyRows(std::move(rows), {SelectedRole});
}

void PhotoModel::notifyRows(QList<int> rows, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    // One signal per run of adjacent rows: Ctrl+A on 100,000 photos is one dataChanged, not 100,000.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i]), index(rows[j]), roles);
        i = j + 1;
    }
}

void PhotoModel::acceptAlias(const QString &aliasKey, const QString &canonicalKey)
{
    if (aliasKey.isEmpty() || canonicalKey.isEmpty() || aliasKey == canonicalKey)
        return;
    const int canonical = m_credits.effective(m_credits.idOf(canonicalKey));
    const int alias = m_credits.idOf(aliasKey);
    if (canonical >= 0 && canonical == alias) {
        // The canonical credit is already grouped under this one: grouping them the other way round
        // would be a cycle, so the credit stands on its own, as CreditIndex::setAlias has it.
        removeAlias(aliasKey);
        return;
    }
    // Pointed at the final group, as CreditIndex::setAlias does: ungrouping the middle of a chain later
    // leaves this alias where it was accepted. The spellings are the ones the facet list shows now: the
    // accepted one is what every row will say.
    const CreditAlias accepted{aliasKey, canonical >= 0 ? m_credits.group(canonical).key : canonicalKey,
                               canonical >= 0 ? m_credits.displayName(canonical) : canonicalKey,
                               alias >= 0 ? m_credits.displayName(alias) : aliasKey};
    QList<CreditAlias> aliases = m_aliases;
    aliases.removeIf([&](const CreditAlias &old) { return old.alias == aliasKey; });
    aliases.append(accepted);
    std::sort(aliases.begin(), aliases.end(), [](const CreditAlias &a, const CreditAlias &b) {
        return a.alias < b.alias;
    }); // as the catalog lists them
    setAliases(aliases);
    m_scanner.storeAlias(m_folder, accepted);
    regroup();
}

void PhotoModel::removeAlias(const QString &aliasKey)
{
    QList<CreditAlias> aliases = m_aliases;
    if (aliases.removeIf([&](const CreditAlias &alias) { return alias.alias == aliasKey; }) == 0)
        return;
    setAliases(aliases);
    m_scanner.removeAlias(m_folder, aliasKey);
    regroup();
}
