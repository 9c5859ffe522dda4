#include "appsupport.h"
#include "folderhistory.h"
#include "windowengine.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

// The Gallery and Byline QML modules are linked statically; this registers their types.
Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// byline [FOLDER]: without a folder, the one opened last; on the first run, the bundled sample.
int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    AppSupport::initialize(QStringLiteral("Byline"));
    QGuiApplication::setDesktopFileName(QStringLiteral("byline"));

    FolderHistory history;
    const QString folder = history.startFolder(app.arguments(), AppSupport::sampleGalleryPath());
    WindowEngine engine;
    if (!engine.openWindow(folder, &history))
        return 1;
    return app.exec();
}
