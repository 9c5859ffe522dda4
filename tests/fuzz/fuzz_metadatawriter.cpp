// libFuzzer harness: any bytes as a photo whose credit, caption and keywords a person edits, through the
// whole write path (MetadataEditor: plan, EmbeddedFieldWriter or a sidecar, the check, SafeFileWriter,
// the backup store) on a file in /dev/shm. Besides never crashing, the promise of docs/metadata.md,
// "Writing metadata" must hold: a file not written is byte-identical, and a file written has the same
// image data and reads back every change that was planned.
#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "metadata/exiv2extractor.h"
#include "metadata/imagedatafingerprint.h"
#include "metadata/storefields.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

QTemporaryDir *s_dir = nullptr;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Exiv2Extractor::initialize();
    s_dir = new QTemporaryDir(QStringLiteral("/dev/shm/byline-fuzz-writer-XXXXXX"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray original(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString folder = s_dir->filePath(QStringLiteral("photos"));
    QDir().mkpath(folder);
    const QString photo = folder + QStringLiteral("/photo.jpg");
    {
        QFile file(photo);
        if (!file.open(QIODevice::WriteOnly) || file.write(original) != original.size())
            return 0;
    }
    BackupStore backups(s_dir->filePath(QStringLiteral("originals")), 64 * 1024 * 1024);
    MetadataEditor editor(backups);
    const EditRequest request{{{EditField::Credit, FieldEdit::Mode::Replace, {QStringLiteral("NASA/Tim Kopra")}},
                               {EditField::Caption, FieldEdit::Mode::Append, {QStringLiteral("MANDATORY CREDIT")}},
                               {EditField::Keywords, FieldEdit::Mode::Append, {QStringLiteral("Soyuz")}}},
                              false};
    const FilePlan plan = editor.plan(photo, request);
    const WriteOutcome outcome = editor.write(plan);
    const QByteArray after = readAll(photo);
    if (!outcome.written || !plan.embedded) {
        if (after != original)
            std::abort(); // a file not written (or given a sidecar) must be untouched
    } else {
        QString error;
        if (ImageDataFingerprint::of(after, error) != ImageDataFingerprint::of(original, error))
            std::abort(); // the image data changed
        // Each change planned reads back from the XMP written (a field already so was no change).
        const StoreFields fields = StoreFields::read(after, error);
        for (const FieldChange &change : plan.changes) {
            if (fields.xmp.value(change.field) != change.after)
                std::abort(); // written, but a changed field does not read back
        }
    }
    QDir(folder).removeRecursively();
    QDir(s_dir->filePath(QStringLiteral("originals"))).removeRecursively();
    return 0;
}
