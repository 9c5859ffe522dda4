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

QString CreditGate::describe(const QList<Offender> &offenders)
{
    QString text;
    for (const Offender &offender : offenders) {
        text += NativePath::display(offender.path) + QStringLiteral(": ");
        text += offender.reason == Offender::Reason::NoCredit
                    ? QStringLiteral("no credit")
                    : QStringLiteral("credit only inferred from the caption (%1)").arg(offender.credit);
        text += u'\n';
    }
    return text;
}
