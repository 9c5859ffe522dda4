#include "creditbookfile.h"

#include "metadata/nativepath.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>

namespace {

QString lineProblem(int number, const QString &problem)
{
    return QStringLiteral("line %1: %2").arg(number).arg(problem);
}

// One line of the file: what it holds, or why it cannot be in a book.
struct Line
{
    CreditBookEntry entry;
    QString problem;
};

Line readLine(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {{}, QStringLiteral("not UTF-8 text")};
    if (text.endsWith(u'\r'))
        text.chop(1); // CR LF line ends, from a spreadsheet or Windows
    const QStringList cells = text.split(u'\t');
    if (cells.size() > 2)
        return {{}, QStringLiteral("more than one tab (a line is a credit, a tab and its house line)")};
    const CreditBookEntry entry{cells.at(0).trimmed(), cells.size() == 2 ? cells.at(1).trimmed() : QString()};
    return {entry, CreditBook::entryProblem(entry)};
}

bool isSkipped(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

} // namespace

CreditBookFile::Load CreditBookFile::parse(const QByteArray &bytes)
{
    Load load;
    if (bytes.size() > s_maxBytes)
        load.error =
            QStringLiteral("the file is %1 bytes; a credit book is at most %2").arg(bytes.size()).arg(s_maxBytes);
    else if (bytes.contains('\0'))
        load.error = QStringLiteral("the file is not text (it holds a NUL byte)");
    if (!load.error.isEmpty())
        return load;
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QHash<QString, std::pair<int, QString>> seen; // key → the line that listed it first, its house line
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        if (isSkipped(raw))
            continue;
        const Line line = readLine(raw);
        if (!line.problem.isEmpty()) {
            load.problems.append(lineProblem(number, line.problem));
            continue;
        }
        const QString key = CreditBook::key(line.entry.credit);
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            if (it->second != line.entry.houseLine) // the same line twice is harmless
                load.problems.append(
                    lineProblem(number, QStringLiteral("'%1' is on line %2 already, with another house line")
                                            .arg(line.entry.credit)
                                            .arg(it->first)));
            continue;
        }
        seen.insert(key, {number, line.entry.houseLine});
        load.entries.append(line.entry);
    }
    return load;
}

CreditBookFile::Load CreditBookFile::load(const QString &path)
{
    const QString shown = NativePath::display(path);
    QFile file;
    Load failed;
    if (QFileInfo(NativePath::display(path)).isDir()) // before opening: Linux opens a folder for reading
        failed.error = QStringLiteral("%1 is a folder, not a credit book").arg(shown);
    else if (const QString error = NativePath::openForReading(file, path); !error.isEmpty())
        failed.error = QStringLiteral("cannot read %1: %2").arg(shown, error);
    if (!failed.error.isEmpty())
        return failed;
    const QByteArray bytes = file.read(s_maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        failed.error = QStringLiteral("cannot read %1: %2").arg(shown, file.errorString());
        return failed;
    }
    Load load = parse(bytes);
    if (!load.error.isEmpty())
        load.error = QStringLiteral("%1: %2").arg(shown, load.error);
    for (QString &problem : load.problems)
        problem = QStringLiteral("%1: %2").arg(shown, problem);
    return load;
}

QByteArray CreditBookFile::format(const CreditBook &book)
{
    QByteArray bytes = "# Byline credit book: a credit, then a tab and its house line (optional).\n"
                       "# Import it with byline-cli book import FILE, or in the window's Credit book dialog.\n";
    for (const CreditBookEntry &entry : book.entries()) {
        bytes += entry.credit.toUtf8();
        if (!entry.houseLine.isEmpty())
            bytes += '\t' + entry.houseLine.toUtf8();
        bytes += '\n';
    }
    return bytes;
}

QString CreditBookFile::save(const QString &path, const CreditBook &book)
{
    if (NativePath::hasEscapes(path)) // QSaveFile would write another name
        return QStringLiteral("cannot write %1: choose a name that is UTF-8").arg(NativePath::display(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(NativePath::display(path), file.errorString());
    const QByteArray bytes = format(book);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(NativePath::display(path), file.errorString());
    return {};
}
