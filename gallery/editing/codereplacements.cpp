#include "codereplacements.h"

#include "metadata/nativepath.h"
#include "metadata/textdecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

using Load = CodeReplacements::Load;

Load failure(const QString &error)
{
    Load load;
    load.error = error;
    return load;
}

// Photo Mechanic's files are UTF-8; Excel's "Unicode text" is UTF-16 with a byte-order mark, and its
// "Text (tab delimited)" on Windows is Windows-1252. Each is read as what it is.
QString decoded(const QByteArray &bytes, QStringList &notes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder(bytes.mid(2));
    }
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (TextDecoding::isValidUtf8(text))
        return QString::fromUtf8(text);
    notes.append(QStringLiteral("the file is not UTF-8; it was read as Windows-1252 (Latin-1)"));
    return TextDecoding::fromWindows1252(text);
}

// A spreadsheet quotes a cell holding a quote: "NASA/""Tim"" Kopra".
QString cellText(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'"') && trimmed.endsWith(u'"'))
        return trimmed.mid(1, trimmed.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\"")).trimmed();
    return trimmed;
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return true;
    }
    return false;
}

// One line's code and replacements, or why the line is skipped.
QString lineProblem(const QString &line, QString &code, QStringList &replacements)
{
    const QStringList cells = line.split(u'\t');
    code = cellText(cells.first());
    if (cells.size() < 2)
        return QStringLiteral("no tab after \"%1\" (a code and its replacement are separated by a tab)").arg(code);
    if (!CodeReplacements::isCode(code))
        return QStringLiteral("\"%1\" cannot be a code (letters, digits, _ - and . only, at most %2)")
            .arg(code)
            .arg(CodeReplacements::s_maxCodeLength);
    for (const QString &cell : cells.mid(1))
        replacements.append(cellText(cell));
    // A spreadsheet ends short rows with empty cells.
    while (!replacements.isEmpty() && replacements.last().isEmpty())
        replacements.removeLast();
    if (replacements.isEmpty())
        return QStringLiteral("the code %1 has no replacement").arg(code);
    for (const QString &replacement : replacements) {
        if (hasControl(replacement))
            return QStringLiteral("a replacement of %1 holds a control character").arg(code);
    }
    return {};
}

bool isComment(const QString &trimmed)
{
    // '#' as in most text configuration; "//" as Photo Mechanic's own files comment.
    return trimmed.startsWith(u'#') || trimmed.startsWith(QLatin1String("//"));
}

} // namespace

Load CodeReplacements::parse(const QByteArray &bytes)
{
    if (bytes.size() > s_maxBytes)
        return failure(
            QStringLiteral("the file is %1 bytes; a code list is at most %2").arg(bytes.size()).arg(s_maxBytes));
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && bytes.contains('\0'))
        return failure(QStringLiteral("not a text file (it holds NUL bytes); save it as UTF-8 text"));
    Load load;
    static const QRegularExpression s_lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = decoded(bytes, load.notes).split(s_lineBreak);
    QHash<QString, int> firstLine;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        const QString trimmed = lines[i].trimmed();
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;
        QString code;
        QStringList replacements;
        if (QString problem = lineProblem(lines[i], code, replacements); !problem.isEmpty()) {
            load.notes.append(QStringLiteral("line %1: %2; skipped").arg(number).arg(problem));
        } else if (!load.codes.add(code, replacements)) {
            load.notes.append(QStringLiteral("line %1: the code %2 is defined again; line %3's definition is kept")
                                  .arg(number)
                                  .arg(code)
                                  .arg(firstLine.value(code)));
        } else {
            firstLine.insert(code, number);
        }
    }
    return load;
}

Load CodeReplacements::load(const QString &path)
{
    const QString shown = NativePath::display(path);
    QFile file;
    if (QString error = NativePath::openForReading(file, path); !error.isEmpty())
        return failure(QStringLiteral("%1: %2").arg(shown, error));
    if (QFileInfo(file).isDir())
        return failure(QStringLiteral("%1: a folder, not a code list").arg(shown));
    const QByteArray bytes = file.read(s_maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("%1: %2").arg(shown, file.errorString()));
    Load loaded = parse(bytes);
    if (!loaded.ok())
        loaded.error = QStringLiteral("%1: %2").arg(shown, loaded.error);
    for (QString &note : loaded.notes)
        note = QStringLiteral("%1: %2").arg(shown, note);
    return loaded;
}

bool CodeReplacements::add(const QString &code, const QStringList &replacements)
{
    if (m_codes.contains(code))
        return false;
    m_codes.insert(code, replacements);
    return true;
}

bool CodeReplacements::isCode(const QString &code)
{
    if (code.isEmpty() || code.size() > s_maxCodeLength)
        return false;
    for (const QChar c : code) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

QString CodeReplacements::expand(const QString &text, QStringList &notes) const
{
    static const QRegularExpression s_reference(QStringLiteral("^(.+?)(?:#(\\d{1,3}))?$"));
    QString expanded;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype close = text[i] == u'=' ? text.indexOf(u'=', i + 1) : -1;
        const QRegularExpressionMatch reference =
            close < 0 ? QRegularExpressionMatch() : s_reference.match(text.mid(i + 1, close - i - 1));
        if (!reference.hasMatch() || !isCode(reference.captured(1))) {
            expanded += text[i++]; // an '=' that starts no code, as in "E=mc2"
            continue;
        }
        const QString code = reference.captured(1);
        const int column = reference.hasCaptured(2) ? reference.captured(2).toInt() : 1;
        const QStringList replacements = m_codes.value(code);
        if (column >= 1 && column <= replacements.size()) {
            expanded += replacements[column - 1];
            i = close + 1;
            continue;
        }
        notes.append(replacements.isEmpty()
                         ? unknownNote(code)
                         : QStringLiteral("=%1#%2=: the code %1 has %3 replacement(s); it is left as written")
                               .arg(code)
                               .arg(column)
                               .arg(replacements.size()));
        // Left as written; its closing '=' may open the next code.
        expanded += text.mid(i, close - i);
        i = close;
    }
    return expanded;
}

QString CodeReplacements::unknownNote(const QString &code) const
{
    QString note = QStringLiteral("=%1= is no code in the list; it is left as written").arg(code);
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it) {
        if (it.key().compare(code, Qt::CaseInsensitive) == 0)
            return note + QStringLiteral(" (codes are case-sensitive: =%1= is one)").arg(it.key());
    }
    return note;
}
