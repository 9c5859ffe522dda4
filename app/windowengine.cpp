#include "windowengine.h"

#include "folderhistory.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/thumbnailprovider.h"

#include <QQuickWindow>

WindowEngine::WindowEngine(QObject *parent) : QQmlApplicationEngine(parent)
{
    addImageProvider(QStringLiteral("thumb"), new ThumbnailProvider); // the engine owns its providers
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
