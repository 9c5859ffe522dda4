#pragma once

#include "catalog/cataloglistener.h"

#include <QObject>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

/**
 * The window's catalog setting (docs/desk.md): which catalog this computer uses, the private SQLite file
 * or a desk's PostgreSQL database, a connection test before switching, and whether a desk catalog can
 * be reached right now. The setting is kept in QSettings (catalog/location) and applied at start-up by
 * applySaved(); BYLINE_CATALOG, when set, wins for the session and the setting then says so.
 */
class CatalogSetting : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /** The catalog in use, as it may be shown (a URL without its password). */
    Q_PROPERTY(QString location READ location NOTIFY locationChanged)
    /** The catalog in use, as it was given (for the text field; may hold a password). */
    Q_PROPERTY(QString given READ given NOTIFY locationChanged)
    Q_PROPERTY(bool shared READ isShared NOTIFY locationChanged)
    /** BYLINE_CATALOG is set: it chooses the catalog for this session, whatever is set here. */
    Q_PROPERTY(bool fromEnvironment READ fromEnvironment CONSTANT)
    /** A desk catalog in use answers (always true for the private one). */
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
    Q_PROPERTY(QString connectionError READ connectionError NOTIFY connectedChanged)
    Q_PROPERTY(bool testing READ isTesting NOTIFY testingChanged)

public:
    explicit CatalogSetting(QObject *parent = nullptr);
    ~CatalogSetting() override;

    /** At start-up, before any catalog is opened: the saved setting, unless BYLINE_CATALOG is set. */
    static void applySaved();

    [[nodiscard]] QString location() const;
    [[nodiscard]] QString given() const;
    [[nodiscard]] bool isShared() const;
    [[nodiscard]] bool fromEnvironment() const;
    [[nodiscard]] bool isConnected() const { return !m_listener.isListening() || m_listener.isConnected(); }
    [[nodiscard]] QString connectionError() const { return m_listener.errorString(); }
    [[nodiscard]] bool isTesting() const { return m_tests > 0; }

    /** Tries @p text (a postgresql:// URL, or "" for this computer's catalog) off the GUI thread; tested() follows. */
    Q_INVOKABLE void test(const QString &text);
    /** Uses @p text from now on, and keeps it for the next start; "" when done, else why not. */
    Q_INVOKABLE QString use(const QString &text);

signals:
    void locationChanged();
    void connectedChanged();
    void testingChanged();
    /** The answer to test(@p text): whether it can be used, and what was found or why not. */
    void tested(const QString &text, bool usable, const QString &message);

private:
    static constexpr const char *s_settingKey = "catalog/location";

    QThreadPool m_pool; // one thread: tests answer in the order they were asked
    int m_tests = 0;
    CatalogListener m_listener;
};
