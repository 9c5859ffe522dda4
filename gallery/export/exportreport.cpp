#include "exportreport.h"

#include "metadata/nativepath.h"

#include <QDir>

#include <algorithm>

const ExportReport::Output *ExportReport::Photo::output(Output::Kind kind) const
{
    const auto found =
        std::find_if(outputs.cbegin(), outputs.cend(), [kind](const Output &o) { return o.kind == kind; });
    return found == outputs.cend() ? nullptr : &*found;
}

int ExportReport::count(Photo::Status status) const
{
    return int(std::count_if(photos.cbegin(), photos.cend(), [status](const Photo &p) { return p.status == status; }));
}

bool ExportReport::succeeded() const
{
    return errors.isEmpty() && !cancelled && count(Photo::Status::Exported) == photos.size();
}

QString ExportReport::summary() const
{
    QString text;
    for (const Photo &photo : photos) {
        for (const Output &output : photo.outputs) {
            const QString &source =
                output.kind == Output::Kind::Companion ? photo.record.companionPath : photo.record.path;
            text += QStringLiteral("exported  %1 -> %2\n").arg(NativePath::display(source), output.path);
        }
    }
    for (const Photo &photo : photos) {
        for (const QString &warning : photo.warnings)
            text += QStringLiteral("warning   %1: %2\n").arg(NativePath::display(photo.record.path), warning);
    }
    for (const Output &document : documents)
        text += QStringLiteral("wrote     %1\n").arg(QDir::toNativeSeparators(document.path));
    for (const Photo &photo : photos) {
        if (photo.status == Photo::Status::Exported)
            continue;
        const QString why = photo.status == Photo::Status::NotStarted ? QStringLiteral("cancelled")
                                                                      : photo.errors.join(QStringLiteral("; "));
        text += QStringLiteral("FAILED    %1: %2\n").arg(NativePath::display(photo.record.path), why);
    }
    for (const QString &error : errors)
        text += QStringLiteral("ERROR     %1\n").arg(error);
    text += QStringLiteral("%1 of %2 photos exported").arg(count(Photo::Status::Exported)).arg(photos.size());
    if (const int failed = count(Photo::Status::Failed))
        text += QStringLiteral(", %1 failed").arg(failed);
    if (const int left = count(Photo::Status::NotStarted))
        text += QStringLiteral(", %1 not exported (cancelled)").arg(left);
    return text + u'\n';
}
