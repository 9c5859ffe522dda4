#include "appsupport.h"

#include "metadata/exiv2extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace AppSupport {

void initialize(const QString &programName)
{
    Q_UNUSED(programName)
    // One application name for every program, so the window and byline-cli share the catalog and
    // settings (QStandardPaths derives CacheLocation from it).
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationName(QStringLiteral("byline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    Exiv2Extractor::initialize();
}

QString sampleGalleryPath()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/byline/sample"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(BYLINE_SAMPLE_SOURCE_DIR);
}

} // namespace AppSupport
