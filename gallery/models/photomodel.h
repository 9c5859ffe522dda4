#pragma once

#include "catalog/cataloglistener.h"
#include "credits/creditindex.h"
#include "pendingmarks.h"
#include "photoselection.h"
#include "scan/folderscanner.h"
#include "scan/folderwatcher.h"
#include "search/photorow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/**
 * The photos of one folder, one row per file, loaded in the background: catalogued rows appear at once,
 * new and changed files follow in batches, and the folder is watched so changes on disk show up by
 * themselves. Set `folder` to open a folder; opening another cancels the scan in progress. The rows,
 * their credit groups and the selection are kept here; the scans run in a FolderScanner, the watching
 * in a FolderWatcher.
 */
class PhotoModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(bool recursive READ recursive WRITE setRecursive NOTIFY recursiveChanged)
    Q_PROPERTY(bool pairRawJpeg READ pairRawJpeg WRITE setPairRawJpeg NOTIFY pairRawJpegChanged)
    Q_PROPERTY(LoadingState state READ state NOTIFY stateChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY stateChanged)
    Q_PROPERTY(int subfolderCount READ subfolderCount NOTIFY stateChanged)
    Q_PROPERTY(PhotoSelection *selection READ selection CONSTANT)
    // Photos whose rating or label the desk set in Byline and their files do not hold yet.
    Q_PROPERTY(int pendingMarkCount READ pendingMarkCount NOTIFY pendingMarksChanged)

public:
    enum class LoadingState
    {
        Idle,
        Scanning,
        Ready,
        Error
    };
    Q_ENUM(LoadingState)

    enum Role
    {
        PathRole = Qt::UserRole + 1, // absolute path
        FileNameRole,                // the name shown under a tile
        CaptionRole,
        CreditRole,
        CreditSourceRole,        // "embedded", "caption" (inferred) or ""
        CreditInferredRole,      // true when the credit was found in the caption text
        CreditKeyRole,           // the grouping key of the credit after aliases; "" without a credit
        CreditCorrectedFromRole, // the credit as the files spell it, when an accepted alias corrected it; else ""
        CreatorRole,
        CopyrightRole,
        HeadlineRole,
        DateTakenRole, // ISO 8601 as recorded
        WidthRole,     // as displayed
        HeightRole,
        OrientationRole,     // Exif 1-8, 0 when unrecorded
        FormatRole,          // "jpeg", "png", ...
        FileSizeRole,        // bytes
        ModifiedRole,        // QDateTime of the file
        ErrorRole,           // why the file cannot be shown; "" when it can
        WarningsRole,        // QStringList
        ProvenanceRole,      // QVariantMap: field -> {source, conflict}
        HasConflictRole,     // some store disagreed about some field
        ThumbnailSourceRole, // image://thumb/... URL for an Image
        SelectedRole,        // in the selection
        SubfolderRole,       // the folder inside the opened one that holds the photo ("" for the opened one)
        CompanionPathRole,   // the RAW shown with this JPEG as one photo (RAW+JPEG pair); "" for no pair
        CompanionSizeRole,   // that RAW's size in bytes, 0 for no pair
        RatingRole,          // xmp:Rating, -1 (rejected) to 5; 0 when unrated
        LabelRole,           // xmp:Label, "" for none
        RestrictionsRole,    // what the special instructions restrict (WireRestrictions::summary), "" for nothing
        MarkPendingRole,     // the rating, label or tag shown was set by the desk and is not in the file yet
        TaggedRole,          // Photo Mechanic's tag (photomechanic:Tagged), the desk's pick
        FileWarningRole,     // the first of Byline's own warnings ("the image data is truncated"), "" for none
        PendingPartsRole,    // which marks are not in the file yet: PendingPart flags (0 for none)
    };
    Q_ENUM(Role)

    // The parts of a pending mark, so a view shows which of the marks it draws is the desk's, not the file's.
    enum PendingPart
    {
        PendingRating = 1,
        PendingLabel = 2,
        PendingTag = 4,
    };
    Q_ENUM(PendingPart)

    explicit PhotoModel(QObject *parent = nullptr);
    ~PhotoModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    /** Include the photos of every subfolder (only the top folder is watched for changes). */
    [[nodiscard]] bool recursive() const { return m_recursive; }
    void setRecursive(bool recursive);
    /**
     * Show a RAW and a JPEG of the same stem as one photo, the JPEG's row (on by default; docs/metadata.md,
     * "RAW+JPEG pairs"). Changing it scans the open folder again, from the catalog: rows change in place,
     * paired RAWs' rows are removed or come back, the selection and the current photo stay.
     */
    [[nodiscard]] bool pairRawJpeg() const { return m_scanner.pairRawJpeg(); }
    void setPairRawJpeg(bool pair);
    [[nodiscard]] LoadingState state() const { return m_state; }
    [[nodiscard]] int progress() const { return m_progress; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int errorCount() const { return m_errorCount; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    /** Folders directly inside the folder, as its last scan found them. */
    [[nodiscard]] int subfolderCount() const { return m_lastScan.subfolders; }
    [[nodiscard]] PhotoSelection *selection() { return &m_selection; }

    /** Stops the scan in progress; rows already shown stay. */
    Q_INVOKABLE void cancel();
    /** Scans the folder again (changed files only, thanks to the catalog). */
    Q_INVOKABLE void rescan();
    /**
     * Groups @p aliasKey's credit under @p canonicalKey's for this folder: an alias is a correction
     * (docs/metadata.md, "Credit names in the facet list"), so once the catalog has it the rows are
     * corrected to the canonical credit's spelling as shown now. Files are not changed. Refused when
     * @p canonicalKey is itself (through others) an alias of @p aliasKey.
     */
    Q_INVOKABLE void acceptAlias(const QString &aliasKey, const QString &canonicalKey);
    /** Ungroups @p aliasKey: its photos show their own credit again. */
    Q_INVOKABLE void removeAlias(const QString &aliasKey);
    /**
     * Rates the photos at @p paths -1 (rejected) to 5 (0: unrated), in the catalog until the desk writes
     * them into the files (issue 20; docs/metadata.md, "Rating and label"): rows change at once.
     */
    Q_INVOKABLE void setRating(const QStringList &paths, int rating);
    /** Gives the photos at @p paths the colour label @p label, or takes it away when they all have it already
     *  (the label keys toggle, as in Lightroom); "" takes any label away. */
    Q_INVOKABLE void toggleLabel(const QStringList &paths, const QString &label);
    /** Tags the photos at @p paths (Photo Mechanic's tag, the pick), or untags them when they all are tagged
     *  already (the T and P keys toggle, as in Photo Mechanic). */
    Q_INVOKABLE void toggleTag(const QStringList &paths);
    [[nodiscard]] int pendingMarkCount() const { return int(m_marks.all().size()); }
    /** The photos with a pending mark, in the folder's row order: what "Write ratings and labels" writes. */
    Q_INVOKABLE [[nodiscard]] QStringList pendingMarkPaths() const;
    [[nodiscard]] const PendingMarks &pendingMarks() const { return m_marks; }
    /** Makes @p marks pending again (an undone write of them set their files back), here and in the catalog. */
    void restoreMarks(const QHash<QString, PendingMark> &marks);
    /** The folder's accepted aliases, as the catalog keeps them. */
    [[nodiscard]] const QList<CreditAlias> &aliases() const { return m_aliases; }

    /** The catalog database (default: Catalog::defaultLocation()); set before opening a folder. */
    void setCatalogPath(const QString &path) { m_scanner.setCatalogPath(path); }
    /** Without the catalog every file is read every time (byline-cli --no-cache). */
    void setUseCatalog(bool use) { m_scanner.setUseCatalog(use); }
    /** Delay before a change on disk triggers a rescan, so a burst of writes costs one rescan. */
    void setWatchDelay(int milliseconds) { m_watcher.setDelay(milliseconds); }

    // Typed access for the proxies, without QVariant.
    [[nodiscard]] const PhotoRow &row(int index) const { return m_rows.at(index); }
    [[nodiscard]] int effectiveCreditId(int index) const { return m_credits.effective(m_rows.at(index).creditId()); }
    [[nodiscard]] const CreditIndex &credits() const { return m_credits; }
    [[nodiscard]] int rowOf(const QString &path) const { return m_index.value(NativePath::encode(path), -1); }
    /** The folder inside the opened one that holds row @p index's photo ("" for the opened folder). */
    [[nodiscard]] QString subfolder(int index) const { return subfolderOf(m_rows.at(index)); }
    [[nodiscard]] ScanStatistics lastScan() const { return m_lastScan; }

    /** Adds rows for new paths and replaces the rows of known ones, as a scan delivers them: in
     *  batches, in any order, a changed file again. Unchanged rows cause no signal. */
    void addRows(const QList<PhotoRow> &rows);
    /** Removes the rows of these paths (files gone from disk); unknown paths are ignored. */
    void removePaths(const QStringList &paths);

signals:
    void folderChanged();
    void recursiveChanged();
    void pairRawJpegChanged();
    void stateChanged();
    void progressChanged();
    void countChanged();
    /** Accepted aliases changed: credit groups must be recomputed. */
    void aliasesChanged();
    void scanFinished();
    void pendingMarksChanged();

private:
    static constexpr int s_deskRescanMs = 150;

    void scanStarted();
    void applyAliases(const QList<CreditAlias> &aliases);
    void setAliases(const QList<CreditAlias> &aliases);
    /** Listens to the desk catalog in use, if it is one, for changes to this folder (docs/desk.md). */
    void watchDesk();
    /** Whether a desk catalog change at @p folder ("" for everywhere) touches the photos shown. */
    [[nodiscard]] bool concernsFolder(const QString &folder) const;
    void regroup();
    void removeRun(int first, int last);
    void removeByReset(const QList<int> &doomedDescending);
    [[nodiscard]] QString subfolderOf(const PhotoRow &row) const;
    /** Removes the rows of files a complete listing no longer has. */
    void keepOnly(const QStringList &listedPaths);
    void finishScan(const ScanStatistics &statistics, const QString &error, const QStringList &warnings);
    void setState(LoadingState state);
    void updateWatcher() { m_watcher.watch(m_folder, m_rows); }
    void notifySelection(const QStringList &paths);
    void loadMarks(const QHash<QString, PendingMark> &marks);
    void mark(const QStringList &paths, const PendingMark &change);
    /** The rows of @p paths a mark can be given: known and readable. */
    [[nodiscard]] QList<int> markableRows(const QStringList &paths) const;
    /** Hands the marks a scan settled, dropped or forgot to the catalog. */
    void storeChangedMarks();
    /** Puts @p row in place of row @p index, without a signal (notifyRows() says it). */
    void replaceRow(int index, const PhotoRow &row);
    /** dataChanged of @p roles for @p rows, one signal per run of adjacent rows. */
    void notifyRows(QList<int> rows, const QList<int> &roles);

    QList<PhotoRow> m_rows;
    QHash<QByteArray, int> m_index; // UTF-8 path (pointing into the row's block) -> row
    CreditIndex m_credits;
    QList<CreditAlias> m_aliases; // what m_credits' aliases came from, with their spellings
    PhotoSelection m_selection;
    PendingMarks m_marks;
    QString m_folder;
    LoadingState m_state = LoadingState::Idle;
    int m_progress = 0;
    int m_total = 0;
    int m_errorCount = 0;
    QString m_errorString;
    QStringList m_warnings;
    ScanStatistics m_lastScan;
    bool m_recursive = false;
    FolderScanner m_scanner;
    FolderWatcher m_watcher;
    // Another editor's change to this folder in a desk catalog (docs/desk.md): a scan shows it.
    CatalogListener m_desk;
    QTimer m_deskRescan;
};
