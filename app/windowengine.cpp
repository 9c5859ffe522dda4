#include "windowengine.h"

#include "folderhistory.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/thumbnailprovider.h"

#include <QQuickWindow>
#include <QSettings>

WindowEngine::WindowEngine(QObject *parent) : QQmlApplicationEngine(parent)
{
    // The memory tier's size in MB, for machines with little memory or very large folders; 0 or absent
    // means ThumbnailMemoryCache's default (128 MB). Read once: the provider lives as long as the engine.
    const qint64 memoryMB = QSettings().value(QStringLiteral("thumbnails/memoryCacheMB"), 0).toLongLong();
    addImageProvider(QStringLiteral("thumb"), new ThumbnailProvider(0, {}, qMax<qint64>(0, memoryMB) * 1024 * 1024)); // the engine owns its providers
    addImageProvider(QStringLiteral("photo"), new PhotoProvider);
    // Qt 6.4 neither searches qrc:/qt/qml for modules nor has loadFromModule(): add the path, load the URL.
    addImportPath(QStringLiteral("qrc:/qt/qml"));
}

QQuickWindow *WindowEngine::openWindow(const QString &folder, FolderHistory *history)
{
    setInitialProperties({{QStringLiteral("initialFolder"), folder},
                          {QStringLiteral("history"), QVariant::fromValue(history)}});
    const qsizetype before = rootObjects().size();
    load(QUrl(QStringLiteral("qrc:/qt/qml/Byline/qml/Main.qml")));
    return rootObjects().size() > before ? qobject_cast<QQuickWindow *>(rootObjects().constLast()) : nullptr;
}
