#include "editsession.h"

#include "photomodel.h"

#include "editing/backupstore.h"
#include "editing/codereplacements.h"
#include "editing/metadataeditor.h"
#include "editing/paralleledits.h"
#include "editing/safefilewriter.h"
#include "editing/templatestore.h"
#include "metadata/nativepath.h"
#include "metadata/storefields.h"
#include "metadata/xmpsidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <atomic>
#include <vector>

namespace {

FieldEdit::Mode modeNamed(const QString &name)
{
    return name == QLatin1String("append") ? FieldEdit::Mode::Append : FieldEdit::Mode::Replace;
}

QString fileNameOf(const QString &path)
{
    return NativePath::display(path.mid(path.lastIndexOf(u'/') + 1));
}

// Posts @p call to @p target's thread, unless the target is gone by then.
template<typename Call>
void post(QObject *target, Call &&call)
{
    QMetaObject::invokeMethod(target, std::forward<Call>(call), Qt::QueuedConnection);
}

// The dialog names a broken template by its file name; the loader's message starts with the whole path,
// which pushed the reason off the end of the line.
QString withoutPath(const QString &error, const QString &path)
{
    const QString prefix = NativePath::display(path) + QStringLiteral(": ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

} // namespace

EditSession::EditSession(QObject *parent)
    : QObject(parent),
      // The desk's code list, where a person puts (or links) the shared file.
      m_codesFile(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  QStringLiteral("/byline/codes.txt"))
{
    m_pool.setMaxThreadCount(1);
}

EditSession::~EditSession()
{
    m_pool.waitForDone();
}

void EditSession::setPhotos(PhotoModel *photos)
{
    if (m_photos == photos)
        return;
    m_photos = photos;
    emit photosChanged();
}

QString EditSession::undoText() const
{
    return m_undo.isEmpty() ? QString() : m_undo.last().description;
}

QVariantList EditSession::fields()
{
    QVariantList list;
    for (EditField field : EditFields::all()) {
        const EditFieldInfo &info = EditFields::info(field);
        const bool multiline = field == EditField::Caption || field == EditField::Instructions ||
                               field == EditField::UsageTerms || field == EditField::AltText;
        list.append(QVariantMap{{QStringLiteral("name"), QLatin1String(info.name)},
                                {QStringLiteral("label"), QCoreApplication::translate("EditField", info.label)},
                                {QStringLiteral("list"), info.list},
                                {QStringLiteral("multiline"), multiline}});
    }
    return list;
}

void EditSession::setToSidecar(bool toSidecar)
{
    if (m_toSidecar == toSidecar)
        return;
    m_toSidecar = toSidecar;
    emit toSidecarChanged();
}

void EditSession::setBackupFolder(const QString &folder)
{
    m_backupFolder = folder;
    emit foldersChanged();
}

void EditSession::setTemplateFolder(const QString &folder)
{
    m_templateFolder = folder;
    emit foldersChanged();
    refreshTemplates();
}

void EditSession::setCodesFile(const QString &file)
{
    m_codesFile = file;
    emit foldersChanged();
}

void EditSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
    emit undoChanged();
}

void EditSession::setResult(const QString &result, const QStringList &failures)
{
    m_result = result;
    m_failures = failures;
    emit resultChanged();
}

void EditSession::loadValues(const QString &path)
{
    QPointer<EditSession> self(this);
    m_pool.start([self, path] {
        QByteArray bytes;
        FileState state;
        QVariantMap values;
        if (SafeFileWriter::read(path, bytes, state).isEmpty()) {
            QString error;
            FieldValues fields = StoreFields::read(bytes, error).merged();
            if (const QString sidecar = XmpSidecar::find(path); !sidecar.isEmpty()) {
                QStringList warnings;
                const FieldValues packet = StoreFields::readPacket(XmpSidecar::read(sidecar, warnings), error);
                for (auto it = packet.cbegin(); it != packet.cend(); ++it)
                    fields.insert(it.key(), it.value());
            }
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                values.insert(EditFields::name(it.key()), EditFields::display(it.value()));
        }
        if (self)
            post(self, [self, path, values] {
                if (self)
                    emit self->valuesLoaded(path, values);
            });
    });
}

MetadataTemplate EditSession::formTemplate(const QVariantList &edits) const
{
    MetadataTemplate form;
    for (const QVariant &item : edits) {
        const QVariantMap edit = item.toMap();
        const std::optional<EditField> field = EditFields::byName(edit.value(QStringLiteral("field")).toString());
        if (!field)
            continue;
        form.fields.append({*field,
                            modeNamed(edit.value(QStringLiteral("mode")).toString()),
                            {edit.value(QStringLiteral("value")).toString()}});
    }
    return form;
}

void EditSession::prepare(const QStringList &paths, const QVariantList &edits)
{
    if (m_busy || !m_photos)
        return;
    // The code list is a file of up to 8 MB, and a folder's rows are many: both are read on the worker.
    m_sweeping = false;
    m_sweepSummary.clear();
    m_preparedMarks.clear();
    planEdits(int(paths.size()), [paths, rows = rowsOf(paths), form = formTemplate(edits), codesFile = m_codesFile,
                                  toSidecar = m_toSidecar](QStringList &notes, QString &) {
        CodeReplacements codes;
        if (!codesFile.isEmpty() && QFile::exists(codesFile)) {
            const CodeReplacements::Load load = CodeReplacements::load(codesFile);
            codes = load.codes;
            notes = load.notes;
            if (!load.ok())
                notes.append(load.error);
        }
        const TemplateApplier applier(form, codes);
        notes += applier.notes();
        return applier.apply(recordsOf(paths, rows), toSidecar);
    });
}

void EditSession::prepareSweep(const QStringList &paths, bool stripCaptionCredit)
{
    if (m_busy || !m_photos)
        return;
    m_sweeping = true;
    m_preparedMarks.clear();
    m_sweepSummary.clear();
    const CreditSweep sweep({.stripCaptionCredit = stripCaptionCredit, .toSidecar = m_toSidecar});
    planEdits(int(paths.size()), [sweep, paths, rows = rowsOf(paths)](QStringList &, QString &summary) {
        const QList<SweptPhoto> swept = sweep.sweep(recordsOf(paths, rows));
        summary = describe(CreditSweep::count(swept));
        // Only the photos with something to write, or left alone for a reason, are planned; the others
        // are counted in the summary.
        QList<TemplatedEdit> edits;
        for (const SweptPhoto &photo : swept) {
            if (photo.hasEdit())
                edits.append({photo.path, photo.request, photo.notes, {}});
            else if (photo.reason == SweptPhoto::Reason::LeftAlone || photo.reason == SweptPhoto::Reason::Unreadable)
                edits.append({photo.path, photo.request, {}, photo.notes.join(QStringLiteral("; "))});
        }
        return edits;
    });
}

void EditSession::prepareMarks(const QStringList &paths)
{
    if (m_busy || !m_photos)
        return;
    m_sweeping = false;
    m_sweepSummary.clear();
    m_preparedMarks.clear();
    QList<TemplatedEdit> edits;
    for (const QString &path : paths) {
        if (!m_photos->pendingMarks().has(path))
            continue;
        const PendingMark mark = m_photos->pendingMarks().of(path);
        m_preparedMarks.insert(path, mark);
        EditRequest request;
        request.toSidecar = m_toSidecar;
        if (mark.rating) // 0 is written as 0: the XMP way of saying "unrated", over a rating the file had
            request.edits.append({EditField::Rating, FieldEdit::Mode::Replace, {QString::number(*mark.rating)}});
        if (mark.label)
            request.edits.append({EditField::Label, FieldEdit::Mode::Replace,
                                  mark.label->isEmpty() ? QStringList() : QStringList{*mark.label}});
        if (mark.tagged) // "False" is written, as Photo Mechanic does, over the tag the file had
            request.edits.append({EditField::Tagged,
                                  FieldEdit::Mode::Replace,
                                  {*mark.tagged ? QStringLiteral("True") : QStringLiteral("False")}});
        edits.append({path, request, {}, {}});
    }
    planEdits(int(edits.size()), [edits](QStringList &, QString &) { return edits; });
}

QString EditSession::describe(const CreditSweep::Counts &counts)
{
    QString text = tr("From captions: %1 · corrected by an alias: %2 · already right: %3 · without a credit: %4")
                       .arg(counts.fromCaption)
                       .arg(counts.corrected)
                       .arg(counts.alreadyRight)
                       .arg(counts.noCredit);
    if (counts.leftAlone > 0)
        text += tr(" · left alone: %1").arg(counts.leftAlone);
    if (counts.unreadable > 0)
        text += tr(" · unreadable: %1").arg(counts.unreadable);
    return text;
}

// The rows the window shows, copied (cheaply: a row is one shared block) for the worker to read.
QList<PhotoRow> EditSession::rowsOf(const QStringList &paths) const
{
    QList<PhotoRow> rows;
    rows.reserve(paths.size());
    for (const QString &path : paths) {
        const int row = m_photos ? m_photos->rowOf(path) : -1;
        rows.append(row >= 0 ? m_photos->row(row) : PhotoRow());
    }
    return rows;
}

// The records as the window shows them: corrected by the folder's aliases, as the sweep and the template
// variables ({credit}, {date}, {seq}) want them. A photo gone from the grid since it was chosen is said so.
QList<PhotoRecord> EditSession::recordsOf(const QStringList &paths, const QList<PhotoRow> &rows)
{
    QList<PhotoRecord> records;
    records.reserve(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        PhotoRecord record = rows[i].pathBytes().isEmpty() ? PhotoRecord() : rows[i].toRecord();
        if (rows[i].pathBytes().isEmpty())
            record.error = tr("no longer in the folder Byline shows");
        record.path = paths[i];
        records.append(record);
    }
    return records;
}

void EditSession::planEdits(int total, const EditMaker &makeEdits)
{
    const quint64 generation = ++m_generation;
    m_total = total;
    m_progress = 0;
    emit progressChanged();
    setBusy(true);
    m_prepared = false;
    emit preparedChanged();
    const QString backupFolder = m_backupFolder;
    QPointer<EditSession> self(this);
    m_pool.start([self, makeEdits, generation, backupFolder] {
        QStringList notes;
        QString summary;
        const QList<TemplatedEdit> templated = makeEdits(notes, summary);
        BackupStore backups(backupFolder);
        MetadataEditor editor(backups);
        QList<FilePlan> plans;
        QHash<QString, QStringList> photoNotes;
        QHash<QString, QString> planned; // file written → the path that names it first
        for (const TemplatedEdit &edit : templated) {
            FilePlan plan = editor.plan(edit.path, edit.request);
            if (!edit.problem.isEmpty())
                plan.problem = edit.problem;
            // Two names of one file (a link to a photo in the same folder) are one edit, not two.
            if (const QString first = planned.value(plan.file); !first.isEmpty() && plan.problem.isEmpty())
                plan.problem = EditSession::tr("the same file as %1, which is edited already").arg(fileNameOf(first));
            else if (!plan.file.isEmpty())
                planned.insert(plan.file, edit.path);
            // Notes that hold for every photo (the code list's) are said once, on the first.
            photoNotes.insert(edit.path, plans.isEmpty() ? edit.notes + notes : edit.notes);
            plans.append(plan);
            if (self)
                post(self, [self, generation, done = int(plans.size())] {
                    if (self && self->m_generation == generation) {
                        self->m_progress = done;
                        emit self->progressChanged();
                    }
                });
        }
        if (self)
            post(self, [self, generation, plans, photoNotes, summary] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_sweepSummary = summary;
                self->m_preview.setPlans(plans, photoNotes);
                self->m_prepared = true;
                self->setBusy(false);
                emit self->preparedChanged();
            });
    });
}

void EditSession::discard()
{
    ++m_generation;
    m_sweepSummary.clear();
    m_preview.clear();
    m_prepared = false;
    setBusy(false);
    emit preparedChanged();
}

void EditSession::write()
{
    if (m_busy || !m_prepared)
        return;
    QList<FilePlan> plans;
    for (const FilePlan &plan : m_preview.plans()) {
        if (plan.canWrite())
            plans.append(plan);
    }
    m_prepared = false;
    emit preparedChanged();
    m_writingMarks = std::exchange(m_preparedMarks, {});
    const QString what = m_sweeping ? tr("Credit sweep of %n photo(s)", nullptr, int(plans.size()))
                                    : tr("Edit of %n photo(s)", nullptr, int(plans.size()));
    runWrites(plans, what, false);
}

void EditSession::undo()
{
    if (!canUndo())
        return;
    // Each field back to what it was, planned afresh (MetadataEditor::planUndo): a file changed since is
    // refused, not overwritten, and a sidecar the write made is removed.
    const Batch batch = m_undo.last();
    const quint64 generation = ++m_generation;
    m_total = int(batch.plans.size());
    m_progress = 0;
    emit progressChanged();
    setBusy(true);
    const QString backupFolder = m_backupFolder;
    QPointer<EditSession> self(this);
    m_pool.start([self, written = batch.plans, generation, backupFolder, description = batch.description] {
        BackupStore store(backupFolder);
        MetadataEditor editor(store);
        QList<FilePlan> undoPlans;
        for (const FilePlan &plan : written)
            undoPlans.append(editor.planUndo(plan));
        if (self)
            post(self, [self, undoPlans, generation, description] {
                if (self && self->m_generation == generation)
                    self->runWrites(undoPlans, description, true);
            });
    });
}

void EditSession::runWrites(const QList<FilePlan> &plans, const QString &what, bool undoing)
{
    const quint64 generation = ++m_generation;
    m_total = int(plans.size());
    m_progress = 0;
    emit progressChanged();
    setBusy(true);
    const QString backupFolder = m_backupFolder;
    QPointer<EditSession> self(this);
    m_pool.start([self, plans, generation, backupFolder, what, undoing] {
        BackupStore backups(backupFolder);
        std::vector<WriteOutcome> results(std::size_t(plans.size())); // each thread fills only its own slots
        QStringList paths;
        for (const FilePlan &plan : plans)
            paths.append(plan.path);
        std::atomic<int> done{0};
        ParallelEdits::run(backups, paths, [&](MetadataEditor &editor, qsizetype index) {
            results[std::size_t(index)] = editor.write(plans.at(index));
            if (self)
                post(self, [self, generation, count = ++done] {
                    // Two threads post; a count that arrives late must not move the bar back.
                    if (self && self->m_generation == generation && count > self->m_progress) {
                        self->m_progress = count;
                        emit self->progressChanged();
                    }
                });
        });
        Outcome outcome;
        for (qsizetype i = 0; i < plans.size(); ++i) {
            const WriteOutcome &written = results[std::size_t(i)];
            if (written.written)
                outcome.written.append(plans.at(i));
            if (!written.error.isEmpty())
                outcome.failures.append(QStringLiteral("%1: %2").arg(fileNameOf(plans.at(i).path), written.error));
            outcome.notes += written.notes;
        }
        if (self)
            post(self, [self, outcome, generation, what, undoing] {
                if (self && self->m_generation == generation)
                    self->finishWrites(outcome, what, undoing);
            });
    });
}

void EditSession::finishWrites(const Outcome &outcome, const QString &what, bool undoing)
{
    if (undoing) {
        // Ratings and labels set back in their files are the desk's marks again, not written yet.
        const Batch undone = m_undo.takeLast();
        QHash<QString, PendingMark> pendingAgain;
        for (const FilePlan &plan : outcome.written) {
            if (const auto mark = undone.marks.constFind(plan.path); mark != undone.marks.cend())
                pendingAgain.insert(plan.path, *mark);
        }
        if (m_photos && !pendingAgain.isEmpty())
            m_photos->restoreMarks(pendingAgain);
    } else if (!outcome.written.isEmpty()) {
        QHash<QString, PendingMark> marks;
        for (const FilePlan &plan : outcome.written) {
            if (const auto mark = m_writingMarks.constFind(plan.path); mark != m_writingMarks.cend())
                marks.insert(plan.path, *mark);
        }
        m_undo.append({outcome.written, what, marks});
    }
    m_writingMarks.clear();
    m_preview.clear();
    const int written = int(outcome.written.size());
    const QString summary =
        undoing ? tr("Undone: %n photo(s) set back", nullptr, written) : tr("%n photo(s) written", nullptr, written);
    const QString failed =
        outcome.failures.isEmpty() ? QString() : tr(", %n not written", nullptr, int(outcome.failures.size()));
    setResult(summary + failed, outcome.failures + outcome.notes);
    setBusy(false);
    if (m_photos)
        m_photos->rescan(); // the grid and the detail pane follow the files as written
    emit finished();
}

void EditSession::revertToOriginal(const QStringList &paths)
{
    if (m_busy)
        return;
    const quint64 generation = ++m_generation;
    m_total = int(paths.size());
    m_progress = 0;
    emit progressChanged();
    setBusy(true);
    const QString backupFolder = m_backupFolder;
    QPointer<EditSession> self(this);
    m_pool.start([self, paths, generation, backupFolder] {
        BackupStore backups(backupFolder);
        MetadataEditor editor(backups);
        int reverted = 0;
        QStringList failures;
        for (const QString &path : paths) {
            const WriteOutcome outcome = editor.revert(path);
            reverted += outcome.written ? 1 : 0;
            // A photo Byline never wrote is no failure of a revert of many: it is its original already.
            if (!outcome.written && outcome.error == QLatin1String("Byline keeps no original of this file"))
                continue;
            if (!outcome.error.isEmpty())
                failures.append(QStringLiteral("%1: %2").arg(fileNameOf(path), outcome.error));
        }
        if (self)
            post(self, [self, generation, reverted, failures, paths] {
                if (!self || self->m_generation != generation)
                    return;
                // Reverted files are no longer what the session's undo would set back; the others still are.
                for (Batch &batch : self->m_undo)
                    batch.plans.removeIf([&](const FilePlan &plan) { return paths.contains(plan.path); });
                self->m_undo.removeIf([](const Batch &batch) { return batch.plans.isEmpty(); });
                emit self->undoChanged();
                self->setResult(reverted == 0 && failures.isEmpty()
                                    ? tr("Nothing to revert: Byline has not written these photos")
                                    : tr("%n original(s) restored", nullptr, reverted),
                                failures);
                self->setBusy(false);
                if (self->m_photos)
                    self->m_photos->rescan();
                emit self->finished();
            });
    });
}

void EditSession::refreshTemplates()
{
    QPointer<EditSession> self(this);
    m_pool.start([self, folder = m_templateFolder] {
        QHash<QString, MetadataTemplate> templates;
        QStringList names, problems;
        const TemplateStore store(folder);
        for (const TemplateStore::Entry &entry : store.list()) {
            TemplateLoad load = entry.error.isEmpty() ? store.load(entry.name) : TemplateLoad{{}, entry.error};
            if (!load.error.isEmpty()) {
                problems.append(tr("%1 cannot be used: %2")
                                    .arg(QFileInfo(entry.path).fileName(), withoutPath(load.error, entry.path)));
                continue;
            }
            names.append(entry.name);
            templates.insert(entry.name, load.value);
        }
        if (self)
            post(self, [self, templates, names, problems] {
                if (!self)
                    return;
                self->m_templates = templates;
                self->m_templateNames = names;
                self->m_templateMessage = problems.join(u'\n');
                emit self->templatesChanged();
            });
    });
}

QVariantList EditSession::templateEdits(const QString &name)
{
    const auto found = m_templates.constFind(name);
    if (found == m_templates.cend())
        return {};
    QVariantList edits;
    for (const TemplateField &field : found->fields)
        edits.append(
            QVariantMap{{QStringLiteral("field"), EditFields::name(field.field)},
                        {QStringLiteral("value"), field.texts.join(QStringLiteral("; "))},
                        {QStringLiteral("mode"), field.mode == FieldEdit::Mode::Append ? QStringLiteral("append")
                                                                                       : QStringLiteral("replace")}});
    return edits;
}

void EditSession::saveTemplate(const QString &name, const QVariantList &edits)
{
    MetadataTemplate saved = formTemplate(edits);
    saved.name = name.trimmed();
    if (saved.name.isEmpty()) {
        emit templateSaved(tr("A template needs a name"));
        return;
    }
    QPointer<EditSession> self(this);
    m_pool.start([self, saved, folder = m_templateFolder] {
        const QString error = TemplateStore(folder).save(saved);
        if (self)
            post(self, [self, error] {
                if (!self)
                    return;
                emit self->templateSaved(error);
                self->refreshTemplates();
            });
    });
}
