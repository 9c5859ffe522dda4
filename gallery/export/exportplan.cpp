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

// The names of an original (and its RAW companion's) as the @p n-th choice, sidecars included: one
// group, so that each sidecar keeps its photo's name and the RAW its JPEG's stem.
QStringList originalGroup(const ExportPlan::Item &item, const QString &wanted, const QString &wantedCompanion, int n)
{
    QStringList names = {NameReservations::numbered(wanted, n)};
    if (!item.sidecarSource.isEmpty())
        names.append(sidecarName(names.constFirst(), item.record.path, item.sidecarSource));
    if (wantedCompanion.isEmpty())
        return names;
    const QString companion = NameReservations::numbered(wantedCompanion, n);
    names.append(companion);
    if (item.companionSidecarSource.isEmpty())
        return names;
    QString sidecar = sidecarName(companion, item.record.companionPath, item.companionSidecarSource);
    // Were the RAW's sidecar to render to the JPEG's sidecar's name, no choice would ever be free (one name
    // twice in a group): it would take the long form, still its sidecar. XmpSidecar::find() gives two
    // different sidecars only in different forms, so this is a guard against an endless loop, not a rule.
    const QString jpegSidecar = item.sidecarSource.isEmpty() ? QString() : names.at(1);
    if (!jpegSidecar.isEmpty() && sidecar.compare(jpegSidecar, Qt::CaseInsensitive) == 0)
        sidecar = companion + QStringLiteral(".xmp");
    names.append(sidecar);
    return names;
}

// Reserves the original's name, its sidecar's matching name and, for a RAW+JPEG pair, the RAW's (and its
// sidecar's) under the same stem: the first choice where every one of them is free.
void planOriginal(ExportPlan::Item &item, const QString &wanted, const QString &wantedCompanion,
                  NameReservations &names, const QDir &folder)
{
    item.sidecarSource = XmpSidecar::find(item.record.path);
    if (!wantedCompanion.isEmpty()) {
        const QString sidecar = XmpSidecar::find(item.record.companionPath);
        // "IMG_1.xmp" beside "IMG_1.jpg" and "IMG_1.nef" is both files' sidecar: one copy serves both names.
        if (sidecar != item.sidecarSource)
            item.companionSidecarSource = sidecar;
    }
    QStringList chosen;
    for (int n = 1; chosen.isEmpty(); ++n) {
        if (const QStringList group = originalGroup(item, wanted, wantedCompanion, n); names.tryReserveAll(group))
            chosen = group;
    }
    item.originalTarget = folder.filePath(chosen.takeFirst());
    if (!item.sidecarSource.isEmpty())
        item.sidecarTarget = folder.filePath(chosen.takeFirst());
    if (!wantedCompanion.isEmpty())
        item.companionTarget = folder.filePath(chosen.takeFirst());
    if (!item.companionSidecarSource.isEmpty())
        item.companionSidecarTarget = folder.filePath(chosen.takeFirst());
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
        Item item{record, ++number, {}, {}, {}, {}, {}, {}, {}};
        if (options.originals) {
            const QString wanted = nameTemplate.render(record, number, QFileInfo(record.path).suffix());
            const QString wantedCompanion =
                record.hasCompanion() ? nameTemplate.render(record, number, QFileInfo(record.companionPath).suffix())
                                      : QString();
            planOriginal(item, wanted, wantedCompanion, originalNames, QDir(folders.originals));
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
