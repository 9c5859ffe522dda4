#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

class CatalogSubscription;

/**
 * One process's connection to a desk catalog's channel (byline_catalog), shared by every
 * CatalogListener of that catalog: a window's photo model, its credit book and its catalog setting
 * listen on one connection, not three (a desk of twenty editors stays far from the server's
 * connection limit). It runs a CatalogSubscription in a thread of its own and lives in the thread that
 * asked for it, which must be the same for every listener (the GUI thread).
 */
class CatalogChannel : public QObject
{
    Q_OBJECT

public:
    /** The channel of @p location (a postgresql:// URL), started on first use and shared until the last
     *  listener lets go. */
    [[nodiscard]] static std::shared_ptr<CatalogChannel> of(const QString &location);

    ~CatalogChannel() override;

    /** Whether the subscription has said yet if it is connected; until then isConnected() is false. */
    [[nodiscard]] bool hasReported() const { return m_reported; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] QString errorString() const { return m_error; }

signals:
    void notice(const QString &payload);
    void connectedChanged(bool connected, const QString &error);

private:
    explicit CatalogChannel(const QString &location);
    void setConnected(bool connected, const QString &error);

    QThread m_thread;
    CatalogSubscription *m_subscription = nullptr; // lives in m_thread, deleted as it finishes
    bool m_reported = false;
    bool m_connected = false;
    QString m_error;
};
