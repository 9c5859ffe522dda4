#pragma once

#include <QQmlApplicationEngine>

class FolderHistory;
class QQuickWindow;

/**
 * The QML engine of the Byline window, prepared the same way for the program and the QML smoke test:
 * the image providers (image://thumb, image://photo), the import path of the compiled-in modules, and the
 * window's initial properties.
 */
class WindowEngine : public QQmlApplicationEngine
{
    Q_OBJECT

public:
    explicit WindowEngine(QObject *parent = nullptr);

    /** Creates the main window on @p folder ("" for none); returns it, or nullptr when QML failed to load
     *  (the engine has printed why). */
    QQuickWindow *openWindow(const QString &folder, FolderHistory *history);
};
