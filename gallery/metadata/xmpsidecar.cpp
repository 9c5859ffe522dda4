#include "xmpsidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
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
    const QFileInfo image(imagePath);
    const QDir folder = image.dir();
    const QString base = image.completeBaseName();
    NameIndex sidecars;
    // Name filters match case-insensitively, so this finds .xmp, .XMP, .Xmp, ...
    for (const QString &name : folder.entryList(
             {base + QStringLiteral(".xmp"), image.fileName() + QStringLiteral(".xmp")}, QDir::Files | QDir::Hidden))
        sidecars.insert(name.toLower(), name);
    const QString name = pick(image.fileName(), sidecars);
    return name.isEmpty() ? QString() : folder.filePath(name);
}

QByteArray XmpSidecar::read(const QString &path, QStringList &warnings)
{
    const QString name = QFileInfo(path).fileName();
    // O_NONBLOCK: a FIFO named like a sidecar must not hang the scan; fstat then rejects it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
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
