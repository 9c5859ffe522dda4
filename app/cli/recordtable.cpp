#include "recordtable.h"

#include "metadata/nativepath.h"

#include <QDir>

namespace {

constexpr int s_nameWidth = 34;
constexpr int s_creditWidth = 24;
constexpr int s_captionWidth = 60;

// Text from files goes to a terminal: control characters (escape sequences) are shown, not obeyed.
QString printable(const QString &text)
{
    QString out = text.simplified();
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

QString fitted(const QString &text, int width)
{
    QString oneLine = printable(text);
    if (oneLine.size() > width)
        oneLine = oneLine.left(width - 1) + QChar(0x2026);
    return oneLine.leftJustified(width);
}

QString sizeText(const PhotoRecord &record)
{
    return record.width > 0 ? QStringLiteral("%1x%2").arg(record.width).arg(record.height) : QStringLiteral("-");
}

// A RAW+JPEG pair is one line, the JPEG's, naming the RAW's extension: "IMG_1.JPG +CR2".
QString fileText(const PhotoRecord &record, const QDir &base)
{
    const QString name = NativePath::display(base.relativeFilePath(record.path));
    return record.hasCompanion()
               ? name + QStringLiteral(" +") + NativePath::display(record.companionPath.section(u'.', -1))
               : name;
}

QString creditText(const PhotoRecord &record)
{
    if (record.credit.isEmpty())
        return QStringLiteral("-");
    // An asterisk marks a credit inferred from the caption, as the window will.
    return record.creditSource == CreditSource::Caption ? record.credit + QStringLiteral(" *") : record.credit;
}

} // namespace

namespace RecordTable {

QString format(const QList<PhotoRecord> &records, const QString &root)
{
    const QDir base(root);
    QString out = fitted(QStringLiteral("FILE"), s_nameWidth) + QStringLiteral("  FORMAT  SIZE        ") +
                  fitted(QStringLiteral("CREDIT"), s_creditWidth) + QStringLiteral("  CAPTION\n");
    int withErrors = 0;
    for (const PhotoRecord &record : records) {
        out += fitted(fileText(record, base), s_nameWidth) + QStringLiteral("  ");
        out += fitted(record.format.isEmpty() ? QStringLiteral("-") : record.format, 6) + QStringLiteral("  ");
        out += fitted(sizeText(record), 10) + QStringLiteral("  ");
        if (record.hasError()) {
            ++withErrors;
            out += QStringLiteral("ERROR: ") + printable(record.error) + u'\n';
            continue;
        }
        out += fitted(creditText(record), s_creditWidth) + QStringLiteral("  ");
        out += fitted(record.caption.isEmpty() ? QStringLiteral("-") : record.caption, s_captionWidth).trimmed();
        out += u'\n';
    }
    out += QStringLiteral("\n%1 files, %2 with errors; * = credit inferred from the caption\n")
               .arg(records.size())
               .arg(withErrors);
    return out;
}

} // namespace RecordTable
