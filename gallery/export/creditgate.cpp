#include "creditgate.h"

#include "metadata/nativepath.h"

QList<CreditGate::Offender> CreditGate::offenders(const QList<PhotoRecord> &records)
{
    QList<Offender> found;
    for (const PhotoRecord &record : records) {
        if (record.credit.isEmpty() || record.creditSource == CreditSource::None)
            found.append({record.path, Offender::Reason::NoCredit, {}});
        else if (record.creditSource == CreditSource::Caption)
            found.append({record.path, Offender::Reason::InferredOnly, record.credit});
    }
    return found;
}

QList<CreditGate::Offender> CreditGate::bookOffenders(const QList<PhotoRecord> &records, const CreditBook &book)
{
    QList<Offender> found;
    for (const PhotoRecord &record : records) {
        if (record.credit.trimmed().isEmpty())
            found.append({record.path, Offender::Reason::NoCredit, {}});
        // A book credit read only from the caption is not in the files: the copies would carry a credit
        // field Byline guessed. The book asks for credits the desk has put there.
        else if (record.creditSource == CreditSource::Caption)
            found.append({record.path, Offender::Reason::InferredOnly, record.credit});
        else if (!book.contains(record.credit))
            found.append({record.path, Offender::Reason::NotInBook, record.credit});
    }
    return found;
}

QString CreditGate::describe(const QList<Offender> &offenders)
{
    QString text;
    for (const Offender &offender : offenders) {
        text += NativePath::display(offender.path) + QStringLiteral(": ");
        switch (offender.reason) {
        case Offender::Reason::NoCredit:
            text += QStringLiteral("no credit");
            break;
        case Offender::Reason::InferredOnly:
            text += QStringLiteral("credit only inferred from the caption (%1)").arg(offender.credit);
            break;
        case Offender::Reason::NotInBook:
            text += QStringLiteral("credit not in the credit book (%1)").arg(offender.credit);
            break;
        }
        text += u'\n';
    }
    return text;
}
