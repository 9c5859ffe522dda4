#include "windowengine.h"

#include "folderhistory.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/thumbnailprovider.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQuickWindow>
#include <QSettings>
#include <QTranslator>

WindowEngine::WindowEngine(QObject *parent) : QQmlApplicationEngine(parent)
{
    // The memory tier's size in MB, for machines with little memory or very large folders; 0 or absent
    // means ThumbnailMemoryCache's default (128 MB). Read once: the provider lives as long as the engine.
    const qint64 memoryMB = QSettings().value(QStringLiteral("thumbnails/memoryCacheMB"), 0).toLongLong();
    addImageProvider(
        QStringLiteral("thumb"),
        new ThumbnailProvider(0, {}, qMax<qint64>(0, memoryMB) * 1024 * 1024)); // the engine owns its providers
    addImageProvider(QStringLiteral("photo"), new PhotoProvider);
    // Qt 6.4 neither searches qrc:/qt/qml for modules nor has loadFromModule(): add the path, load the URL.
    addImportPath(QStringLiteral("qrc:/qt/qml"));
}

bool WindowEngine::installTranslator(QTranslator &translator, const QLocale &locale)
{
    // Tries each of the locale's UI languages in turn: de_AT falls back to byline_de.qm.
    if (!translator.load(locale, QStringLiteral("byline"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !translator.load(QStringLiteral(":/i18n/byline_en.qm")))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

QQuickWindow *WindowEngine::openWindow(const QString &folder, FolderHistory *history, const QString &photo)
{
    setInitialProperties(
        {{QStringLiteral("initialFolder"), folder}, {QStringLiteral("history"), QVariant::fromValue(history)}});
    const qsizetype before = rootObjects().size();
    load(QUrl(QStringLiteral("qrc:/qt/qml/Byline/qml/Main.qml")));
    auto *window = rootObjects().size() > before ? qobject_cast<QQuickWindow *>(rootObjects().constLast()) : nullptr;
    // Set after loading, not as an initial property: opening the initial folder (Component.onCompleted)
    // clears the current photo. The grid and the detail pane follow it as the folder's rows arrive.
    if (window && !photo.isEmpty())
        window->setProperty("currentPath", photo);
    return window;
}
