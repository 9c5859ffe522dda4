#pragma once

#include "cataloglocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

/**
 * The connection CatalogListener listens on: LISTEN byline_catalog on a PostgreSQL connection of its own,
 * living in the listener's thread (Qt's driver reads notifications from the socket, so the thread runs an
 * event loop). It checks the connection every s_checkMs and, once it is lost, connects again every
 * s_retryMs until the server answers.
 */
class CatalogSubscription : public QObject
{
    Q_OBJECT

public:
    static constexpr int s_checkMs = 1000;
    static constexpr int s_retryMs = 2000;
    /** The channel every Byline announces its writes on (Catalog::announce). */
    static constexpr const char *s_channel = "byline_catalog";

    explicit CatalogSubscription(CatalogLocation location);
    ~CatalogSubscription() override;

    /** Connects and listens; called in the subscription's thread. */
    void start();

signals:
    void notice(const QString &payload);
    /** The server is reachable and listened to (true), or the connection was lost or refused (false). */
    void connectedChanged(bool connected, const QString &error);

private:
    void connectNow();
    void check();
    void drop(const QString &error);

    const CatalogLocation m_location;
    const QString m_connectionName;
    QSqlDatabase m_db;
    // Children, so that they move to the listener's thread with the subscription.
    QTimer *m_check = new QTimer(this);
    QTimer *m_retry = new QTimer(this);
    bool m_connected = false;
    bool m_tried = false;
};
