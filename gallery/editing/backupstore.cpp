#include "backupstore.h"

#include "entrylock.h"
#include "safefilewriter.h"

#include "metadata/nativepath.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace {

const QString s_originalName = QStringLiteral("original");
const QString s_entryName = QStringLiteral("entry.json");
const QString s_digestKey = QStringLiteral("sha256");
const QString s_legacyDigestKey = QStringLiteral("blake2b");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// QSaveFile writes a temporary beside the target, flushes it and renames it: the store's own files are
// whole or absent after a kill, like the user's.
QString saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

// A new name is only durable once its folder is flushed: the original must be on disk before the photo's
// new bytes are renamed over it.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QJsonObject toJson(const BackupStore::Identity &identity)
{
    return {{QStringLiteral("device"), QString::number(identity.device)},
            {QStringLiteral("inode"), QString::number(identity.inode)},
            {QStringLiteral("size"), identity.size},
            {QStringLiteral("mtimeNs"), QString::number(identity.mtimeNs)},
            {identity.legacyDigest ? s_legacyDigestKey : s_digestKey, QString::fromLatin1(identity.digest.toHex())}};
}

BackupStore::Identity identityFrom(const QJsonObject &json)
{
    const bool legacy = !json.contains(s_digestKey) && json.contains(s_legacyDigestKey);
    return {json.value(QStringLiteral("device")).toString().toULongLong(),
            json.value(QStringLiteral("inode")).toString().toULongLong(),
            json.value(QStringLiteral("size")).toInteger(-1),
            json.value(QStringLiteral("mtimeNs")).toString().toLongLong(),
            QByteArray::fromHex(json.value(legacy ? s_legacyDigestKey : s_digestKey).toString().toLatin1()),
            legacy};
}

// Whether the file at @p path (in @p state) is one of @p versions: by its quick facts, else by its bytes.
bool isOneOf(const QList<BackupStore::Identity> &versions, const QString &path, const FileState &state,
             const QByteArray *bytes)
{
    if (!state.exists)
        return false;
    const BackupStore::Identity now = BackupStore::Identity::of(state);
    bool sizeMatches = false;
    for (const BackupStore::Identity &version : versions) {
        if (version.sameFile(now))
            return true;
        sizeMatches |= version.size == state.size && !version.digest.isEmpty();
    }
    if (!sizeMatches)
        return false;
    QByteArray read;
    if (!bytes) {
        QFile file;
        if (!NativePath::openForReading(file, path).isEmpty())
            return false;
        read = file.readAll();
        bytes = &read;
    }
    // Each digest at most once, however many versions there are to compare it with.
    std::optional<QByteArray> digest, legacyDigest;
    return std::any_of(versions.cbegin(), versions.cend(), [&](const BackupStore::Identity &version) {
        if (version.digest.isEmpty() || version.size != bytes->size())
            return false;
        std::optional<QByteArray> &mine = version.legacyDigest ? legacyDigest : digest;
        if (!mine)
            mine = version.legacyDigest ? BackupStore::legacyDigestOf(*bytes) : BackupStore::digestOf(*bytes);
        return *mine == version.digest;
    });
    return false;
}

qint64 folderSize(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

BackupStore::BackupStore(QString root, qint64 limitBytes)
    : m_root(root.isEmpty() ? defaultRoot() : std::move(root)), m_limit(limitBytes)
{}

QString BackupStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/byline/originals");
}

QByteArray BackupStore::digestOf(QByteArrayView bytes)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
                   EVP_sha256(), nullptr) != 1)
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); // the same digest, slower
    digest.resize(length);
    return digest;
}

QByteArray BackupStore::legacyDigestOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
}

bool BackupStore::Identity::holds(QByteArrayView bytes) const
{
    if (digest.isEmpty() || bytes.size() != size)
        return false;
    return digest == (legacyDigest ? legacyDigestOf(bytes) : digestOf(bytes));
}

QString BackupStore::folderFor(const QString &path) const
{
    // The file's bytes name it, so two names that differ only in a byte that is not UTF-8 stay apart.
    const QByteArray key = QCryptographicHash::hash(NativePath::encode(path), QCryptographicHash::Sha256).toHex();
    return m_root + u'/' + QString::fromLatin1(key.left(32));
}

std::optional<BackupStore::Entry> BackupStore::readEntry(const QString &folder) const
{
    QFile file(folder + u'/' + s_entryName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return std::nullopt;
    Entry entry;
    entry.path = NativePath::fromStorage(json.value(QStringLiteral("path")).toString());
    entry.created = json.value(QStringLiteral("created")).toBool();
    entry.linked = json.value(QStringLiteral("linked")).toBool();
    entry.original = identityFrom(json.value(QStringLiteral("original")).toObject());
    for (const QJsonValue &written : json.value(QStringLiteral("written")).toArray())
        entry.written.append(identityFrom(written.toObject()));
    entry.kept = QDateTime::fromString(json.value(QStringLiteral("kept")).toString(), Qt::ISODateWithMs);
    entry.updated = QDateTime::fromString(json.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    return entry;
}

QString BackupStore::writeEntry(const QString &folder, const Entry &entry) const
{
    QJsonArray written;
    for (const Identity &identity : entry.written)
        written.append(toJson(identity));
    const QJsonObject json{{QStringLiteral("path"), NativePath::toStorage(entry.path)},
                           {QStringLiteral("shownPath"), NativePath::display(entry.path)},
                           {QStringLiteral("created"), entry.created},
                           {QStringLiteral("linked"), entry.linked},
                           {QStringLiteral("original"), toJson(entry.original)},
                           {QStringLiteral("written"), written},
                           {QStringLiteral("kept"), entry.kept.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("updated"), entry.updated.toString(Qt::ISODateWithMs)}};
    if (QString error = saveWhole(folder + u'/' + s_entryName, QJsonDocument(json).toJson()); !error.isEmpty())
        return error;
    syncFolder(folder);
    return {};
}

std::optional<BackupStore::Entry> BackupStore::entry(const QString &path) const
{
    std::optional<Entry> found = readEntry(folderFor(path));
    // A wrong original must never be restored: the entry names its file.
    if (found && found->path != path)
        return std::nullopt;
    return found;
}

bool BackupStore::isOriginal(const Entry &entry, const QString &path, const FileState &state, const QByteArray *bytes)
{
    return !entry.created && isOneOf({entry.original}, path, state, bytes);
}

bool BackupStore::isByline(const Entry &entry, const QString &path, const FileState &state, const QByteArray *bytes)
{
    QList<Identity> versions = entry.written;
    if (!entry.created)
        versions.append(entry.original);
    return isOneOf(versions, path, state, bytes);
}

QString BackupStore::storeOriginal(const QString &path, const QByteArray &bytes, const FileState &state,
                                   const QString &folder, Entry &fresh)
{
    const QString target = folder + u'/' + s_originalName;
    QFile::remove(target); // left by a kill before its entry was written
    // A second name for the old inode costs nothing, and the write that follows renames a new inode over
    // the photo's name, so nothing writes to this one again. Not for a file with other names already: a
    // program writing through one of those would change the original too.
    if (state.links == 1 && ::link(NativePath::encode(path).constData(), QFile::encodeName(target).constData()) == 0) {
        fresh.linked = true;
        return {};
    }
    if (QString error = saveWhole(target, bytes); !error.isEmpty())
        return QStringLiteral("cannot keep the original in %1: %2").arg(folder, error);
    return {};
}

QString BackupStore::keep(const QString &path, const QByteArray &bytes, const FileState &state, QStringList &evicted,
                          const std::function<QByteArray()> &digest)
{
    if (const std::optional<Entry> existing = entry(path)) {
        if (isByline(*existing, path, state, &bytes))
            return {};
        // Replaced or changed elsewhere since Byline wrote it: what is there now is the original to keep.
        if (QString error = forget(path); !error.isEmpty())
            return error;
    }
    if (state.size > m_limit)
        return QStringLiteral("the file is larger than the backup store's limit (%1 MB), so its original cannot be "
                              "kept; raise the limit or write to a sidecar")
            .arg(m_limit / (1024 * 1024));
    const QString folder = folderFor(path);
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create the backup folder %1").arg(folder);
    Entry fresh;
    fresh.path = path;
    fresh.original = Identity::of(state, digest ? digest() : digestOf(bytes));
    fresh.kept = QDateTime::currentDateTimeUtc();
    if (QString error = storeOriginal(path, bytes, state, folder, fresh); !error.isEmpty()) {
        QDir(folder).removeRecursively();
        return error;
    }
    // The entry last: an entry always has its original beside it. Room is made only once the new original
    // is safely kept, so a failure never costs another file its original.
    if (QString error = writeEntry(folder, fresh); !error.isEmpty()) {
        QDir(folder).removeRecursively();
        return QStringLiteral("cannot record the backup in %1: %2").arg(folder, error);
    }
    syncFolder(m_root);
    const std::lock_guard lock(m_mutex);
    if (m_usedEstimate)
        *m_usedEstimate += state.size + s_entryAllowance;
    ++m_keepsSinceCount;
    evicted = makeRoom(0, path);
    return {};
}

BackupStore::Pin::Pin(const BackupStore &store, QString path) : m_store(store), m_path(std::move(path))
{
    QDir().mkpath(m_store.m_root + QStringLiteral("/.pins"));
    m_lock = std::make_unique<EntryLock>(m_store.pinPathFor(m_path), EntryLock::Mode::Exclusive);
}

BackupStore::Pin::~Pin()
{
    // A write that kept nothing (refused, or failed and undone) leaves no lock file behind.
    if (!QFile::exists(m_store.folderFor(m_path) + u'/' + s_entryName))
        m_lock->removeFile();
}

bool BackupStore::Pin::held() const
{
    return m_lock->held();
}

QByteArray BackupStore::pinPathFor(const QString &path) const
{
    const QString folder = folderFor(path);
    return QFile::encodeName(m_root + QStringLiteral("/.pins/") + folder.mid(folder.lastIndexOf(u'/') + 1));
}

QString BackupStore::keepCreated(const QString &path)
{
    if (const std::optional<Entry> existing = entry(path)) {
        if (existing->created)
            return {};
        if (QString error = forget(path); !error.isEmpty())
            return error;
    }
    const QString folder = folderFor(path);
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create the backup folder %1").arg(folder);
    Entry fresh;
    fresh.path = path;
    fresh.created = true;
    fresh.kept = QDateTime::currentDateTimeUtc();
    QString error = writeEntry(folder, fresh);
    syncFolder(m_root);
    return error;
}

QString BackupStore::recordWritten(const QString &path, const Identity &written)
{
    std::optional<Entry> found = entry(path);
    if (!found)
        return QStringLiteral("no backup entry for the file");
    found->written.removeIf([&](const Identity &known) { return known.sameFile(written); });
    found->written.append(written);
    while (found->written.size() > s_writesKept)
        found->written.removeFirst();
    found->updated = QDateTime::currentDateTimeUtc();
    return writeEntry(folderFor(path), *found);
}

QString BackupStore::unrecordWritten(const QString &path, const Identity &written)
{
    std::optional<Entry> found = entry(path);
    if (!found)
        return {};
    found->written.removeIf([&](const Identity &known) { return known.sameFile(written); });
    return writeEntry(folderFor(path), *found);
}

QString BackupStore::restore(const QString &path, const FileState &current)
{
    const std::optional<Entry> found = entry(path);
    if (!found || found->created)
        return QStringLiteral("Byline keeps no original of this file");
    const QString original = folderFor(path) + u'/' + s_originalName;
    if (found->linked) {
        if (!Identity::of(FileState::of(original)).sameFile(found->original))
            return QStringLiteral("the kept original was changed (%1), so it is not restored").arg(original);
        if (!FileState::of(path).sameAs(current))
            return QStringLiteral("the file changed on disk since Byline read it; nothing was restored");
        // The old inode itself goes back: the same bytes, mode and times, in one rename.
        if (::rename(QFile::encodeName(original).constData(), NativePath::encode(path).constData()) != 0)
            return QStringLiteral("cannot put the original back: %1").arg(systemError());
        const qsizetype slash = path.lastIndexOf(u'/');
        syncFolder(slash <= 0 ? QStringLiteral("/") : QFile::decodeName(NativePath::encode(path.left(slash))));
        return forget(path);
    }
    QFile file(original);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("the kept original cannot be read: %1").arg(file.errorString());
    const QByteArray bytes = file.readAll();
    if (!found->original.holds(bytes))
        return QStringLiteral("the kept original is damaged (%1), so it is not restored").arg(original);
    if (QString error = SafeFileWriter::replace(path, current, bytes); !error.isEmpty())
        return error;
    return forget(path);
}

QString BackupStore::forget(const QString &path)
{
    if (!entry(path))
        return {};
    QDir folder(folderFor(path));
    // The entry first: a folder without one is no backup, whatever else a kill leaves in it.
    if (!QFile::remove(folder.filePath(s_entryName)))
        return QStringLiteral("cannot remove the backup entry in %1").arg(folder.path());
    folder.removeRecursively();
    // Its lock file too, unless a write of the file holds it (that write's Pin removes it when it is done).
    if (const QByteArray pin = pinPathFor(path); QFile::exists(QFile::decodeName(pin))) {
        EntryLock free(pin, EntryLock::Mode::ExclusiveIfFree);
        free.removeFile();
    }
    return {};
}

QList<BackupStore::Entry> BackupStore::entries() const
{
    QList<Entry> all;
    const QDir root(m_root);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (std::optional<Entry> found = readEntry(root.filePath(name)))
            all.append(*found);
    }
    return all;
}

qint64 BackupStore::sizeOnDisk() const
{
    qint64 total = 0;
    const QDir root(m_root);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        total += folderSize(root.filePath(name));
    return total;
}

QStringList BackupStore::makeRoom(qint64 bytes, const QString &keeping)
{
    if (m_usedEstimate && m_keepsSinceCount < s_recountEvery && *m_usedEstimate + bytes <= m_limit)
        return {};
    qint64 used = sizeOnDisk();
    m_usedEstimate = used;
    m_keepsSinceCount = 0;
    if (used + bytes <= m_limit)
        return {};
    QList<Entry> all = entries();
    std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) { return a.kept < b.kept; });
    QStringList evicted;
    for (const Entry &oldest : all) {
        if (used + bytes <= m_limit)
            break;
        if (oldest.path == keeping)
            continue;
        EntryLock unpinned(pinPathFor(oldest.path), EntryLock::Mode::ExclusiveIfFree);
        if (!unpinned.held())
            continue; // a write of it is running, here or in another process
        const qint64 size = folderSize(folderFor(oldest.path));
        if (forget(oldest.path).isEmpty()) {
            used -= size;
            evicted.append(oldest.path);
            unpinned.removeFile();
        }
    }
    m_usedEstimate = used;
    return evicted;
}
