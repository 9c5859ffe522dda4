#include "namereservations.h"

#include "filenametemplate.h"

#include <QFileInfo>

bool NameReservations::isFree(const QString &name) const
{
    // exists() follows links; a dangling link still occupies the name, so ask lstat's view too.
    const QFileInfo info(m_directory.filePath(name));
    return !m_taken.contains(name.toLower()) && !info.exists() && !info.isSymLink();
}

bool NameReservations::tryReserve(const QString &name)
{
    if (!isFree(name))
        return false;
    m_taken.insert(name.toLower());
    return true;
}

QString NameReservations::reserve(const QString &wanted)
{
    if (tryReserve(wanted))
        return wanted;
    const QFileInfo parts(wanted);
    const QString suffix = parts.suffix().isEmpty() ? QString() : u'.' + parts.suffix();
    const QString stem = wanted.left(wanted.size() - suffix.size());
    for (int n = 2;; ++n) {
        const QString marker = QStringLiteral(" (%1)").arg(n);
        // The stem gives way so the name stays within the byte cap with its marker and extension.
        QString base = stem;
        while (!base.isEmpty() && (base + marker + suffix).toUtf8().size() > FileNameTemplate::s_maxNameBytes)
            base.chop(base.back().isLowSurrogate() ? 2 : 1);
        const QString candidate = base.trimmed() + marker + suffix;
        if (tryReserve(candidate))
            return candidate;
    }
}
