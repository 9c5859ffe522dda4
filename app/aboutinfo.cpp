#include "aboutinfo.h"

#include "metadata/exiv2extractor.h"

#include <QFile>

AboutInfo::AboutInfo(QObject *parent) : QObject(parent) {}

QString AboutInfo::version()
{
    return QStringLiteral(BYLINE_VERSION);
}

QString AboutInfo::qtVersion()
{
    // The library loaded at run time, which may be newer than the headers Byline was built with.
    return QString::fromLatin1(qVersion());
}

QString AboutInfo::exiv2Version()
{
    return Exiv2Extractor::libraryVersion();
}

QString AboutInfo::licenceText()
{
    QFile licence(QStringLiteral(":/byline/LICENSE"));
    if (!licence.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(licence.readAll());
}
