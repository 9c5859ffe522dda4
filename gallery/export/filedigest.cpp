#include "filedigest.h"

#include <QCryptographicHash>
#include <QFile>

FileDigest FileDigest::of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {0, {}, file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || file.error() != QFileDevice::NoError)
        return {0, {}, file.errorString()};
    return {file.size(), hash.result().toHex(), {}};
}

FileDigest FileDigest::of(const QByteArray &bytes)
{
    return {bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), {}};
}
