#include "imageid.h"

#include "metadata/nativepath.h"

namespace ImageId {

QString url(QStringView provider, const QString &path, quint64 version, qint64 size)
{
    // The path's bytes are percent-encoded, '/' included, so the first '/' of the id ends the version, and a
    // name that is not UTF-8 comes back byte for byte (QUrl's own encoding would make it U+FFFD).
    return QStringLiteral("image://") + provider.toString() + u'/' + QString::number(version, 16) + u'-' +
           QString::number(size) + u'/' + QString::fromLatin1(NativePath::encode(path).toPercentEncoding());
}

Request parse(QStringView id)
{
    Request request;
    request.placeholder = id.endsWith(s_placeholderSuffix);
    if (request.placeholder)
        id.chop(s_placeholderSuffix.size());
    if (const qsizetype slash = id.indexOf(u'/'); slash >= 0)
        id = id.sliced(slash + 1);
    request.path = NativePath::decode(QByteArray::fromPercentEncoding(id.toUtf8()));
    return request;
}

} // namespace ImageId
