#include "imageid.h"

#include <QUrl>

namespace ImageId {

QString url(QStringView provider, const QString &path, quint64 version, qint64 size)
{
    // The path is percent-encoded, '/' included, so the first '/' of the id ends the version.
    return QStringLiteral("image://") + provider.toString() + u'/' + QString::number(version, 16) + u'-' +
           QString::number(size) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(path));
}

Request parse(QStringView id)
{
    Request request;
    request.placeholder = id.endsWith(s_placeholderSuffix);
    if (request.placeholder)
        id.chop(s_placeholderSuffix.size());
    if (const qsizetype slash = id.indexOf(u'/'); slash >= 0)
        id = id.sliced(slash + 1);
    request.path = QUrl::fromPercentEncoding(id.toUtf8());
    return request;
}

} // namespace ImageId
