#include "filedigest.h"

#include "metadata/nativepath.h"

#include <QCryptographicHash>
#include <QFile>

FileDigest FileDigest::of(const QString &path)
{
    QFile file;
    if (QString error = NativePath::openForReading(file, path); !error.isEmpty())
        return {0, {}, error};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || file.error() != QFileDevice::NoError)
        return {0, {}, file.errorString()};
    return {file.size(), hash.result().toHex(), {}};
}

FileDigest FileDigest::of(const QByteArray &bytes)
{
    return {bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), {}};
}
