#include "exportplan.h"

#include "filenametemplate.h"
#include "namereservations.h"

#include "metadata/xmpsidecar.h"

#include <QDir>
#include <QFileInfo>

namespace {

struct Folders
{
    QString originals, resized;
};

Folders foldersFor(const ExportOptions &options)
{
    const QDir destination(options.destination);
    if (options.originals && options.resized)
        return {destination.filePath(QStringLiteral("originals")), destination.filePath(QStringLiteral("resized"))};
    return {destination.absolutePath(), destination.absolutePath()};
}

// The sidecar's name for a photo named @p target, in the convention of the original's sidecar.
QString sidecarName(const QString &target, const QString &sourceImage, const QString &sourceSidecar)
{
    const QFileInfo image(target);
    const bool longForm =
        QFileInfo(sourceSidecar)
            .fileName()
            .compare(QFileInfo(sourceImage).fileName() + QStringLiteral(".xmp"), Qt::CaseInsensitive) == 0;
    return (longForm ? image.fileName() : image.completeBaseName()) + QStringLiteral(".xmp");
}

// Reserves a name for the original and, when it has one, its sidecar's matching name.
void planOriginal(ExportPlan::Item &item, const QString &wanted, NameReservations &names, const QDir &folder)
{
    item.sidecarSource = XmpSidecar::find(item.record.path);
    QString name = names.reserve(wanted);
    while (!item.sidecarSource.isEmpty()) {
        const QString sidecar = sidecarName(name, item.record.path, item.sidecarSource);
        if (names.tryReserve(sidecar)) {
            item.sidecarTarget = folder.filePath(sidecar);
            break;
        }
        name = names.reserve(wanted); // the sidecar's name is taken: the photo moves to the next free name
    }
    item.originalTarget = folder.filePath(name);
}

} // namespace

QStringList ExportPlan::folders(const ExportOptions &options)
{
    const Folders folders = foldersFor(options);
    QStringList list = {QDir(options.destination).absolutePath()};
    for (const QString &folder : {folders.originals, folders.resized}) {
        if (!list.contains(folder))
            list.append(folder);
    }
    return list;
}

ExportPlan ExportPlan::make(const QList<PhotoRecord> &records, const ExportOptions &options)
{
    ExportPlan plan;
    const FileNameTemplate nameTemplate(options.nameTemplate);
    if (!nameTemplate.isValid()) {
        plan.m_error = nameTemplate.error();
        return plan;
    }
    const Folders folders = foldersFor(options);
    NameReservations originalNames(folders.originals);
    NameReservations separateResizedNames(folders.resized);
    // In one folder, originals and copies share the reservations, so a copy never takes an original's name.
    NameReservations &resizedNames = folders.originals == folders.resized ? originalNames : separateResizedNames;
    int number = 0;
    for (const PhotoRecord &record : records) {
        Item item{record, ++number, {}, {}, {}, {}};
        if (options.originals) {
            const QString extension = QFileInfo(record.path).suffix();
            planOriginal(item, nameTemplate.render(record, number, extension), originalNames, QDir(folders.originals));
        }
        if (options.resized) {
            const QString name = resizedNames.reserve(nameTemplate.render(record, number, QStringLiteral("jpg")));
            item.resizedTarget = QDir(folders.resized).filePath(name);
        }
        plan.m_items.append(item);
    }
    if (options.sheet) {
        NameReservations documents(options.destination);
        const QDir destination(options.destination);
        plan.m_sheetTarget = destination.filePath(documents.reserve(QStringLiteral("index.html")));
        plan.m_csvTarget = destination.filePath(documents.reserve(QStringLiteral("manifest.csv")));
        plan.m_jsonTarget = destination.filePath(documents.reserve(QStringLiteral("manifest.json")));
    }
    return plan;
}
