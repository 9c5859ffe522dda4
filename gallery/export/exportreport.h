#pragma once

#include "metadata/photorecord.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * What an export did, file by file: for each selected photo whether it was exported, failed or never
 * started (cancelled), why, and every file written for it (final path, size, SHA-256). A copyable
 * value: it crosses from the workers to the window by copy.
 */
struct ExportReport
{
    struct Output
    {
        enum class Kind
        {
            Original,
            Sidecar,
            Resized,
            Sheet,
            Manifest,
            Companion // a RAW+JPEG pair's RAW, copied byte for byte beside its JPEG's original
        };
        Kind kind = Kind::Original;
        QString path; // final path, complete and verified
        qint64 size = 0;
        QByteArray sha256; // lower-case hex

        friend bool operator==(const Output &, const Output &) = default;
    };

    struct Photo
    {
        enum class Status
        {
            NotStarted,
            Exported,
            Failed
        };
        PhotoRecord record; // what the export was asked to carry
        int number = 0;     // 1-based place in the selection, the {n} of file names
        Status status = Status::NotStarted;
        QStringList errors;        // for Failed; NotStarted says "cancelled"
        QList<Output> outputs;     // every file written for this photo, even when another part failed
        QByteArray sheetThumbnail; // a small JPEG for the caption sheet, when one embeds them
        QStringList warnings;      // metadata of the original that its resized copy could not carry

        [[nodiscard]] const Output *output(Output::Kind kind) const;
    };

    QList<Photo> photos;
    QList<Output> documents; // the caption sheet and the manifests
    QStringList errors;      // about the export as a whole (a bad option, the sheet that could not be written)
    bool cancelled = false;

    [[nodiscard]] int count(Photo::Status status) const;
    /** Nothing failed, nothing was left out and no export-wide error. */
    [[nodiscard]] bool succeeded() const;
    /** Human-readable lines: what was written, then what was not and why. */
    [[nodiscard]] QString summary() const;
};

Q_DECLARE_METATYPE(ExportReport)
