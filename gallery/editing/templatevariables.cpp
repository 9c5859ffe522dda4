#include "templatevariables.h"

#include "datetakenformat.h"

#include "metadata/nativepath.h"

#include <QRegularExpression>

namespace {

QString fileNameOf(const QString &path)
{
    return NativePath::display(path.mid(path.lastIndexOf(u'/') + 1));
}

QString stemOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > 0 ? fileName.left(dot) : fileName;
}

QString folderNameOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QString() : fileNameOf(path.left(slash));
}

// "{date:%d %B}" → "date", the name in lower case (names are case-insensitive).
QString nameOf(const QString &token)
{
    const QString inner = token.mid(1, token.size() - 2);
    return inner.section(u':', 0, 0).toLower();
}

std::optional<QString> argumentOf(const QString &token)
{
    const QString inner = token.mid(1, token.size() - 2);
    const qsizetype colon = inner.indexOf(u':');
    return colon < 0 ? std::nullopt : std::optional<QString>(inner.mid(colon + 1));
}

// A value the photo lacks is empty, and said so, since the preview should show why a caption came out short.
QString present(const QString &value, const char *what, const QString &token, QStringList &notes)
{
    if (value.isEmpty())
        notes.append(QStringLiteral("no %1: %2 is empty").arg(QLatin1String(what), token));
    return value;
}

} // namespace

QString TemplateVariables::expand(const QString &text, QStringList &notes) const
{
    QString expanded;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if ((c == u'{' || c == u'}') && next == c) { // {{ and }} are the braces themselves
            expanded += c;
            i += 2;
            continue;
        }
        const qsizetype close = c == u'{' ? text.indexOf(u'}', i + 1) : -1;
        const qsizetype open = c == u'{' ? text.indexOf(u'{', i + 1) : -1;
        if (c != u'{' || close < 0 || (open >= 0 && open < close)) {
            if (c == u'{')
                notes.append(QStringLiteral("a { without its } is left as written (write {{ for a brace)"));
            expanded += c;
            ++i;
            continue;
        }
        const QString token = text.mid(i, close - i + 1);
        if (const std::optional<QString> found = value(token, notes)) {
            expanded += *found;
        } else {
            notes.append(QStringLiteral("%1 is no variable Byline knows; it is left as written").arg(token));
            expanded += token;
        }
        i = close + 1;
    }
    return expanded;
}

std::optional<QString> TemplateVariables::value(const QString &token, QStringList &notes) const
{
    const QString name = nameOf(token);
    if (name == QLatin1String("date"))
        return dateValue(token, notes);
    if (name == QLatin1String("seq"))
        return sequenceValue(token);
    if (argumentOf(token))
        return std::nullopt; // only {date:…} and {seq:…} take one
    if (name == QLatin1String("filename"))
        return fileNameOf(m_photo.path);
    if (name == QLatin1String("name"))
        return stemOf(fileNameOf(m_photo.path));
    if (name == QLatin1String("folder"))
        return folderNameOf(m_photo.path);
    if (name == QLatin1String("caption"))
        return present(m_photo.caption, "caption", token, notes);
    if (name == QLatin1String("headline"))
        return present(m_photo.headline, "headline", token, notes);
    if (name == QLatin1String("credit"))
        return present(m_photo.credit, "credit", token, notes);
    if (name == QLatin1String("creator"))
        return present(m_photo.creator, "creator", token, notes);
    if (name == QLatin1String("copyright"))
        return present(m_photo.copyright, "copyright", token, notes);
    return std::nullopt;
}

std::optional<QString> TemplateVariables::dateValue(const QString &token, QStringList &notes) const
{
    const QString date = DateTakenFormat::isoDate(m_photo.dateTaken);
    if (date.isEmpty())
        return present({}, "date taken", token, notes);
    const std::optional<QString> format = argumentOf(token);
    return format ? DateTakenFormat::format(m_photo.dateTaken, *format, notes) : date;
}

std::optional<QString> TemplateVariables::sequenceValue(const QString &token) const
{
    static const QRegularExpression s_width(QStringLiteral("^\\d{1,2}$"));
    const std::optional<QString> width = argumentOf(token);
    if (!width)
        return QString::number(m_sequence);
    if (!s_width.match(*width).hasMatch())
        return std::nullopt;
    // {seq:03} and {seq:3} both pad to three digits, as a desk numbers "launch-001".
    return QStringLiteral("%1").arg(m_sequence, width->toInt(), 10, QLatin1Char('0'));
}

QStringList TemplateVariables::examples()
{
    return {QStringLiteral("{filename}"),  QStringLiteral("{name}"),          QStringLiteral("{folder}"),
            QStringLiteral("{date}"),      QStringLiteral("{date:%d %B %Y}"), QStringLiteral("{caption}"),
            QStringLiteral("{headline}"),  QStringLiteral("{credit}"),        QStringLiteral("{creator}"),
            QStringLiteral("{copyright}"), QStringLiteral("{seq}"),           QStringLiteral("{seq:03}")};
}
