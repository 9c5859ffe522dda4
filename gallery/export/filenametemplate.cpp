#include "filenametemplate.h"

#include "metadata/nativepath.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

// Forbidden on Windows, and '/' everywhere; ':' also upsets macOS Finder. '-' keeps "NASA/Tim Kopra"
// readable as "NASA-Tim Kopra" where dropping the character would run the words together.
bool isForbidden(QChar c)
{
    static const QString s_forbidden = QStringLiteral("/\\:*?\"<>|");
    return c.unicode() < 0x20 || c.unicode() == 0x7F || s_forbidden.contains(c);
}

// Windows refuses these as a file's base name whatever the extension ("NUL.jpg" too).
bool isReservedOnWindows(const QString &stem)
{
    static const QRegularExpression s_reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return s_reserved.match(stem.trimmed()).hasMatch();
}

QString withoutEdgeDotsAndSpaces(QString text)
{
    while (!text.isEmpty() && (text.front() == u'.' || text.front().isSpace()))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace()))
        text.chop(1);
    return text;
}

// Cuts @p text to at most @p bytes of UTF-8 without splitting a character (or a surrogate pair).
QString cutToBytes(const QString &text, qsizetype bytes)
{
    QString out;
    qsizetype used = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        const qsizetype size = character.toUtf8().size();
        if (used + size > bytes)
            break;
        out += character;
        used += size;
        i += length;
    }
    return out;
}

QString datePart(const QString &dateTaken)
{
    return dateTaken.size() >= 10 ? dateTaken.left(10) : QStringLiteral("undated");
}

} // namespace

FileNameTemplate::FileNameTemplate(const QString &text)
{
    m_error = parse(text.isEmpty() ? s_default : text);
}

QString FileNameTemplate::parse(const QString &text)
{
    static const QRegularExpression s_field(QStringLiteral("\\{([a-z]+)(?::0([1-9]))?\\}"));
    qsizetype at = 0;
    for (auto it = s_field.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() > at)
            m_parts.append({Part::Kind::Literal, text.mid(at, match.capturedStart() - at), 0});
        const QString name = match.captured(1);
        const int width = match.captured(2).toInt();
        if (width > 0 && name != QLatin1String("n"))
            return QStringLiteral("only {n} takes a width: %1").arg(match.captured(0));
        Part::Kind kind;
        if (name == QLatin1String("n"))
            kind = Part::Kind::Number;
        else if (name == QLatin1String("date"))
            kind = Part::Kind::Date;
        else if (name == QLatin1String("credit"))
            kind = Part::Kind::Credit;
        else if (name == QLatin1String("name"))
            kind = Part::Kind::Name;
        else if (name == QLatin1String("ext"))
            kind = Part::Kind::Extension;
        else
            return QStringLiteral("unknown field {%1} (known: {n}, {n:03}, {date}, {credit}, {name}, {ext})").arg(name);
        m_parts.append({kind, {}, width});
        at = match.capturedEnd();
    }
    if (at < text.size())
        m_parts.append({Part::Kind::Literal, text.mid(at), 0});
    for (const Part &part : std::as_const(m_parts)) {
        if (part.kind == Part::Kind::Literal && (part.text.contains(u'{') || part.text.contains(u'}')))
            return QStringLiteral("a '{' or '}' that is not a field in \"%1\"").arg(text);
    }
    if (m_parts.isEmpty())
        return QStringLiteral("an empty name template");
    return {};
}

QString FileNameTemplate::render(const PhotoRecord &record, int number, const QString &extension) const
{
    QString name;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Part::Kind::Literal:
            name += part.text;
            break;
        case Part::Kind::Number:
            name += QStringLiteral("%1").arg(number, part.width, 10, QLatin1Char('0'));
            break;
        case Part::Kind::Date:
            name += datePart(record.dateTaken);
            break;
        case Part::Kind::Credit:
            name += record.credit.isEmpty() ? QStringLiteral("uncredited") : record.credit;
            break;
        case Part::Kind::Name:
            name += QFileInfo(record.path).completeBaseName();
            break;
        case Part::Kind::Extension:
            name += extension;
            break;
        }
    }
    const bool endsWithExtension = !m_parts.isEmpty() && m_parts.back().kind == Part::Kind::Extension;
    if (!endsWithExtension && !extension.isEmpty())
        name += u'.' + extension;
    return sanitise(name);
}

QString FileNameTemplate::sanitise(const QString &name)
{
    QString clean;
    // A byte of the original's name that is not UTF-8 becomes '_' (NativePath): the copy's name is text.
    for (const QChar c : NativePath::safeFileName(name).normalized(QString::NormalizationForm_C)) {
        if (!isForbidden(c))
            clean += c;
        else if (!clean.endsWith(u'-'))
            clean += u'-';
    }
    clean = withoutEdgeDotsAndSpaces(clean);
    const qsizetype dot = clean.lastIndexOf(u'.');
    // An extension is a short tail after the last dot; "Dr. Smith" has none.
    const bool hasExtension = dot > 0 && clean.size() - dot <= 6 && !clean.mid(dot + 1).contains(u' ');
    QString stem = hasExtension ? clean.left(dot) : clean;
    const QString extension = hasExtension ? clean.mid(dot) : QString();
    stem = withoutEdgeDotsAndSpaces(stem);
    if (stem.isEmpty())
        stem = QStringLiteral("photo");
    if (isReservedOnWindows(stem.section(u'.', 0, 0)))
        stem.prepend(u'_');
    stem = withoutEdgeDotsAndSpaces(cutToBytes(stem, s_maxNameBytes - extension.toUtf8().size()));
    return stem + extension;
}
