#pragma once

#include "metadata/photorecord.h"

#include <QList>
#include <QString>

/**
 * Output file names from a template such as "{date}_{credit}_{n:03}.{ext}". Fields: {n} (the photo's
 * 1-based place in the selection, {n:03} zero-padded to 3 digits), {date} (YYYY-MM-DD of the date taken,
 * "undated" without one), {credit}, {name} (the source's name without its extension) and {ext} (the
 * output's extension). A template that does not end with ".{ext}" gets the extension appended, so an
 * output always says what it is. Rendered names are sanitised (sanitise()).
 */
class FileNameTemplate
{
public:
    static inline const QString s_default = QStringLiteral("{name}.{ext}");
    /** Leaves room for " (999)" and a temporary prefix under the common 255-byte name limit. */
    static constexpr int s_maxNameBytes = 200;

    /** Parses @p text; on a syntax error the template is invalid and error() says why. */
    explicit FileNameTemplate(const QString &text = s_default);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }

    /** The sanitised name for @p record as the @p number-th photo, with extension @p extension. */
    [[nodiscard]] QString render(const PhotoRecord &record, int number, const QString &extension) const;

    /**
     * A name every common file system accepts: / \ : * ? " < > | and control characters become '-',
     * no leading dots or spaces, no trailing dots or spaces, Windows' reserved device names (CON, NUL,
     * COM1, ...) prefixed with '_', at most s_maxNameBytes of UTF-8 with the extension kept, NFC.
     */
    [[nodiscard]] static QString sanitise(const QString &name);

private:
    struct Part
    {
        enum class Kind
        {
            Literal,
            Number,
            Date,
            Credit,
            Name,
            Extension
        };
        Kind kind = Kind::Literal;
        QString text;  // the literal
        int width = 0; // zero padding of {n:0W}
    };

    [[nodiscard]] QString parse(const QString &text);

    QList<Part> m_parts;
    QString m_error;
};
