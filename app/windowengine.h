#pragma once

#include <QQmlApplicationEngine>

class FolderHistory;
class QLocale;
class QQuickWindow;
class QTranslator;

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

    /** Loads the window's translation for @p locale (:/i18n/byline_<language>.qm) into @p translator and
     *  installs it. A language without one gets English (byline_en.qm), whose plural forms turn
     *  "%n photo(s)" into "1 photo" and "3 photos". False, and nothing installed, when neither loads. */
    static bool installTranslator(QTranslator &translator, const QLocale &locale);

    /** Creates the main window on @p folder ("" for none), showing @p photo first when one is given;
     *  returns it, or nullptr when QML failed to load (the engine has printed why). */
    QQuickWindow *openWindow(const QString &folder, FolderHistory *history, const QString &photo = {});
};
