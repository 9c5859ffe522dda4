#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

/**
 * A desk's code replacements, as Photo Mechanic has them (docs/user-guide.md, "Templates and code
 * replacements"): a tab-separated text file, `code<TAB>replacement[<TAB>another…]` a line, and `=code=`
 * in any value becomes the first replacement, `=code#2=` the second. Codes are case-sensitive, as Photo
 * Mechanic's are. An unknown code stays as written, with a note. A replacement is put in as it is: a
 * replacement holding "=x=" is not expanded again, so no file can make expansion loop.
 */
class CodeReplacements
{
public:
    /** A file read: the codes, lines skipped (with their numbers), or why nothing could be read. */
    struct Load;

    /** A shared roster is a few thousand lines; a file past this is no code list. */
    static constexpr qint64 s_maxBytes = 8 * 1024 * 1024;
    static constexpr int s_maxCodeLength = 64;

    [[nodiscard]] static Load parse(const QByteArray &bytes);
    /** Reads @p path; errors and notes start with the file's name. */
    [[nodiscard]] static Load load(const QString &path);

    /** @p text with each known =code= replaced; @p notes gets a line for each code not known. */
    [[nodiscard]] QString expand(const QString &text, QStringList &notes) const;

    /** The replacements of @p code (empty when unknown). */
    [[nodiscard]] QStringList replacements(const QString &code) const { return m_codes.value(code); }
    [[nodiscard]] qsizetype size() const { return m_codes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_codes.isEmpty(); }
    /** Adds @p code unless it is known; false when it was (the first definition stays). */
    bool add(const QString &code, const QStringList &replacements);

    /** Whether @p code can be a code: letters, digits, '_', '-' and '.', at most s_maxCodeLength. */
    [[nodiscard]] static bool isCode(const QString &code);

private:
    [[nodiscard]] QString unknownNote(const QString &code) const;

    QHash<QString, QStringList> m_codes;
};

struct CodeReplacements::Load
{
    CodeReplacements codes;
    QStringList notes; // "line 12: no tab after the code; skipped", a file read as Windows-1252
    QString error;     // why nothing was read; empty when codes holds the file's codes

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};
