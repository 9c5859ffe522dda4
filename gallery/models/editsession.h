#pragma once

#include "editpreviewmodel.h"

#include "editing/creditsweep.h"
#include "editing/fileplan.h"
#include "editing/metadatatemplate.h"
#include "editing/templateapplier.h"
#include "search/photorow.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class PhotoModel;

/**
 * The window's editing of captions and credits (docs/user-guide.md, "Editing captions and credits"):
 * the detail pane's form, a template or both become an edit of the chosen photos; prepare() works out
 * every change into preview without writing; write() makes them through MetadataEditor (every check,
 * the originals kept); undo() sets the last write's fields back; revertToOriginal() restores the kept
 * originals; prepareSweep() previews the credit sweep (docs/user-guide.md, "Credit sweep") the same way,
 * written, undone and reverted through the same path. All file work runs on one worker thread, one task at a time,
 * never on the GUI thread; the folder is rescanned after each write so the grid and the detail pane show the files as
 * written.
 */
class EditSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PhotoModel *photos READ photos WRITE setPhotos NOTIFY photosChanged)
    Q_PROPERTY(EditPreviewModel *preview READ preview CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(bool prepared READ isPrepared NOTIFY preparedChanged)
    Q_PROPERTY(QString sweepSummary READ sweepSummary NOTIFY preparedChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(QStringList failures READ failures NOTIFY resultChanged)
    Q_PROPERTY(QString failureText READ failureText NOTIFY resultChanged)
    Q_PROPERTY(QVariantList fields READ fields CONSTANT)
    Q_PROPERTY(QStringList templateNames READ templateNames NOTIFY templatesChanged)
    Q_PROPERTY(QString templateMessage READ templateMessage NOTIFY templatesChanged)
    Q_PROPERTY(bool toSidecar READ toSidecar WRITE setToSidecar NOTIFY toSidecarChanged)
    Q_PROPERTY(QString backupFolder READ backupFolder WRITE setBackupFolder NOTIFY foldersChanged)
    Q_PROPERTY(QString templateFolder READ templateFolder WRITE setTemplateFolder NOTIFY foldersChanged)
    Q_PROPERTY(QString codesFile READ codesFile WRITE setCodesFile NOTIFY foldersChanged)

public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    [[nodiscard]] PhotoModel *photos() const { return m_photos; }
    void setPhotos(PhotoModel *photos);
    [[nodiscard]] EditPreviewModel *preview() { return &m_preview; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int progress() const { return m_progress; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] bool isPrepared() const { return m_prepared; }
    /** What the prepared sweep leaves alone, counted ("already right: 3 · without a credit: 1"); "" for an edit. */
    [[nodiscard]] const QString &sweepSummary() const { return m_sweepSummary; }
    [[nodiscard]] bool canUndo() const { return !m_undo.isEmpty() && !m_busy; }
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] const QString &result() const { return m_result; }
    [[nodiscard]] const QStringList &failures() const { return m_failures; }
    [[nodiscard]] QString failureText() const { return m_failures.join(u'\n'); }
    [[nodiscard]] static QVariantList fields();
    [[nodiscard]] const QStringList &templateNames() const { return m_templateNames; }
    /** What went wrong with the templates: files that cannot be read (named, with why), or a failed save. */
    [[nodiscard]] const QString &templateMessage() const { return m_templateMessage; }
    [[nodiscard]] bool toSidecar() const { return m_toSidecar; }
    void setToSidecar(bool toSidecar);
    [[nodiscard]] const QString &backupFolder() const { return m_backupFolder; }
    void setBackupFolder(const QString &folder);
    [[nodiscard]] const QString &templateFolder() const { return m_templateFolder; }
    void setTemplateFolder(const QString &folder);
    [[nodiscard]] const QString &codesFile() const { return m_codesFile; }
    void setCodesFile(const QString &file);

    /** Reads every editable field of @p path, for the form; answers with valuesLoaded(). */
    Q_INVOKABLE void loadValues(const QString &path);
    /**
     * Works out the changes @p edits ([{field: "credit", value: "…", mode: "replace"|"append"}], =codes= and
     * {variables} allowed) make to @p paths, into preview; answers with preparedChanged().
     */
    Q_INVOKABLE void prepare(const QStringList &paths, const QVariantList &edits);
    /**
     * Works out the credit sweep of @p paths into preview: each caption-inferred credit into the credit
     * field, each accepted alias into the files, from the rows the window shows (already corrected);
     * @p stripCaptionCredit also removes the caption's line whose credit moves. Answers with preparedChanged().
     */
    Q_INVOKABLE void prepareSweep(const QStringList &paths, bool stripCaptionCredit = false);
    /**
     * Works out the writing of the desk's pending ratings and labels (PendingMarks) of @p paths into
     * preview: xmp:Rating and xmp:Label, in the file or its sidecar as set; photos without a pending mark
     * are left out. Once written, the rescan finds the files holding them and the marks are settled.
     */
    Q_INVOKABLE void prepareMarks(const QStringList &paths);
    /** Writes what prepare() showed; answers with finished(). */
    Q_INVOKABLE void write();
    /** Drops the preview without writing. */
    Q_INVOKABLE void discard();
    /** Sets the fields of the last write back to what they were (Ctrl+Z), through the same checks. */
    Q_INVOKABLE void undo();
    /** Puts back the originals Byline kept of @p paths (and their sidecars). */
    Q_INVOKABLE void revertToOriginal(const QStringList &paths);

    /** Reads the template folder again, on the worker (templates a desk copied in while the window was
     *  open); templateNames and templateMessage follow. */
    Q_INVOKABLE void refreshTemplates();
    /** The template named @p name, as last read, as the form's edits; empty when there is none. */
    Q_INVOKABLE QVariantList templateEdits(const QString &name);
    /** Saves the form's @p edits as the template @p name, on the worker; templateSaved says how it went. */
    Q_INVOKABLE void saveTemplate(const QString &name, const QVariantList &edits);

signals:
    void photosChanged();
    void busyChanged();
    void progressChanged();
    void preparedChanged();
    void undoChanged();
    void resultChanged();
    void templatesChanged();
    /** A saveTemplate() is done: @p error says why it failed, or is empty. */
    void templateSaved(const QString &error);
    void toSidecarChanged();
    void foldersChanged();
    void valuesLoaded(const QString &path, const QVariantMap &values);
    /** A write, undo or revert is done; result and failures say how it went. */
    void finished();

private:
    struct Batch
    {
        QList<FilePlan> plans; // what was written, with each field's old value
        QString description;
        // A write of the desk's ratings and labels: its marks, by path, pending again when it is undone (an
        // undo sets the files back; the cull it wrote must not be lost with it).
        QHash<QString, PendingMark> marks;
    };
    struct Outcome
    {
        QList<FilePlan> written;
        QStringList failures;
        QStringList notes;
    };

    void setBusy(bool busy);
    [[nodiscard]] QList<PhotoRow> rowsOf(const QStringList &paths) const;
    [[nodiscard]] static QList<PhotoRecord> recordsOf(const QStringList &paths, const QList<PhotoRow> &rows);
    /** Plans @p total photos' edits, which @p makeEdits makes on the worker (reading files such as the code list
     * there), adding notes that hold for every photo. */
    using EditMaker = std::function<QList<TemplatedEdit>(QStringList &notes, QString &sweepSummary)>;
    void planEdits(int total, const EditMaker &makeEdits);
    [[nodiscard]] static QString describe(const CreditSweep::Counts &counts);
    void setResult(const QString &result, const QStringList &failures);
    void runWrites(const QList<FilePlan> &plans, const QString &what, bool undoing);
    void finishWrites(const Outcome &outcome, const QString &what, bool undoing);
    [[nodiscard]] MetadataTemplate formTemplate(const QVariantList &edits) const;

    QPointer<PhotoModel> m_photos;
    EditPreviewModel m_preview;
    QThreadPool
        m_pool; // one thread: one job of the session at a time (a batch of writes takes more, see ParallelEdits)
    bool m_busy = false;
    int m_progress = 0;
    int m_total = 0;
    bool m_prepared = false;
    bool m_sweeping = false; // the prepared edit is the credit sweep
    QString m_sweepSummary;
    quint64 m_generation = 0;
    QList<Batch> m_undo;
    QHash<QString, PendingMark> m_preparedMarks; // what prepareMarks() planned to write
    QHash<QString, PendingMark> m_writingMarks;  // what the write under way writes of them
    QString m_result;
    QStringList m_failures;
    bool m_toSidecar = false;
    QString m_backupFolder;
    QString m_templateFolder;
    QHash<QString, MetadataTemplate> m_templates; // the templates as last read, by name
    QStringList m_templateNames;                  // their names, sorted as the folder lists them
    QString m_templateMessage;
    QString m_codesFile;
};
