#include "metadataeditor.h"

#include "safefilewriter.h"

#include "metadata/embeddedfieldwriter.h"
#include "metadata/imagedatafingerprint.h"
#include "metadata/imageformat.h"
#include "metadata/metadatareader.h"
#include "metadata/nativepath.h"
#include "metadata/sidecarpacketwriter.h"
#include "metadata/storefields.h"
#include "metadata/xmpsidecar.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <dirent.h>

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

// docs/metadata.md, "Writing metadata": the photo itself is written only in the formats whose image
// data Byline can prove untouched, and never when the user asked for a sidecar or the file is read-only.
QString whySidecar(const QString &path, const FileState &state, const QByteArray &file, bool asked)
{
    if (asked)
        return QStringLiteral("a sidecar was asked for");
    if ((state.mode & 0222) == 0)
        return QStringLiteral("the file is read-only");
    // Most RAW formats are TIFF inside: their makers' software, not Byline, may rewrite them.
    const ImageFormat format = ImageFormat::identify(file.first(qMin(file.size(), ImageFormat::s_sniffSize)),
                                                     path.mid(path.lastIndexOf(u'/') + 1));
    if (format.isCameraRaw())
        return QStringLiteral("a camera RAW is never written");
    return EmbeddedFieldWriter::refusal(file);
}

// The value each field has as Byline shows it: the reconciled record for the fields it reconciles (an
// inferred credit is no stored credit), else a sidecar's, the file's XMP, IPTC or Exif.
FieldValues shownValues(const QString &path, const StoreFields &stores, const FieldValues &sidecar)
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
    return values;
}

// Every field of @p store after the write must be what was meant: the changed ones their new values, the
// others as they were.
QString compareStore(const char *store, const FieldValues &before, const FieldValues &after, const FieldValues &changes,
                     const QList<EditField> &written)
{
    for (EditField field : EditFields::all()) {
        const QStringList meant = written.contains(field) ? changes.value(field) : before.value(field);
        if (after.value(field) != meant)
            return QStringLiteral("the %1 in %2 reads back as \"%3\" instead of \"%4\"")
                .arg(EditFields::name(field), QLatin1String(store), EditFields::display(after.value(field)),
                     EditFields::display(meant));
    }
    return {};
}

QString verifyEmbedded(const QByteArray &original, const QByteArray &written, const FieldValues &changes)
{
    QString error;
    const QByteArray pixelsBefore = ImageDataFingerprint::of(original, error);
    const QByteArray pixelsAfter = ImageDataFingerprint::of(written, error);
    if (!error.isEmpty())
        return error;
    if (pixelsBefore != pixelsAfter)
        return QStringLiteral("the write would have changed the image data");
    const StoreFields before = StoreFields::read(original, error);
    const StoreFields after = StoreFields::read(written, error);
    if (!error.isEmpty())
        return QStringLiteral("the written file cannot be read back: %1").arg(error);
    const QList<EditField> changed = changes.keys();
    if (QString problem = compareStore("XMP", before.xmp, after.xmp, changes, changed); !problem.isEmpty())
        return problem;
    QList<EditField> iimWritten;
    for (EditField field : changed) {
        if (after.iim != before.iim && EditFields::info(field).iimDataSet != 0)
            iimWritten.append(field);
    }
    if (QString problem = compareStore("IPTC", before.iptc, after.iptc, changes, iimWritten); !problem.isEmpty())
        return problem;
    QList<EditField> exifWritten;
    for (EditField field : changed) {
        if (before.exif.contains(field))
            exifWritten.append(field);
    }
    if (QString problem = compareStore("Exif", before.exif, after.exif, changes, exifWritten); !problem.isEmpty())
        return problem;
    if (after.digest == PhotoshopResources::DigestState::Stale)
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
    return compareStore("the sidecar", old, now, changes, changes.keys());
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
    plan.state = FileState::of(path);
    if (!plan.state.exists) {
        plan.problem = QStringLiteral("the file is gone");
        return plan;
    }
    QByteArray bytes;
    if (QString error = SafeFileWriter::read(path, bytes, plan.state); !error.isEmpty()) {
        plan.problem = error;
        return plan;
    }
    plan.whySidecar = whySidecar(path, plan.state, bytes, request.toSidecar);
    plan.embedded = plan.whySidecar.isEmpty();
    const QString existing = XmpSidecar::find(path);
    plan.sidecarExists = !existing.isEmpty();
    plan.sidecar = plan.sidecarExists ? existing : plan.embedded ? QString() : newSidecarPath(path);
    QString error;
    const StoreFields stores = StoreFields::read(bytes, error);
    FieldValues sidecar;
    if (plan.sidecarExists) {
        QStringList warnings;
        plan.sidecarState = FileState::of(existing);
        sidecar = StoreFields::readPacket(XmpSidecar::read(existing, warnings), error);
    }
    if (!error.isEmpty() && plan.embedded) {
        plan.problem = QStringLiteral("its metadata cannot be read: %1").arg(error);
        return plan;
    }
    const FieldValues before = shownValues(path, stores, sidecar);
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
        if (after.value(field) != before.value(field))
            plan.changes.append({field, before.value(field), after.value(field)});
    }
    return plan;
}

WriteOutcome MetadataEditor::write(const FilePlan &plan)
{
    WriteOutcome outcome{plan.path, false, plan.problem, {}};
    if (!plan.canWrite())
        return outcome;
    outcome.error = plan.embedded ? writeEmbedded(plan, outcome.notes) : QString();
    if (outcome.error.isEmpty() && !plan.sidecar.isEmpty())
        outcome.error = writeSidecar(plan, outcome.notes);
    outcome.written = outcome.error.isEmpty();
    return outcome;
}

QString MetadataEditor::writeEmbedded(const FilePlan &plan, QStringList &notes)
{
    QByteArray original;
    FileState state;
    if (QString error = SafeFileWriter::read(plan.path, original, state); !error.isEmpty())
        return error;
    if (!state.sameAs(plan.state))
        return QStringLiteral("the file changed on disk since Byline read it, so it was not written; read it again");
    const FieldValues changes = plan.after();
    QString error;
    const QByteArray written = EmbeddedFieldWriter::apply(original, changes, QDateTime::currentDateTime(), error);
    if (!error.isEmpty())
        return QStringLiteral("cannot write its metadata: %1").arg(error);
    if (QString problem = verifyEmbedded(original, written, changes); !problem.isEmpty())
        return QStringLiteral("the check before writing failed: %1").arg(problem);
    QStringList evicted;
    if (QString problem = m_backups.keep(plan.path, original, evicted); !problem.isEmpty())
        return problem;
    for (const QString &gone : evicted)
        notes.append(QStringLiteral("the backup store was full: the original of %1 is no longer kept")
                         .arg(NativePath::display(gone)));
    // Recorded before the rename: after a kill in between, the file is either still the original or
    // what the entry says Byline wrote, and revert knows either.
    if (QString problem = m_backups.recordWritten(plan.path, written); !problem.isEmpty())
        return problem;
    return SafeFileWriter::replace(plan.path, state, written);
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
    QStringList evicted;
    if (QString problem =
            plan.sidecarExists ? m_backups.keep(plan.sidecar, before, evicted) : m_backups.keepCreated(plan.sidecar);
        !problem.isEmpty())
        return problem;
    if (QString problem = m_backups.recordWritten(plan.sidecar, packet); !problem.isEmpty())
        return problem;
    if (QString problem = plan.sidecarExists ? SafeFileWriter::replace(plan.sidecar, state, packet)
                                             : SafeFileWriter::create(plan.sidecar, packet);
        !problem.isEmpty()) {
        if (!plan.sidecarExists) // the entry must not claim a sidecar someone else made meanwhile
            [[maybe_unused]]
            const QString ignored = m_backups.forget(plan.sidecar);
        return problem;
    }
    if (!plan.sidecarExists)
        notes.append(QStringLiteral("made the sidecar %1").arg(NativePath::display(plan.sidecar)));
    return {};
}

QString MetadataEditor::revertOne(const QString &path, bool force, bool &reverted)
{
    reverted = false;
    const std::optional<BackupStore::Entry> entry = m_backups.entry(path);
    if (!entry)
        return {};
    QByteArray current;
    FileState state;
    if (entry->created && !FileState::of(path).exists)
        return m_backups.forget(path); // a sidecar whose creation a kill cut short
    if (QString error = SafeFileWriter::read(path, current, state); !error.isEmpty())
        return error;
    const QByteArray digest = QCryptographicHash::hash(current, QCryptographicHash::Sha256);
    if (!entry->created && digest == entry->sha256) {
        reverted = true; // already the original: a write that a kill stopped before its rename
        return m_backups.forget(path);
    }
    if (!force && digest != entry->writtenSha256)
        return QStringLiteral("it changed since Byline wrote it; revert --force puts the original back anyway");
    if (entry->created) {
        if (QString error = SafeFileWriter::remove(path, state); !error.isEmpty())
            return error;
    } else {
        QString error;
        const QByteArray original = m_backups.original(path, error);
        if (!error.isEmpty())
            return error;
        if (QString problem = SafeFileWriter::replace(path, state, original); !problem.isEmpty())
            return problem;
    }
    reverted = true;
    return m_backups.forget(path);
}

WriteOutcome MetadataEditor::revert(const QString &path, bool force)
{
    WriteOutcome outcome{path, false, {}, {}};
    bool reverted = false;
    outcome.error = revertOne(path, force, reverted);
    outcome.written = reverted;
    for (const QString &sidecar : {XmpSidecar::find(path), newSidecarPath(path)}) {
        if (!outcome.error.isEmpty() || sidecar.isEmpty())
            continue;
        bool sidecarReverted = false;
        outcome.error = revertOne(sidecar, force, sidecarReverted);
        if (sidecarReverted)
            outcome.notes.append(QStringLiteral("restored the sidecar %1").arg(NativePath::display(sidecar)));
        outcome.written |= sidecarReverted;
    }
    if (outcome.error.isEmpty() && !outcome.written)
        outcome.error = QStringLiteral("Byline keeps no original of this file");
    return outcome;
}
