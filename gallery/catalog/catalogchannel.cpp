#include "catalogchannel.h"

#include "cataloglocation.h"
#include "catalogsubscription.h"

#include <QHash>

#include <memory>

namespace {

// Only the GUI thread asks for channels (CatalogListener lives there): no lock.
QHash<QString, std::weak_ptr<CatalogChannel>> &channels()
{
    static QHash<QString, std::weak_ptr<CatalogChannel>> s_channels;
    return s_channels;
}

} // namespace

std::shared_ptr<CatalogChannel> CatalogChannel::of(const QString &location)
{
    if (std::shared_ptr<CatalogChannel> open = channels().value(location).lock())
        return open;
    std::shared_ptr<CatalogChannel> channel(new CatalogChannel(location));
    channels().insert(location, channel);
    return channel;
}

CatalogChannel::CatalogChannel(const QString &location)
{
    m_thread.setObjectName(QStringLiteral("catalog listener"));
    m_subscription = new CatalogSubscription(CatalogLocation::parse(location));
    m_subscription->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_subscription, &QObject::deleteLater);
    connect(m_subscription, &CatalogSubscription::notice, this, &CatalogChannel::notice);
    connect(m_subscription, &CatalogSubscription::connectedChanged, this, &CatalogChannel::setConnected);
    m_thread.start();
    QMetaObject::invokeMethod(m_subscription, &CatalogSubscription::start, Qt::QueuedConnection);
}

CatalogChannel::~CatalogChannel()
{
    m_thread.quit();
    m_thread.wait(); // the subscription is deleted as the thread finishes
}

void CatalogChannel::setConnected(bool connected, const QString &error)
{
    m_reported = true;
    m_connected = connected;
    m_error = error;
    emit connectedChanged(connected, error);
}
