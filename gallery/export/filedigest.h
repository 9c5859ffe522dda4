#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

/** The size and SHA-256 of a file's bytes, as the export's verification and manifests state them. */
struct FileDigest
{
    qint64 size = 0;
    QByteArray sha256; // lower-case hex
    QString error;     // why the file could not be read; the digest is empty then

    /** Reads @p path in 1 MiB chunks. */
    [[nodiscard]] static FileDigest of(const QString &path);
    /** The digest of bytes already in memory. */
    [[nodiscard]] static FileDigest of(const QByteArray &bytes);
};
