#include "appsupport.h"
#include "folderhistory.h"
#include "models/catalogsetting.h"
#include "windowengine.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

// The Gallery and Byline QML modules are linked statically; this registers their types.
Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// byline [FOLDER | PHOTO]: a photo opens its folder with that photo shown; without an argument, the
// folder opened last; on the first run, the bundled sample.
int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    AppSupport::initialize(QStringLiteral("Byline"));
    CatalogSetting::applySaved(); // the desk catalog chosen in the window, before anything opens a catalog
    QTranslator translator;       // before any QML loads: qsTr() reads it as the window is built
    WindowEngine::installTranslator(translator, QLocale());
    // The installed packaging/io.github.byline.Byline.desktop: the window's icon and name in the task bar.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.byline.Byline"));

    FolderHistory history;
    const QString folder = history.startFolder(app.arguments(), AppSupport::sampleGalleryPath());
    WindowEngine engine;
    if (!engine.openWindow(folder, &history, FolderHistory::startPhoto(app.arguments())))
        return 1;
    return app.exec();
}
