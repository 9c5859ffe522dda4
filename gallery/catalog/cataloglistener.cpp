#include "cataloglistener.h"

#include "catalog.h"
#include "catalogchannel.h"
#include "cataloglocation.h"

CatalogListener::CatalogListener(QObject *parent) : QObject(parent) {}

CatalogListener::~CatalogListener()
{
    stop();
}

void CatalogListener::watch(const QString &location)
{
    if (location == m_location && (m_channel || location.isEmpty()))
        return;
    stop();
    m_location = location;
    const CatalogLocation parsed = CatalogLocation::parse(location);
    if (!parsed.isPostgres() || !parsed.problem().isEmpty())
        return;
    m_channel = CatalogChannel::of(location);
    connect(m_channel.get(), &CatalogChannel::notice, this, &CatalogListener::receive);
    connect(m_channel.get(), &CatalogChannel::connectedChanged, this, &CatalogListener::setConnected);
    if (m_channel->hasReported()) // another listener's channel, already connected or not
        setConnected(m_channel->isConnected(), m_channel->errorString());
}

void CatalogListener::stop()
{
    if (m_channel)
        disconnect(m_channel.get(), nullptr, this, nullptr);
    m_channel.reset(); // the last listener of a catalog closes its channel
    m_connected = m_reported = false;
}

bool CatalogListener::isConnected() const
{
    return m_connected;
}

QString CatalogListener::errorString() const
{
    return m_channel ? m_channel->errorString() : QString();
}

void CatalogListener::receive(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char('\t'));
    if (parts.size() != 3 || parts[0] == Catalog::processOrigin())
        return;
    emit changed(parts[1], parts[2]);
}

void CatalogListener::setConnected(bool connected, const QString &)
{
    const bool first = !m_reported;
    m_reported = true;
    if (!first && connected == m_connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
    if (connected && !first)
        emit changed(QString(), QString()); // back: what was announced meanwhile is lost
}
