#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

/**
 * A real PostgreSQL server of the tests' own: a new cluster (initdb) in a temporary folder, listening
 * only on a Unix socket in that folder, run as the `postgres` user when the tests run as root (initdb
 * refuses root), stopped and removed at the end. Nothing of the machine's own PostgreSQL is used but
 * its binaries (Debian's postgresql package).
 *
 * The catalog tests share one server a ctest fixture starts (byline-test-postgres start DIR; the folder is
 * BYLINE_TEST_POSTGRES) and give each test case a database of its own; tests that stop and restart a
 * server start their own.
 */
class PostgresServer
{
public:
    /** Starts a new server; null, with @p error said, when PostgreSQL is not installed or will not start. */
    [[nodiscard]] static std::unique_ptr<PostgresServer> start(QString &error);
    /** Starts a new server in @p folder (made, emptied first) that outlives this process; see stopIn(). */
    [[nodiscard]] static bool startIn(const QString &folder, QString &error);
    /** Stops the server startIn() started in @p folder, and removes the folder. */
    static bool stopIn(const QString &folder, QString &error);
    /** The server the ctest fixture started (BYLINE_TEST_POSTGRES), or null when there is none. */
    [[nodiscard]] static std::unique_ptr<PostgresServer> shared();

    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /** A new, empty database on this server; its postgresql:// URL, or empty with @p error said. */
    [[nodiscard]] QString createDatabase(QString &error) const;
    /** The URL of database @p name on this server (as the postgres user, over the socket). */
    [[nodiscard]] QString url(const QString &name) const;

    /** Stops the server (fast shutdown: open connections are cut) or starts it again, waiting for it. */
    bool stop();
    bool restart();

private:
    PostgresServer(QString folder, bool owned) : m_folder(std::move(folder)), m_owned(owned) {}

    [[nodiscard]] QString dataFolder() const { return m_folder + QStringLiteral("/data"); }
    [[nodiscard]] QString socketFolder() const { return m_folder + QStringLiteral("/socket"); }

    QString m_folder;
    bool m_owned; // stopped and removed with this object
    std::unique_ptr<QTemporaryDir> m_temporary;
};
