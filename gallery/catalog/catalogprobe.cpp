#include "catalogprobe.h"

#include "catalog.h"
#include "postgresopener.h"
#include "sqlsupport.h"

#include <QLocale>
#include <QSqlQuery>

#include <atomic>

namespace {

std::atomic<int> s_nextProbe{0};

QString where(const CatalogLocation &location)
{
    const QString host = location.host().isEmpty() ? QStringLiteral("this computer") : location.host();
    return QStringLiteral("“%1” on %2")
        .arg(location.database().isEmpty() ? QStringLiteral("the service's database") : location.database(), host);
}

CatalogProbe probePostgres(const CatalogLocation &location)
{
    const QString name = QStringLiteral("byline-catalog-probe-%1").arg(s_nextProbe.fetch_add(1));
    CatalogProbe probe;
    {
        QSqlDatabase db = Catalog::postgresConnection(location, name);
        if (!db.isValid()) {
            probe.message =
                QStringLiteral("the Qt PostgreSQL driver (Debian package libqt6sql6-psql) is not installed");
        } else if (!db.open()) {
            probe.message = QStringLiteral("cannot connect: %1").arg(SqlSupport::message(db.lastError()));
        } else {
            probe.reachable = true;
            QSqlQuery query(db);
            const bool made =
                query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM pg_catalog.pg_tables WHERE "
                                          "schemaname = current_schema() AND tablename = 'byline_schema')")) &&
                query.next() && query.value(0).toBool();
            int version = 0;
            qint64 photos = -1;
            if (made && query.exec(QStringLiteral("SELECT max(version) FROM byline_schema")) && query.next())
                version = query.value(0).toInt();
            if (made && version <= PostgresOpener::s_schemaVersion &&
                query.exec(QStringLiteral("SELECT count(*) FROM photos")) && query.next())
                photos = query.value(0).toLongLong();
            if (!made)
                probe.message = QStringLiteral("Connected to %1: there is no Byline catalog there yet. Byline sets it "
                                               "up when first used (the role must be allowed to create tables).")
                                    .arg(where(location));
            else if (version > PostgresOpener::s_schemaVersion)
                probe.message = QStringLiteral("Connected to %1, but its catalog was set up by a newer Byline (catalog "
                                               "version %2): update Byline to use it.")
                                    .arg(where(location))
                                    .arg(version);
            else
                probe.message = QStringLiteral("Connected to %1: a desk catalog of %2 photo records.")
                                    .arg(where(location), QLocale().toString(qMax<qint64>(photos, 0)));
            probe.reachable = made ? version <= PostgresOpener::s_schemaVersion : true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

} // namespace

CatalogProbe CatalogProbe::run(const QString &text)
{
    const CatalogLocation location = CatalogLocation::parse(text);
    if (!location.problem().isEmpty())
        return {false, location.problem()};
    if (location.isPostgres())
        return probePostgres(location);
    const Catalog catalog(location);
    if (!catalog.isOpen())
        return {false, catalog.errorString()};
    return {true, QStringLiteral("A catalog on this computer: %1").arg(location.display())};
}
