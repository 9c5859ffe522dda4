#pragma once

#include "metadata/photorecord.h"

#include <QHash>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

/**
 * A source folder of real JPEGs with captions and credits, and an empty destination, for the export
 * tests. Remembers the SHA-256 of every source file so a test can require that no export touched an
 * original (checkOriginalsUnchanged(), which the destructor also runs).
 */
class ExportFixture
{
public:
    ExportFixture();
    ~ExportFixture();

    /** Adds a photo with every field set (caption ends with no credit); returns its record as read. */
    PhotoRecord add(const QString &name, const QString &caption, const QString &credit, QSize size = {320, 240});
    /** Adds a photo whose only credit is a "Credit: X" line at the end of @p caption. */
    PhotoRecord addInferred(const QString &name, const QString &caption, QSize size = {320, 240});
    /** Adds a NEF-like RAW named @p rawName as the RAW+JPEG companion of the photo added last: that
     *  photo's record becomes the pair's (RawCompanionMerge), as a scan makes it; returns it. */
    PhotoRecord addRawCompanion(const QString &rawName);
    /** Tracks a file the test put in the source folder (a sidecar), so no export may change it. */
    void track(const QString &path);
    /** Every file under the source folder, relative, sorted. */
    [[nodiscard]] QStringList sourceFiles() const;
    /** Reads the file again (after a test changed it). */
    [[nodiscard]] static PhotoRecord read(const QString &path);

    [[nodiscard]] QString source() const { return m_source.path(); }
    [[nodiscard]] QString destination() const { return m_destination.path(); }
    [[nodiscard]] QList<PhotoRecord> records() const { return m_records; }
    /** Every file under the destination (recursive), relative, sorted. */
    [[nodiscard]] QStringList destinationFiles() const;
    [[nodiscard]] static QStringList filesUnder(const QString &folder);

    /** REQUIREs that every source file still has the SHA-256 it had when added. */
    void checkOriginalsUnchanged() const;
    /** Stops tracking @p path (a test removes it on purpose). */
    void forget(const QString &path) { m_sourceDigests.remove(path); }

private:
    void remember(const QString &path);

    QTemporaryDir m_source;
    QTemporaryDir m_destination;
    QList<PhotoRecord> m_records;
    QHash<QString, QByteArray> m_sourceDigests;
};

/** The SHA-256 of a file, lower-case hex; REQUIREs that it can be read. */
QByteArray sha256Of(const QString &path);
