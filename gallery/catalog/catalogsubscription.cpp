#include "catalogsubscription.h"

#include "catalog.h"
#include "sqlsupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <atomic>

namespace {

std::atomic<int> s_nextSubscription{0};

} // namespace

CatalogSubscription::CatalogSubscription(CatalogLocation location)
    : m_location(std::move(location)),
      m_connectionName(QStringLiteral("byline-catalog-listener-%1").arg(s_nextSubscription.fetch_add(1)))
{
    m_check->setInterval(s_checkMs);
    m_retry->setInterval(s_retryMs);
    m_retry->setSingleShot(true);
    connect(m_check, &QTimer::timeout, this, &CatalogSubscription::check);
    connect(m_retry, &QTimer::timeout, this, &CatalogSubscription::connectNow);
}

CatalogSubscription::~CatalogSubscription()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void CatalogSubscription::start()
{
    connectNow();
}

void CatalogSubscription::connectNow()
{
    if (!m_db.isValid()) {
        m_db = Catalog::postgresConnection(m_location, m_connectionName);
        if (!m_db.isValid()) {
            drop(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
            return;
        }
        // The driver outlives closing and opening again: connected once.
        connect(m_db.driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    emit notice(payload.toString());
                });
    }
    if (!m_db.open()) {
        drop(SqlSupport::message(m_db.lastError()));
        return;
    }
    if (!m_db.driver()->subscribeToNotification(QLatin1String(s_channel))) {
        drop(SqlSupport::message(m_db.driver()->lastError()));
        return;
    }
    m_connected = true;
    m_tried = true;
    m_check->start();
    emit connectedChanged(true, QString());
}

// The driver does not say when the server goes: a statement does.
void CatalogSubscription::check()
{
    // The driver says it is closed once libpq has seen the server go (on a notice it read).
    if (!m_db.isOpen()) {
        drop(QStringLiteral("the connection to the server was lost"));
        return;
    }
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT 1")))
        return;
    const QString error = SqlSupport::message(query.lastError());
    drop(error.isEmpty() ? QStringLiteral("the connection to the server was lost") : error);
}

void CatalogSubscription::drop(const QString &error)
{
    m_check->stop();
    if (m_db.isOpen())
        m_db.driver()->unsubscribeFromNotification(QLatin1String(s_channel));
    m_db.close(); // also when the driver says it is closed: it still holds libpq's connection until then
    // Said once when the connection goes (or the first one fails), not at every retry.
    if (m_connected || !m_tried)
        emit connectedChanged(false, error);
    m_connected = false;
    m_tried = true;
    m_retry->start();
}
