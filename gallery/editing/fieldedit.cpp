#include "fieldedit.h"

#include "metadata/xmpboolean.h"

QStringList FieldEdit::applied(const QStringList &before) const
{
    // The tag is written as XMP spells a Boolean, whatever "yes" or "true" it was given as.
    if (field == EditField::Tagged && values.size() == 1 && !XmpBoolean::normalised(values.first()).isNull())
        return {XmpBoolean::normalised(values.first())};
    if (mode == Mode::Replace)
        return values;
    if (EditFields::info(field).list) {
        QStringList after = before;
        for (const QString &value : values) {
            if (!after.contains(value))
                after.append(value);
        }
        return after;
    }
    // Appended text follows the old text after a space, as a desk adds "MANDATORY CREDIT" to a caption.
    const QString added = values.join(u' ');
    if (before.isEmpty() || before.first().isEmpty())
        return added.isEmpty() ? QStringList() : QStringList{added};
    if (added.isEmpty())
        return before;
    return {before.first() + u' ' + added};
}

QString FieldEdit::problem() const
{
    if (field == EditField::Tagged && !values.isEmpty() &&
        (values.size() > 1 || XmpBoolean::normalised(values.first()).isNull()))
        return QStringLiteral("a tag is yes or no (true or false)");
    if (field != EditField::Rating || values.isEmpty())
        return {};
    bool ok = false;
    const int rating = values.first().toInt(&ok);
    if (!ok || rating < -1 || rating > 5)
        return QStringLiteral("a rating is a whole number from -1 (rejected) to 5");
    return {};
}
