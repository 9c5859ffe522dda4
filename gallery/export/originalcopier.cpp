#include "originalcopier.h"

#include "filedigest.h"
#include "stagedfile.h"

#include "metadata/nativepath.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr qint64 s_chunkBytes = 1024 * 1024;

struct Copied
{
    qint64 size = 0;
    QByteArray sha256;
    QString error;
};

// Streams @p from into @p to, hashing what was read; stops at the first error or when cancelled.
Copied stream(QFile &from, QFile &to, const std::atomic<bool> &cancelled)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Copied copied;
    QByteArray chunk(s_chunkBytes, Qt::Uninitialized);
    for (;;) {
        if (cancelled.load())
            return {0, {}, QStringLiteral("cancelled")};
        const qint64 read = from.read(chunk.data(), chunk.size());
        if (read < 0)
            return {0, {}, QStringLiteral("cannot read the original: %1").arg(from.errorString())};
        if (read == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), read));
        if (to.write(chunk.constData(), read) != read)
            return {0, {}, QStringLiteral("cannot write the copy: %1").arg(to.errorString())};
        copied.size += read;
    }
    if (!to.flush())
        return {0, {}, QStringLiteral("cannot write the copy: %1").arg(to.errorString())};
    copied.sha256 = hash.result().toHex();
    return copied;
}

} // namespace

OriginalCopier::Result OriginalCopier::copy(const QString &source, const QString &target,
                                            ExportReport::Output::Kind kind, const std::atomic<bool> &cancelled)
{
    QFile from;
    if (const QString error = NativePath::openForReading(from, source); !error.isEmpty())
        return {{}, QStringLiteral("cannot open %1: %2").arg(NativePath::display(source), error)};
    const qint64 sourceSize = from.size();
    StagedFile staged(QFileInfo(target).absolutePath());
    if (QString error = staged.create(); !error.isEmpty())
        return {{}, error};
    QFile to(staged.tempPath());
    if (!to.open(QIODevice::WriteOnly))
        return {{}, QStringLiteral("cannot write the copy: %1").arg(to.errorString())};
    const Copied copied = stream(from, to, cancelled);
    to.close();
    if (!copied.error.isEmpty())
        return {{}, copied.error};
    if (copied.size != sourceSize)
        return {{}, QStringLiteral("%1 changed size while it was copied").arg(NativePath::display(source))};
    // Read back what reached the file, not what was handed to write().
    const FileDigest written = FileDigest::of(staged.tempPath());
    if (!written.error.isEmpty())
        return {{}, QStringLiteral("cannot read the copy back: %1").arg(written.error)};
    if (written.size != copied.size || written.sha256 != copied.sha256)
        return {{}, QStringLiteral("the copy of %1 differs from the original (size or SHA-256)").arg(source)};
    if (QString error = staged.commit(target); !error.isEmpty())
        return {{}, error};
    return {{kind, target, written.size, written.sha256}, {}};
}
