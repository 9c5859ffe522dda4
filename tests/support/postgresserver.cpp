#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Debian installs the server's programs under /usr/lib/postgresql/VERSION/bin: the newest one.
QString serverBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

// initdb and the server refuse to run as root: as root, they run as the postgres user, which must then
// own the folder.
bool asRoot()
{
    return ::geteuid() == 0;
}

bool giveToServer(const QString &path)
{
    if (!asRoot())
        return true;
    const passwd *user = ::getpwnam("postgres");
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

bool run(const QString &program, const QStringList &arguments, QString &error, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        error = QStringLiteral("%1 failed: %2 %3")
                    .arg(QFileInfo(program).fileName(), process.errorString(),
                         QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool pgCtl(const QString &folder, const QStringList &arguments, QString &error)
{
    const QString bin = serverBinaries();
    return run(bin + QStringLiteral("/pg_ctl"),
               QStringList{QStringLiteral("-D"), folder + QStringLiteral("/data"), QStringLiteral("-l"),
                           folder + QStringLiteral("/server.log"), QStringLiteral("-w")} +
                   arguments,
               error);
}

bool startServer(const QString &folder, QString &error)
{
    // Only a socket in the folder: no TCP port to collide with another server or test. fsync off: a
    // test's cluster does not outlive a crash of the machine.
    return pgCtl(folder,
                 {QStringLiteral("-o"),
                  QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c max_connections=200")
                      .arg(folder + QStringLiteral("/socket")),
                  QStringLiteral("start")},
                 error);
}

} // namespace

bool PostgresServer::startIn(const QString &folder, QString &error)
{
    const QString bin = serverBinaries();
    if (bin.isEmpty()) {
        error = QStringLiteral("PostgreSQL is not installed (Debian package postgresql)");
        return false;
    }
    // A run that was interrupted may have left its server running here: stop it before starting anew.
    if (QFileInfo::exists(folder + QStringLiteral("/data/postmaster.pid"))) {
        QString ignored;
        pgCtl(folder, {QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}, ignored);
    }
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder + QStringLiteral("/socket")) ||
        !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                           QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther) ||
        !giveToServer(folder) || !giveToServer(folder + QStringLiteral("/socket"))) {
        error = QStringLiteral("cannot make the server's folder %1").arg(folder);
        return false;
    }
    return run(bin + QStringLiteral("/initdb"),
               {QStringLiteral("-D"), folder + QStringLiteral("/data"), QStringLiteral("-A"), QStringLiteral("trust"),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
               error) &&
           startServer(folder, error);
}

bool PostgresServer::stopIn(const QString &folder, QString &error)
{
    const bool stopped = pgCtl(folder, {QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")}, error);
    QDir(folder).removeRecursively();
    return stopped;
}

std::unique_ptr<PostgresServer> PostgresServer::start(QString &error)
{
    auto temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/byline-pg-XXXXXX"));
    if (!temporary->isValid()) {
        error = QStringLiteral("cannot make a temporary folder");
        return nullptr;
    }
    if (!startIn(temporary->path(), error))
        return nullptr;
    std::unique_ptr<PostgresServer> server(new PostgresServer(temporary->path(), true));
    server->m_temporary = std::move(temporary);
    return server;
}

std::unique_ptr<PostgresServer> PostgresServer::shared()
{
    const QString folder = qEnvironmentVariable("BYLINE_TEST_POSTGRES");
    if (folder.isEmpty() || !QFileInfo::exists(folder + QStringLiteral("/socket")))
        return nullptr;
    return std::unique_ptr<PostgresServer>(new PostgresServer(folder, false));
}

PostgresServer::~PostgresServer()
{
    if (!m_owned)
        return;
    QString error;
    stopIn(m_folder, error);
}

QString PostgresServer::url(const QString &name) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=postgres").arg(name, socketFolder());
}

QString PostgresServer::createDatabase(QString &error) const
{
    const QString name = QStringLiteral("byline_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    const QString connection = QStringLiteral("byline-test-admin-") + name;
    bool made = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketFolder());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            error = QStringLiteral("cannot reach the test server: %1").arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            made = query.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!made)
                error = QStringLiteral("cannot make a database: %1").arg(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return made ? url(name) : QString();
}

bool PostgresServer::stop()
{
    QString error;
    return pgCtl(m_folder, {QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")}, error);
}

bool PostgresServer::restart()
{
    QString error;
    return startServer(m_folder, error);
}
