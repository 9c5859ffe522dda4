#include "xmpsidecar.h"

#include "nativepath.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool XmpSidecar::isSidecarName(const QString &fileName)
{
    return fileName.size() > 4 && fileName.endsWith(QLatin1String(".xmp"), Qt::CaseInsensitive);
}

QString XmpSidecar::pick(const QString &imageName, const NameIndex &sidecars)
{
    if (sidecars.isEmpty())
        return {};
    const qsizetype dot = imageName.lastIndexOf(u'.');
    const QString base = dot > 0 ? imageName.left(dot) : imageName;
    for (const QString &stem : {base, imageName}) {
        // The stem must match exactly (file systems here are case-sensitive); only ".xmp" may vary.
        const auto it = sidecars.constFind((stem + QStringLiteral(".xmp")).toLower());
        if (it != sidecars.constEnd() && it->startsWith(stem) && it->size() == stem.size() + 4)
            return *it;
    }
    return {};
}

QString XmpSidecar::find(const QString &imagePath)
{
    const qsizetype slash = imagePath.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QStringLiteral(".") : slash == 0 ? QStringLiteral("/") : imagePath.left(slash);
    const QString imageName = imagePath.mid(slash + 1);
    const qsizetype dot = imageName.lastIndexOf(u'.');
    const QString byStem = ((dot > 0 ? imageName.left(dot) : imageName) + QStringLiteral(".xmp")).toLower();
    const QString byName = (imageName + QStringLiteral(".xmp")).toLower();
    NameIndex sidecars;
    // The folder's own bytes (NativePath), not QDir: QDir would lose a name that is not UTF-8. Any case of
    // ".xmp" is a candidate; pick() then wants the stem exact.
    if (DIR *dir = ::opendir(NativePath::encode(folder).constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            if (entry->d_type == DT_DIR)
                continue;
            const QString name = NativePath::decode(entry->d_name);
            const QString lower = name.toLower();
            if (lower == byStem || lower == byName)
                sidecars.insert(lower, name);
        }
        ::closedir(dir);
    }
    const QString name = pick(imageName, sidecars);
    return name.isEmpty() ? QString() : (folder.endsWith(u'/') ? folder : folder + u'/') + name;
}

QByteArray XmpSidecar::read(const QString &path, QStringList &warnings)
{
    const QString name = QFileInfo(path).fileName();
    // O_NONBLOCK: a FIFO named like a sidecar must not hang the scan; fstat then rejects it.
    const int fd = ::open(NativePath::encode(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        warnings.append(QStringLiteral("XMP sidecar %1 cannot be read: %2")
                            .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
        return {};
    }
    QByteArray packet;
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        warnings.append(QStringLiteral("XMP sidecar %1 is not a regular file; ignored").arg(name));
    } else if (info.st_size > s_maxBytes) {
        warnings.append(QStringLiteral("XMP sidecar %1 is %2 MB, larger than any real sidecar; ignored")
                            .arg(name)
                            .arg(info.st_size / (1024 * 1024)));
    } else {
        // Read at most the cap even if the file grows meanwhile.
        packet.resize(qsizetype(info.st_size));
        const ssize_t n = ::pread(fd, packet.data(), size_t(packet.size()), 0);
        packet.truncate(n < 0 ? 0 : n);
    }
    ::close(fd);
    return packet;
}
