#pragma once

#include "editing/templateapplier.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <optional>

class QCommandLineParser;

/**
 * What `byline-cli set` asks of each photo: the typed field options as they are, or, with --template or
 * --codes, the template's fields followed by the typed ones, codes and variables expanded for each photo
 * (docs/user-guide.md, "Templates and code replacements").
 */
class SetRequests
{
public:
    /** The field options, --keyword, --sidecar, --template and --codes. */
    [[nodiscard]] static QList<QCommandLineOption> options();

    /** Reads the options, the template and the code list; returns a usage error, or empty. */
    [[nodiscard]] QString prepare(const QCommandLineParser &parser);

    /** Notes for the whole run: lines of the code list skipped, codes not in it. */
    [[nodiscard]] const QStringList &notes() const { return m_notes; }

    /** The request for @p path, the @p sequence-th photo given (from 1). */
    [[nodiscard]] TemplatedEdit forPhoto(const QString &path, int sequence) const;

private:
    [[nodiscard]] QString typedRequest(const QCommandLineParser &parser);
    [[nodiscard]] QString templateRequest(const QCommandLineParser &parser);

    bool m_toSidecar = false;
    EditRequest m_request;                    // the typed values, when nothing is expanded
    std::optional<TemplateApplier> m_applier; // with --template or --codes
    QStringList m_notes;
};
