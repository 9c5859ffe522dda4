#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

/**
 * Opens a catalog file and makes it usable: WAL, an integrity check, the schema created or migrated. A
 * damaged file, or one written by a newer Byline, is moved aside (with its -wal, -shm and -journal) and
 * a new one made in its place, with a warning; any other failure (locked, read-only, disk full) leaves
 * the file alone and says why.
 */
class CatalogOpener
{
public:
    /**
     * 1: photos(path, folder, size, mtime, record) and aliases. 2: photos.mtime renamed stamp, as it holds
     * the file's change stamp (PhotoFile::metadataStamp()), not a time. 3: paths and alias folders in
     * NativePath's storage form. 4: aliases.spelling and aliases.alias_spelling, the credits as the desk
     * accepted and grouped them (an alias corrects, docs/metadata.md "Credit names in the facet list").
     * 5: credit_book(key, credit, house_line), the desk's credit book (docs/metadata.md, "Credit book and
     * credit line style"). 6: marks(path, folder, rating, label, file_rating, file_label), the desk's
     * ratings and labels not yet written into the files, with the file's when they were made (PendingMark).
     * 7: marks.tagged and marks.file_tagged, Photo Mechanic's tag (the pick) likewise.
     */
    static constexpr int s_schemaVersion = 7;

    struct Result
    {
        bool open = false;
        QString error; // why not open
        QStringList warnings;
    };

    /** @p db is a configured, unopened connection to @p path. */
    CatalogOpener(QSqlDatabase &db, QString path) : m_db(db), m_path(std::move(path)) {}

    [[nodiscard]] Result open();

private:
    /** What opening found: usable, to be moved aside (damaged or newer), or unusable as it is. */
    enum class Health
    {
        Ok,
        Damaged,
        Newer,
        Failed
    };

    [[nodiscard]] Health connect();
    [[nodiscard]] Health configure();
    [[nodiscard]] Health enableWal();
    [[nodiscard]] Health checkIntegrity();
    [[nodiscard]] Health updateSchema();
    [[nodiscard]] int userVersion();
    [[nodiscard]] bool setAside(Health reason);
    Health failed(const QString &what, const QSqlError &error);

    QSqlDatabase &m_db;
    const QString m_path;
    Result m_result;
};
