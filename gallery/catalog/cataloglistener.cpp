#include "cataloglistener.h"

#include "catalog.h"
#include "cataloglocation.h"
#include "catalogsubscription.h"

CatalogListener::CatalogListener(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("catalog listener"));
}

CatalogListener::~CatalogListener()
{
    stop();
}

void CatalogListener::watch(const QString &location)
{
    if (location == m_location && (m_subscription || location.isEmpty()))
        return;
    stop();
    m_location = location;
    const CatalogLocation parsed = CatalogLocation::parse(location);
    if (!parsed.isPostgres() || !parsed.problem().isEmpty())
        return;
    m_subscription = new CatalogSubscription(parsed);
    m_subscription->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_subscription, &QObject::deleteLater);
    connect(m_subscription, &CatalogSubscription::notice, this, &CatalogListener::receive);
    connect(m_subscription, &CatalogSubscription::connectedChanged, this, &CatalogListener::setConnected);
    m_thread.start();
    QMetaObject::invokeMethod(m_subscription, &CatalogSubscription::start, Qt::QueuedConnection);
}

void CatalogListener::stop()
{
    if (!m_subscription)
        return;
    m_thread.quit();
    m_thread.wait(); // the subscription is deleted as the thread finishes
    m_subscription = nullptr;
    m_connected = m_reported = false;
}

void CatalogListener::receive(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char('\t'));
    if (parts.size() != 3 || parts[0] == Catalog::processOrigin())
        return;
    emit changed(parts[1], parts[2]);
}

void CatalogListener::setConnected(bool connected, const QString &error)
{
    m_error = error;
    const bool first = !m_reported;
    m_reported = true;
    if (!first && connected == m_connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
    if (connected && !first)
        emit changed(QString(), QString()); // back: what was announced meanwhile is lost
}
