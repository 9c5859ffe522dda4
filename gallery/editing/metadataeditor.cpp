#include "metadataeditor.h"

#include "backgrounddigest.h"
#include "safefilewriter.h"

#include "metadata/embeddedfieldwriter.h"
#include "metadata/imagedatafingerprint.h"
#include "metadata/imageformat.h"
#include "metadata/iptcrecords.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"
#include "metadata/sidecarpacketwriter.h"
#include "metadata/storefields.h"
#include "metadata/xmpsidecar.h"

#include <QDateTime>
#include <QScopeGuard>

#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <unistd.h>

namespace {

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QStringLiteral(".") : slash == 0 ? QStringLiteral("/") : path.left(slash);
}

QString stemOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

// The file a path names once symbolic links are followed: the write goes there (a link stays a link), and
// the backup store keys on it, so two spellings of one file share one original.
QString resolved(const QString &path)
{
    char buffer[PATH_MAX];
    if (::realpath(NativePath::encode(path).constData(), buffer))
        return NativePath::decode(buffer);
    return path;
}

// docs/metadata.md, "Writing metadata": the photo itself is written only in the formats whose image
// data Byline can prove untouched, and never when the user asked for a sidecar or may not write it.
QString whySidecar(const QString &file, const FileState &state, const QByteArray &bytes, bool asked)
{
    if (asked)
        return QStringLiteral("a sidecar was asked for");
    if ((state.mode & 0222) == 0)
        return QStringLiteral("the file is read-only");
    if (::access(NativePath::encode(file).constData(), W_OK) != 0)
        return QStringLiteral("you may not write the file");
    // Replacing another user's file would make it the writer's own.
    if (::geteuid() != 0 && state.uid != ::geteuid())
        return QStringLiteral("the file belongs to another user");
    // Most RAW formats are TIFF inside: their makers' software, not Byline, may rewrite them.
    const ImageFormat format = ImageFormat::identify(bytes.first(qMin(bytes.size(), ImageFormat::s_sniffSize)),
                                                     file.mid(file.lastIndexOf(u'/') + 1));
    if (format.isCameraRaw())
        return QStringLiteral("a camera RAW is never written");
    return EmbeddedFieldWriter::refusal(bytes);
}

// The value each field has as Byline shows it: the reconciled record for the fields it reconciles (an
// inferred credit is no stored credit), else a sidecar's, the file's XMP, IPTC or Exif.
FieldValues shownValues(const QString &path, const StoreFields &stores, const FieldValues &sidecar,
                        QString &inferredCredit)
{
    FieldValues values = stores.merged();
    for (auto it = sidecar.cbegin(); it != sidecar.cend(); ++it)
        values.insert(it.key(), it.value());
    const PhotoRecord record = MetadataReader::read(path);
    const auto shown = [&values](EditField field, const QString &text) {
        if (text.isEmpty())
            values.remove(field);
        else
            values.insert(field, EditFields::parse(field, text));
    };
    shown(EditField::Caption, record.caption);
    shown(EditField::Headline, record.headline);
    shown(EditField::Copyright, record.copyright);
    shown(EditField::Creator, record.creator);
    shown(EditField::Credit, record.creditSource == CreditSource::Embedded ? record.credit : QString());
    inferredCredit = record.creditSource == CreditSource::Caption ? record.credit : QString();
    return values;
}

bool isAsSeen(const FileState &state, const SeenFile &seen)
{
    return state.size == seen.size && state.mtimeNs / 1'000'000 == seen.mtimeMs;
}

// A store that holds the field with another value than the one shown, where this write reaches it: the
// edit writes every store the field lives in (docs/metadata.md, "Writing metadata"), so setting the shown
// value settles a disagreement ("NASA/Tim Copra" left in IPTC under an XMP "NASA/Tim Kopra") and is a
// change, not "already so".
std::optional<FieldChange> disagreement(bool embedded, const StoreFields &stores, const FieldValues &sidecar,
                                        EditField field, const QStringList &shown)
{
    QList<QPair<QString, const FieldValues *>> reached{{QStringLiteral("sidecar"), &sidecar}};
    if (embedded)
        reached << qMakePair(QStringLiteral("XMP"), &stores.xmp) << qMakePair(QStringLiteral("IPTC"), &stores.iptc)
                << qMakePair(QStringLiteral("Exif"), &stores.exif);
    for (const auto &[store, values] : reached) {
        const QStringList held = values->value(field);
        if (!held.isEmpty() && held != shown)
            return FieldChange{field, held, shown, store, {}};
    }
    return std::nullopt;
}

QString mismatch(EditField field, const char *store, const QStringList &got, const QStringList &meant)
{
    return QStringLiteral("the %1 in %2 reads back as \"%3\" instead of \"%4\"")
        .arg(EditFields::name(field), QLatin1String(store), EditFields::display(got), EditFields::display(meant));
}

// Each field of @p store after the write must be what was meant: the @p written ones their new value
// (@p meant), every other as it was.
QString compareFields(const char *store, const FieldValues &before, const FieldValues &after, const FieldValues &meant,
                      const QList<EditField> &written)
{
    for (EditField field : EditFields::all()) {
        const QStringList expected = written.contains(field) ? meant.value(field) : before.value(field);
        if (after.value(field) != expected)
            return mismatch(field, store, after.value(field), expected);
    }
    return {};
}

bool isKeyOf(const QString &key, const QList<EditField> &fields)
{
    for (EditField field : fields) {
        const QLatin1String own(EditFields::info(field).xmpKey);
        if (key == own || key.startsWith(own + u'[') || key.startsWith(own + u'/'))
            return true;
    }
    return key == QLatin1String("Xmp.xmp.MetadataDate");
}

// Everything the write did not mean to change, store by store: Exif tags, XMP properties, IIM datasets.
QString compareUntouched(const StoreFields &before, const StoreFields &after, const QList<EditField> &changed,
                         const EmbeddedFieldWriter::Result &result)
{
    // Where things are, not what they say: a rewrite moves strips, directories and the thumbnail, and the
    // IIM and its resources are compared as IIM below.
    QStringList exifKeys{QStringLiteral("Exif.Image.StripOffsets"), QStringLiteral("Exif.Image.TileOffsets"),
                         QStringLiteral("Exif.Image.ExifTag"), QStringLiteral("Exif.Image.GPSTag"),
                         QStringLiteral("Exif.Photo.InteroperabilityTag"), QStringLiteral("Exif.Image.SubIFDs"),
                         QStringLiteral("Exif.Image.JPEGInterchangeFormat"),
                         QStringLiteral("Exif.Thumbnail.JPEGInterchangeFormat"),
                         QStringLiteral("Exif.MakerNote.Offset"), QStringLiteral("Exif.Image.IPTCNAA"),
                         QStringLiteral("Exif.Image.ImageResources"),
                         // A TIFF's XMP packet (tag 700): compared property by property below.
                         QStringLiteral("Exif.Image.XMLPacket")};
    for (EditField field : result.exifWritten)
        exifKeys.append(QLatin1String(EditFields::info(field).exifKey));
    for (auto it = before.exifAll.cbegin(); it != before.exifAll.cend(); ++it) {
        if (!exifKeys.contains(it.key()) && after.exifAll.value(it.key()) != it.value())
            return QStringLiteral("the Exif tag %1 would not be kept").arg(it.key());
    }
    const QList<EditField> xmpWritten = changed + result.xmpSynced.keys();
    for (auto it = before.xmpAll.cbegin(); it != before.xmpAll.cend(); ++it) {
        if (!isKeyOf(it.key(), xmpWritten) && after.xmpAll.value(it.key()) != it.value())
            return QStringLiteral("the XMP property %1 would not be kept").arg(it.key());
    }
    const IptcRecords oldIim = IptcRecords::parse(before.iim);
    const IptcRecords newIim = IptcRecords::parse(after.iim);
    for (const IptcDataSet &dataSet : oldIim.dataSets()) {
        const bool written = dataSet.record == IptcRecords::s_envelope ||
                             (dataSet.record == IptcRecords::s_application && dataSet.dataset == 0);
        bool edited = false;
        for (EditField field : changed)
            edited |= result.iimWritten && dataSet.record == IptcRecords::s_application &&
                      EditFields::info(field).iimDataSet == dataSet.dataset;
        if (!written && !edited && dataSet.record == IptcRecords::s_application &&
            oldIim.texts(dataSet.dataset) != newIim.texts(dataSet.dataset))
            return QStringLiteral("the IPTC dataset 2:%1 would not be kept").arg(dataSet.dataset);
    }
    return {};
}

QString verifyEmbedded(const QByteArray &original, const EmbeddedFieldWriter::Result &result,
                       const FieldValues &changes)
{
    QString error;
    if (!ImageDataFingerprint::same(original, result.bytes, error))
        return error.isEmpty() ? QStringLiteral("the write would have changed the image data") : error;
    const StoreFields before = StoreFields::read(original, error);
    const StoreFields after = StoreFields::read(result.bytes, error);
    if (!error.isEmpty())
        return QStringLiteral("the written file cannot be read back: %1").arg(error);
    const QList<EditField> changed = changes.keys();
    FieldValues xmpMeant = changes;
    for (auto it = result.xmpSynced.cbegin(); it != result.xmpSynced.cend(); ++it)
        xmpMeant.insert(it.key(), it.value());
    if (QString problem = compareFields("XMP", before.xmp, after.xmp, xmpMeant, xmpMeant.keys()); !problem.isEmpty())
        return problem;
    QList<EditField> iimWritten;
    for (EditField field : changed) {
        if (result.iimWritten && EditFields::info(field).iimDataSet != 0)
            iimWritten.append(field);
    }
    if (QString problem = compareFields("IPTC", before.iptc, after.iptc, changes, iimWritten); !problem.isEmpty())
        return problem;
    if (QString problem = compareFields("Exif", before.exif, after.exif, changes, result.exifWritten);
        !problem.isEmpty())
        return problem;
    if (QString problem = compareUntouched(before, after, changed, result); !problem.isEmpty())
        return problem;
    const bool staleBefore = before.digest == PhotoshopResources::DigestState::Stale;
    if (after.digest == PhotoshopResources::DigestState::Stale && (result.iimWritten || !staleBefore))
        return QStringLiteral("the IPTCDigest would not match the IPTC written");
    return {};
}

QString verifyPacket(const QByteArray &before, const QByteArray &after, const FieldValues &changes)
{
    QString error;
    const FieldValues old = StoreFields::readPacket(before, error);
    const FieldValues now = StoreFields::readPacket(after, error);
    if (!error.isEmpty())
        return QStringLiteral("the sidecar cannot be read back: %1").arg(error);
    return compareFields("the sidecar", old, now, changes, changes.keys());
}

} // namespace

QString MetadataEditor::newSidecarPath(const QString &path)
{
    const QString folder = folderOf(path);
    const QString name = path.mid(path.lastIndexOf(u'/') + 1);
    const QString stem = stemOf(name);
    // Another file of the same stem would take "IMG_1.xmp" as its own (docs/metadata.md, "Sidecars").
    bool shared = false;
    if (DIR *dir = ::opendir(NativePath::encode(folder).constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            const QString other = NativePath::decode(entry->d_name);
            if (other != name && !XmpSidecar::isSidecarName(other) && stemOf(other) == stem && !other.startsWith(u'.'))
                shared = true;
        }
        ::closedir(dir);
    }
    return folder + u'/' + (shared ? name : stem) + QStringLiteral(".xmp");
}

FilePlan MetadataEditor::plan(const QString &path, const EditRequest &request) const
{
    FilePlan plan;
    plan.path = path;
    plan.file = resolved(path);
    if (!FileState::of(plan.file).exists) {
        plan.problem = QStringLiteral("no such file");
        return plan;
    }
    m_lastRead = {};
    QByteArray bytes = std::exchange(m_spareRead, {});
    if (QString error = SafeFileWriter::read(plan.file, bytes, plan.state); !error.isEmpty()) {
        plan.problem = error;
        return plan;
    }
    m_lastRead = {plan.file, plan.state, bytes};
    // Only photos: a text file named .jpg gets no sidecar (the reader sniffs content the same way).
    const QByteArray header = bytes.first(qMin(bytes.size(), ImageFormat::s_sniffSize));
    if (!ImageFormat::sniff(header).isImage()) {
        plan.problem = QStringLiteral("not an image (%1)").arg(ImageFormat::describeNonImage(header));
        return plan;
    }
    if (request.seen && !isAsSeen(plan.state, *request.seen)) {
        plan.problem = QStringLiteral("changed on disk since its values were read for this edit; read it again "
                                      "and retry");
        return plan;
    }
    plan.whySidecar = whySidecar(plan.file, plan.state, bytes, request.toSidecar);
    plan.embedded = plan.whySidecar.isEmpty();
    // The sidecar belongs beside the name the photo is seen by (a reader looks there).
    const QString existing = XmpSidecar::find(path);
    plan.sidecarExists = !existing.isEmpty();
    plan.sidecar = plan.sidecarExists ? resolved(existing) : plan.embedded ? QString() : newSidecarPath(path);

    QString error;
    const StoreFields stores = StoreFields::read(bytes, error);
    FieldValues sidecar;
    if (plan.sidecarExists) {
        QStringList warnings;
        plan.sidecarState = FileState::of(plan.sidecar);
        sidecar = StoreFields::readPacket(XmpSidecar::read(plan.sidecar, warnings), error);
    }
    if (!error.isEmpty() && plan.embedded) {
        plan.problem = QStringLiteral("its metadata cannot be read: %1").arg(error);
        return plan;
    }
    QString inferredCredit;
    const FieldValues before = shownValues(path, stores, sidecar, inferredCredit);
    // Edits apply in order, each to what the ones before it left: a template's keywords and then a typed
    // --keyword give both, where each applied to the file's own values would keep only the last.
    FieldValues after = before;
    QList<EditField> edited;
    for (const FieldEdit &edit : request.edits) {
        if (QString problem = edit.problem(); !problem.isEmpty()) {
            plan.problem = problem;
            return plan;
        }
        after.insert(edit.field, edit.applied(after.value(edit.field)));
        if (!edited.contains(edit.field))
            edited.append(edit.field);
    }
    for (EditField field : edited) {
        if (after.value(field) != before.value(field)) {
            plan.changes.append({field,
                                 before.value(field),
                                 after.value(field),
                                 {},
                                 field == EditField::Credit ? inferredCredit : QString()});
            // A store that held something else than the value shown loses it too: the preview says so
            // (an appended caption replaces the IPTC caption that differed from the XMP one).
            if (const std::optional<FieldChange> replaced =
                    disagreement(plan.embedded, stores, sidecar, field, before.value(field)))
                plan.changes.append({field, replaced->before, after.value(field), replaced->heldIn, {}});
        } else if (const std::optional<FieldChange> settled =
                       disagreement(plan.embedded, stores, sidecar, field, after.value(field)))
            plan.changes.append(*settled);
    }
    return plan;
}

FilePlan MetadataEditor::planUndo(const FilePlan &written) const
{
    EditRequest request;
    request.toSidecar = !written.embedded;
    // A settled disagreement had its value shown already: there is nothing shown to set back (revert
    // restores the bytes).
    for (const FieldChange &change : written.changes) {
        if (change.heldIn.isEmpty())
            request.edits.append({change.field, FieldEdit::Mode::Replace, change.before});
    }
    FilePlan undo = plan(written.path, request);
    // The write made this sidecar: setting its fields back would leave a sidecar the photo never had.
    if (!written.sidecarExists && !written.sidecar.isEmpty() && !undo.sidecar.isEmpty() &&
        resolved(undo.sidecar) == resolved(written.sidecar)) {
        undo.sidecar = written.sidecar; // the name it was made by, which its backup entry is kept under
        undo.removesSidecar = true;
    }
    return undo;
}

WriteOutcome MetadataEditor::write(const FilePlan &plan)
{
    WriteOutcome outcome{plan.path, false, plan.problem, {}};
    // Before the changes are looked at: a sidecar Byline made goes even when its fields show the old values.
    if (plan.removesSidecar && plan.problem.isEmpty() && !plan.embedded) {
        if (std::optional<WriteOutcome> removed = removeMadeSidecar(plan))
            return *removed;
    }
    if (!plan.canWrite())
        return outcome;
    // Another write of these files (another spelling of the same file, another process) waits for this
    // one, and a write beside it (ParallelEdits) never makes room by removing these entries. The photo
    // first, then its sidecar, always: two writes never wait for each other.
    const BackupStore::Pin pinFile(m_backups, plan.file);
    std::optional<BackupStore::Pin> pinSidecar;
    if (!plan.sidecar.isEmpty())
        pinSidecar.emplace(m_backups, plan.sidecar);
    if (!pinFile.held() || (pinSidecar && !pinSidecar->held())) {
        outcome.error = QStringLiteral("cannot lock its entry in the backup store %1, so it was not written")
                            .arg(NativePath::display(m_backups.root()));
        return outcome;
    }
    if (plan.embedded) {
        outcome.error = writeEmbedded(plan, outcome.notes);
        outcome.written = outcome.error.isEmpty();
        if (!outcome.written)
            return outcome;
    }
    if (!plan.sidecar.isEmpty()) {
        const QString error = writeSidecar(plan, outcome.notes);
        if (!error.isEmpty() && outcome.written)
            outcome.error = QStringLiteral("written into the photo, but its sidecar %1, which hides those fields, "
                                           "was not updated: %2")
                                .arg(NativePath::display(plan.sidecar), error);
        else
            outcome.error = error;
        outcome.written = outcome.written || error.isEmpty();
    }
    return outcome;
}

QString MetadataEditor::replaceRecorded(const QString &file, const FileState &state, const QByteArray &bytes,
                                        bool entryIsNew)
{
    BackupStore::Identity recorded;
    BackgroundDigest digest(bytes); // while the new file is written, flushed and read back
    const QString error = SafeFileWriter::replace(file, state, bytes, [&](const FileState &written) {
        recorded = BackupStore::Identity::of(written, digest.get());
        return m_backups.recordWritten(file, recorded);
    });
    if (!error.isEmpty()) {
        // Nothing was renamed: the store must not claim a write that never reached the disk.
        [[maybe_unused]] const QString undone =
            entryIsNew ? m_backups.forget(file) : m_backups.unrecordWritten(file, recorded);
    }
    return error;
}

QString MetadataEditor::writeEmbedded(const FilePlan &plan, QStringList &notes)
{
    QByteArray original;
    EmbeddedFieldWriter::Result result;
    // Last out of scope, once the digests running on other threads have let go of the bytes.
    const auto reuse = qScopeGuard([&] {
        m_spareRead = std::move(original);
        m_spareOut = std::move(result.bytes);
    });
    FileState state;
    if (m_lastRead.file == plan.file && m_lastRead.state.sameAs(plan.state) &&
        FileState::of(plan.file).sameAs(plan.state)) {
        original = std::exchange(m_lastRead.bytes, {});
        state = plan.state;
    } else if (QString error = SafeFileWriter::read(plan.file, original, state); !error.isEmpty()) {
        return error;
    }
    m_lastRead = {};
    if (!state.sameAs(plan.state))
        return QStringLiteral("the file changed on disk since Byline read it, so it was not written; read it again");
    BackgroundDigest originalDigest(original); // while the new bytes are made and checked
    const FieldValues changes = plan.after();
    result = EmbeddedFieldWriter::apply(original, changes, QDateTime::currentDateTime(), std::exchange(m_spareOut, {}));
    if (!result.error.isEmpty())
        return QStringLiteral("cannot write its metadata: %1").arg(result.error);
    if (QString problem = verifyEmbedded(original, result, changes); !problem.isEmpty())
        return QStringLiteral("the check before writing failed: %1").arg(problem);
    return keepAndReplace(plan.file, original, state, result.bytes, notes,
                          [&originalDigest] { return originalDigest.get(); });
}

QString MetadataEditor::keepAndReplace(const QString &file, const QByteArray &original, const FileState &state,
                                       const QByteArray &bytes, QStringList &notes,
                                       const std::function<QByteArray()> &originalDigest)
{
    const bool entryIsNew = !m_backups.entry(file).has_value();
    QStringList evicted;
    if (QString problem = m_backups.keep(file, original, state, evicted, originalDigest); !problem.isEmpty())
        return problem;
    for (const QString &gone : evicted)
        notes.append(QStringLiteral("the backup store was full: the original of %1 is no longer kept")
                         .arg(NativePath::display(gone)));
    // Keeping the original as a second name changes the file's ctime and link count, nothing else.
    const FileState now = FileState::of(file);
    if (!BackupStore::Identity::of(now).sameFile(BackupStore::Identity::of(state))) {
        if (entryIsNew) [[maybe_unused]]
            const QString undone = m_backups.forget(file);
        return QStringLiteral("the file changed on disk since Byline read it, so it was not written; read it again");
    }
    return replaceRecorded(file, now, bytes, entryIsNew);
}

QString MetadataEditor::writeSidecar(const FilePlan &plan, QStringList &notes)
{
    const FieldValues changes = plan.after();
    QByteArray before;
    FileState state;
    if (plan.sidecarExists) {
        if (QString error = SafeFileWriter::read(plan.sidecar, before, state, XmpSidecar::s_maxBytes); !error.isEmpty())
            return QStringLiteral("cannot read the sidecar: %1").arg(error);
        if (!state.sameAs(plan.sidecarState))
            return QStringLiteral("the sidecar changed on disk since Byline read it, so it was not written");
    }
    QString error;
    const QByteArray packet = SidecarPacketWriter::apply(before, changes, QDateTime::currentDateTime(), error);
    if (!error.isEmpty())
        return error;
    if (QString problem = verifyPacket(before, packet, changes); !problem.isEmpty())
        return QStringLiteral("the check before writing failed: %1").arg(problem);
    if (plan.sidecarExists)
        return keepAndReplace(plan.sidecar, before, state, packet, notes);

    const bool entryIsNew = !m_backups.entry(plan.sidecar).has_value();
    if (QString problem = m_backups.keepCreated(plan.sidecar); !problem.isEmpty())
        return problem;
    BackupStore::Identity recorded;
    if (QString problem =
            SafeFileWriter::create(plan.sidecar, packet,
                                   [&](const FileState &written) {
                                       recorded = BackupStore::Identity::of(written, BackupStore::digestOf(packet));
                                       return m_backups.recordWritten(plan.sidecar, recorded);
                                   });
        !problem.isEmpty()) {
        // The entry must not claim a sidecar someone else made meanwhile.
        [[maybe_unused]] const QString undone =
            entryIsNew ? m_backups.forget(plan.sidecar) : m_backups.unrecordWritten(plan.sidecar, recorded);
        return problem;
    }
    notes.append(QStringLiteral("made the sidecar %1").arg(NativePath::display(plan.sidecar)));
    return {};
}

// Removes the sidecar Byline made, as revert does, when it is still exactly one of Byline's writes and as
// planned; nothing when it is not (someone else's change in it is kept: the caller sets the fields back).
std::optional<WriteOutcome> MetadataEditor::removeMadeSidecar(const FilePlan &plan)
{
    const std::optional<BackupStore::Entry> entry = m_backups.entry(plan.sidecar);
    const FileState state = FileState::of(plan.sidecar);
    if (!entry || !entry->created || !state.exists || !state.sameAs(plan.sidecarState) ||
        !BackupStore::isByline(*entry, plan.sidecar, state))
        return std::nullopt;
    WriteOutcome outcome{plan.path, false, {}, {}};
    if (QString error = SafeFileWriter::remove(plan.sidecar, state); !error.isEmpty()) {
        outcome.error =
            QStringLiteral("cannot remove the sidecar %1: %2").arg(NativePath::display(plan.sidecar), error);
        return outcome;
    }
    outcome.written = true;
    outcome.notes.append(
        QStringLiteral("removed the sidecar %1, which Byline made").arg(NativePath::display(plan.sidecar)));
    // A stale entry is harmless: revert forgets an entry whose created file is gone.
    if (QString error = m_backups.forget(plan.sidecar); !error.isEmpty())
        outcome.notes.append(QStringLiteral("the backup store still lists it: %1").arg(error));
    return outcome;
}

QString MetadataEditor::revertOne(const QString &file, bool force, bool &reverted)
{
    reverted = false;
    if (!m_backups.entry(file))
        return {};
    // Not beside a write of the same file (another spelling of it, another process): read again once alone.
    const BackupStore::Pin pin(m_backups, file);
    if (!pin.held())
        return QStringLiteral("cannot lock its entry in the backup store %1")
            .arg(NativePath::display(m_backups.root()));
    const std::optional<BackupStore::Entry> entry = m_backups.entry(file);
    if (!entry)
        return {};
    const FileState state = FileState::of(file);
    if (entry->created && !state.exists)
        return m_backups.forget(file); // a sidecar whose creation a kill cut short, or that was removed since
    if (BackupStore::isOriginal(*entry, file, state)) {
        reverted = true; // already the original: a write that a kill stopped before its rename
        return m_backups.forget(file);
    }
    if (!force && !BackupStore::isByline(*entry, file, state))
        return QStringLiteral("it changed since Byline wrote it; revert --force puts the original back anyway");
    if (entry->created) {
        if (QString error = SafeFileWriter::remove(file, state); !error.isEmpty())
            return error;
        reverted = true;
        return m_backups.forget(file);
    }
    if (!state.exists)
        return QStringLiteral("the file is gone");
    if (QString error = m_backups.restore(file, state); !error.isEmpty())
        return error;
    reverted = true;
    return {};
}

WriteOutcome MetadataEditor::revert(const QString &path, bool force)
{
    WriteOutcome outcome{path, false, {}, {}};
    bool reverted = false;
    QStringList errors;
    if (QString error = revertOne(resolved(path), force, reverted); !error.isEmpty())
        errors.append(error);
    outcome.written = reverted;
    QStringList sidecars{XmpSidecar::find(path), newSidecarPath(path)};
    sidecars.removeAll(QString());
    sidecars.removeDuplicates();
    for (const QString &sidecar : std::as_const(sidecars)) {
        bool sidecarReverted = false;
        const std::optional<BackupStore::Entry> entry = m_backups.entry(resolved(sidecar));
        if (QString error = revertOne(resolved(sidecar), force, sidecarReverted); !error.isEmpty())
            errors.append(QStringLiteral("the sidecar %1: %2").arg(NativePath::display(sidecar), error));
        if (sidecarReverted)
            outcome.notes.append((entry && entry->created ? QStringLiteral("removed the sidecar %1, which Byline made")
                                                          : QStringLiteral("restored the sidecar %1"))
                                     .arg(NativePath::display(sidecar)));
        outcome.written |= sidecarReverted;
    }
    outcome.error = errors.join(QStringLiteral("; "));
    if (outcome.error.isEmpty() && !outcome.written)
        outcome.error = QStringLiteral("Byline keeps no original of this file");
    return outcome;
}
