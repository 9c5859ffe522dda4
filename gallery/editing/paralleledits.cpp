#include "paralleledits.h"

#include "backupstore.h"
#include "metadataeditor.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace {

// A photo's companions (RAW and JPEG, their shared sidecar) have this key in common, and so have two
// spellings of one file (a symbolic link to it, a folder reached through one): one thread writes them in
// turn, rather than one waiting for the other's lock only to find the file changed.
QString companionKey(const QString &path)
{
    const QFileInfo given(path);
    const QString canonical = given.canonicalFilePath();
    const QFileInfo info(canonical.isEmpty() ? path : canonical);
    return (info.path() + u'/' + info.baseName()).toCaseFolded();
}

// The indices of @p paths grouped by companionKey(), each group in the order given, groups in the order
// of their first photo.
std::vector<std::vector<qsizetype>> groupsOf(const QStringList &paths)
{
    std::vector<std::vector<qsizetype>> groups;
    QHash<QString, std::size_t> groupOfKey;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString key = companionKey(paths.at(i));
        const auto found = groupOfKey.constFind(key);
        if (found != groupOfKey.cend()) {
            groups[*found].push_back(i);
            continue;
        }
        groupOfKey.insert(key, groups.size());
        groups.push_back({i});
    }
    return groups;
}

} // namespace

int ParallelEdits::threadsFor(qsizetype count)
{
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    return int(std::clamp<qsizetype>(std::min<qsizetype>(cores, count), 1, s_maxThreads));
}

void ParallelEdits::run(BackupStore &store, const QStringList &paths, const Job &job, int threads)
{
    const std::vector<std::vector<qsizetype>> groups = groupsOf(paths);
    const int workers =
        std::clamp(threads > 0 ? threads : threadsFor(paths.size()), 1, std::max(1, int(groups.size())));
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        MetadataEditor editor(store);
        for (std::size_t group = next++; group < groups.size(); group = next++) {
            for (const qsizetype index : groups[group])
                job(editor, index);
        }
    };
    std::vector<std::thread> others;
    others.reserve(std::size_t(workers - 1));
    for (int i = 1; i < workers; ++i) {
        try {
            others.emplace_back(work);
        } catch (const std::system_error &) {
            break; // no thread to be had: the ones there are do the work
        }
    }
    work();
    for (std::thread &other : others)
        other.join();
}
