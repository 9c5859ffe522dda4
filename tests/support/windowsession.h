#pragma once

#include "folderhistory.h"
#include "models/photofiltermodel.h"
#include "models/photomodel.h"
#include "windowengine.h"

#include <catch2/catch.hpp>

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

// What the window tests share: the real window as `byline` builds it, found items, and input.

/** The item named @p objectName under @p root in the visual tree, or null. */
QQuickItem *findItem(QQuickItem *root, const QString &objectName);
/** The item named @p objectName in @p window's visual tree (delegates and popups are not QObject children). */
QQuickItem *item(QQuickWindow *window, const QString &objectName);
/** The item named @p objectName once it is shown (up to 5 s); REQUIREs that it is. */
QQuickItem *visibleItem(QQuickWindow *window, const QString &objectName);
/** A left click at the centre of @p target. */
void click(QQuickWindow *window, QQuickItem *target, Qt::KeyboardModifiers modifiers = {});
/** Types @p text key by key (QTest::keyClicks() takes widgets only). */
void typeText(QQuickWindow *window, const QString &text);
/** The grid's tile of the photo named @p fileName, scrolled into view; REQUIREs that it is there. */
QQuickItem *tileInView(QQuickWindow *window, const PhotoFilterModel &filter, const QString &fileName);
/** The paths the filter shows, in its order. */
QStringList shownPaths(const PhotoFilterModel &filter);

/**
 * One window test's session: its own settings, every warning Qt or QML prints while it runs, and the
 * real window as `byline` builds it (WindowEngine), with its models.
 */
class WindowSession
{
public:
    WindowSession();
    ~WindowSession();
    WindowSession(const WindowSession &) = delete;
    WindowSession &operator=(const WindowSession &) = delete;

    /** Opens @p folder, with @p photo current when given, and waits until the window is shown. */
    QQuickWindow *open(const QString &folder, const QString &photo = {});
    void waitForScan() const;

    template<typename T>
    [[nodiscard]] T *find(const char *objectName) const
    {
        REQUIRE(m_window);
        T *found = m_window->findChild<T *>(QString::fromLatin1(objectName));
        REQUIRE(found);
        return found;
    }
    [[nodiscard]] PhotoModel *photos() const { return find<PhotoModel>("photos"); }
    [[nodiscard]] PhotoFilterModel *filter() const { return find<PhotoFilterModel>("photoFilter"); }
    [[nodiscard]] FolderHistory &history() const { return *m_history; }

    /** Closes the window and ends the engine, as quitting does: what it remembers is then saved. */
    void closeWindow();
    /** CHECKs that nothing printed a warning since the session began. */
    static void checkNoWarnings();

private:
    QTemporaryDir m_settings;
    QTranslator m_translator; // as byline installs it: the plural forms at least
    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<FolderHistory> m_history;
    std::unique_ptr<WindowEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};
