#pragma once

#include "exportreport.h"

#include <QString>

#include <atomic>

/**
 * Copies an original byte for byte into the destination: read once, written to a StagedFile, then
 * verified (the copy's size and SHA-256, read back from the written file, must equal the source's as
 * read) before it takes its final name. The source is opened read-only and never touched otherwise.
 */
class OriginalCopier
{
public:
    struct Result
    {
        ExportReport::Output output;
        QString error; // empty on success; nothing exists under the final name then
    };

    /** Copies @p source to @p target (a free name in an existing folder), as output @p kind. */
    [[nodiscard]] static Result copy(const QString &source, const QString &target, ExportReport::Output::Kind kind,
                                     const std::atomic<bool> &cancelled);
};
