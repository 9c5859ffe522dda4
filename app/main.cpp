#include "appsupport.h"

#include "thumbnails/thumbnailprovider.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>

// The Gallery QML module is linked statically; this registers its types.
Q_IMPORT_QML_PLUGIN(GalleryPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    AppSupport::initialize(QStringLiteral("Byline"));

    const QStringList arguments = app.arguments();
    const QString folder = arguments.size() > 1 ? QDir(arguments.at(1)).absolutePath()
                                                : AppSupport::sampleGalleryPath();

    QQmlApplicationEngine engine;
    engine.addImageProvider(QStringLiteral("thumb"), new ThumbnailProvider); // the engine owns it
    // Qt 6.4 neither searches qrc:/qt/qml for modules nor has loadFromModule(): add the path, load the URL.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("folder"), folder}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Byline/qml/Main.qml")));
    return app.exec();
}
