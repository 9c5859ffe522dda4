#include "cataloglocation.h"

#include <QDir>
#include <QMutex>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

// The libpq connection keywords a URL's query may carry. Others are refused rather than passed on: a
// typing error ("sslmod=require") would otherwise connect without what the user asked for.
const char *const s_libpqOptions[] = {"sslmode",
                                      "sslrootcert",
                                      "sslcert",
                                      "sslkey",
                                      "sslcrl",
                                      "service",
                                      "passfile",
                                      "connect_timeout",
                                      "options",
                                      "application_name",
                                      "target_session_attrs",
                                      "keepalives",
                                      "keepalives_idle",
                                      "gssencmode",
                                      "channel_binding"};

QMutex s_processDefaultMutex;
QString s_processDefault; // byline-cli --catalog

bool isLibpqOption(const QString &key)
{
    return std::any_of(std::begin(s_libpqOptions), std::end(s_libpqOptions),
                       [&key](const char *option) { return key == QLatin1String(option); });
}

QString cacheCatalog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    return folder + QStringLiteral("/catalog.sqlite");
}

} // namespace

CatalogLocation CatalogLocation::parse(const QString &text)
{
    CatalogLocation location;
    location.m_text = text;
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://")))
        return location;
    location.m_kind = Kind::Postgres;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        location.m_problem =
            QStringLiteral("not a PostgreSQL URL (postgresql://user@host:port/database): %1").arg(url.errorString());
        return location;
    }
    location.m_host = url.host();
    location.m_port = url.port();
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("dbname"))
            location.m_database = value;
        else if (isLibpqOption(key))
            location.m_options.append(QStringLiteral("%1=%2").arg(key, value));
        else
            location.m_problem = QStringLiteral("unknown PostgreSQL option \"%1\" in the catalog URL").arg(key);
    }
    const bool service = query.hasQueryItem(QStringLiteral("service"));
    if (location.m_database.isEmpty() && !service && location.m_problem.isEmpty())
        location.m_problem = QStringLiteral("the catalog URL names no database (postgresql://host/DATABASE)");
    return location;
}

QString CatalogLocation::configured()
{
    {
        const QMutexLocker lock(&s_processDefaultMutex);
        if (!s_processDefault.isEmpty())
            return s_processDefault;
    }
    return qEnvironmentVariable("BYLINE_CATALOG");
}

CatalogLocation CatalogLocation::standard()
{
    const QString given = configured();
    return parse(given.isEmpty() ? cacheCatalog() : given);
}

void CatalogLocation::setProcessDefault(const QString &text)
{
    const QMutexLocker lock(&s_processDefaultMutex);
    s_processDefault = text;
}

QString CatalogLocation::display() const
{
    if (!isPostgres())
        return m_text;
    QUrl url(m_text);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}
