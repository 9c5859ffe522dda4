#include "catalogsetting.h"

#include "catalog/catalog.h"
#include "catalog/cataloglocation.h"
#include "catalog/catalogprobe.h"

#include <QSettings>

CatalogSetting::CatalogSetting(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_listener, &CatalogListener::connectedChanged, this, &CatalogSetting::connectedChanged);
    m_listener.watch(CatalogLocation::configured());
}

CatalogSetting::~CatalogSetting()
{
    m_pool.waitForDone(); // a test in progress ends within the connection timeout; its answer is dropped
}

void CatalogSetting::applySaved()
{
    if (!qEnvironmentVariableIsEmpty("BYLINE_CATALOG"))
        return;
    const QString saved = QSettings().value(QLatin1String(s_settingKey)).toString();
    if (!saved.isEmpty() && CatalogLocation::parse(saved).problem().isEmpty())
        CatalogLocation::setProcessDefault(saved);
}

QString CatalogSetting::location() const
{
    const QString configured = CatalogLocation::configured();
    return configured.isEmpty() ? QString() : CatalogLocation::parse(configured).display();
}

QString CatalogSetting::given() const
{
    return CatalogLocation::configured();
}

bool CatalogSetting::isShared() const
{
    return CatalogLocation::parse(CatalogLocation::configured()).isPostgres();
}

bool CatalogSetting::fromEnvironment() const
{
    return !qEnvironmentVariableIsEmpty("BYLINE_CATALOG");
}

void CatalogSetting::test(const QString &text)
{
    ++m_tests;
    emit testingChanged();
    m_pool.start([this, text] {
        const CatalogProbe probe =
            CatalogProbe::run(text.trimmed().isEmpty() ? Catalog::defaultPath() : text.trimmed());
        QMetaObject::invokeMethod(
            this,
            [this, text, probe] {
                --m_tests;
                emit testingChanged();
                emit tested(text, probe.reachable, probe.message);
            },
            Qt::QueuedConnection);
    });
}

QString CatalogSetting::use(const QString &text)
{
    const QString location = text.trimmed();
    if (fromEnvironment())
        return tr("BYLINE_CATALOG is set for this session and chooses the catalog: unset it to choose here");
    if (!location.isEmpty()) {
        const CatalogLocation parsed = CatalogLocation::parse(location);
        if (!parsed.isPostgres())
            return tr("A desk catalog is a postgresql:// URL, such as postgresql://alice@db.desk/photos");
        if (!parsed.problem().isEmpty())
            return parsed.problem();
        // Settings are a plain text file: the password belongs in ~/.pgpass (docs/desk.md).
        if (!parsed.password().isEmpty())
            return tr("Leave the password out of the URL and put it in ~/.pgpass: settings are kept as plain text");
    }
    QSettings settings;
    if (location.isEmpty())
        settings.remove(QLatin1String(s_settingKey));
    else
        settings.setValue(QLatin1String(s_settingKey), location);
    CatalogLocation::setProcessDefault(location);
    m_listener.watch(location);
    emit locationChanged();
    emit connectedChanged();
    return {};
}
