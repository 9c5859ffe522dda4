#pragma once

#include <QString>
#include <QStringList>

/**
 * Where a catalog is: a SQLite file (the default, private to one user) or a PostgreSQL database a desk
 * shares, given as a libpq-style URL:
 *
 *   postgresql://[user[:password]@][host][:port]/database[?sslmode=require&service=desk&...]
 *
 * A host may also be given as ?host=/path (a Unix-socket folder), as libpq allows. Whatever the URL
 * leaves out libpq takes from its usual places: PGHOST, PGUSER, ~/.pgpass (or PGPASSFILE) for the
 * password, pg_service.conf for a ?service= (docs/desk.md). A password in the URL works but is never
 * shown: display() leaves it out, and so does every message made from it.
 */
class CatalogLocation
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    CatalogLocation() = default;
    /** A URL starting postgresql:// or postgres:// is a PostgreSQL database; anything else a SQLite file. */
    [[nodiscard]] static CatalogLocation parse(const QString &text);

    /**
     * The catalog every window and command uses unless told otherwise: the one set for this process
     * (byline-cli --catalog), else BYLINE_CATALOG, else the cache folder's catalog.sqlite.
     */
    [[nodiscard]] static CatalogLocation standard();
    /** The catalog set for this process or by BYLINE_CATALOG, as given; empty when neither (then the
     *  cache folder's). Touches no disk, unlike standard(). */
    [[nodiscard]] static QString configured();
    /** Sets the process's catalog (empty: back to BYLINE_CATALOG or the cache folder's). */
    static void setProcessDefault(const QString &text);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isPostgres() const { return m_kind == Kind::Postgres; }
    /** Why the text is no usable location (a URL without a database, an unknown option); empty when fine. */
    [[nodiscard]] QString problem() const { return m_problem; }

    /** The SQLite file, or the text given for a PostgreSQL database (password and all: never print it). */
    [[nodiscard]] QString text() const { return m_text; }
    /** The location as it may be shown and logged: the file, or the URL without its password. */
    [[nodiscard]] QString display() const;

    // A PostgreSQL database's connection, as QPSQL takes it (empty or -1: libpq's default).
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QString database() const { return m_database; }
    /** The libpq options of the URL's query (sslmode=require, service=desk...), "key=value" each. */
    [[nodiscard]] QStringList options() const { return m_options; }

    friend bool operator==(const CatalogLocation &, const CatalogLocation &) = default;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_text;
    QString m_problem;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_database;
    QStringList m_options;
};
