#pragma once

#include <QObject>
#include <QString>

#include <memory>

class CatalogChannel;

/**
 * Tells when another Byline (another window, another editor's machine, byline-cli) changed a desk
 * catalog: its writes are announced on PostgreSQL's channel byline_catalog (Catalog::announce), and this
 * listens through the process's CatalogChannel of that catalog, a connection in a thread of its own, so
 * that neither connecting nor a server that has gone ever holds up the thread that owns the listener. Changes made
 * by this process are left out: its own models already show them. A SQLite catalog has no such
 * channel: watch() then does nothing, and the window keeps re-reading it when it is activated.
 *
 * When the connection is lost, connectedChanged(false) comes within about a second and the listener
 * connects again by itself; once back, changed() reports everything ("" for both), since what was
 * announced meanwhile is lost.
 */
class CatalogListener : public QObject
{
    Q_OBJECT

public:
    explicit CatalogListener(QObject *parent = nullptr);
    ~CatalogListener() override;

    /** Listens to the catalog at @p location (a postgresql:// URL; anything else stops listening). */
    void watch(const QString &location);
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] bool isListening() const { return m_channel != nullptr; }
    [[nodiscard]] bool isConnected() const;
    /** Why the catalog cannot be reached, while it cannot. */
    [[nodiscard]] QString errorString() const;

signals:
    /** @p kind is "photos", "aliases", "marks" or "book" ("" for everything); @p folder where ("" for all). */
    void changed(const QString &kind, const QString &folder);
    void connectedChanged(bool connected);

private:
    void stop();
    void receive(const QString &payload);
    void setConnected(bool connected, const QString &error);

    QString m_location;
    std::shared_ptr<CatalogChannel> m_channel;
    bool m_connected = false;
    bool m_reported = false; // the channel has said whether it is connected
};
