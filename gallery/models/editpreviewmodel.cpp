#include "editpreviewmodel.h"

#include "metadata/nativepath.h"

#include <QCoreApplication>

namespace {

QString fileNameOf(const QString &path)
{
    return NativePath::display(path.mid(path.lastIndexOf(u'/') + 1));
}

QString destinationOf(const FilePlan &plan)
{
    if (plan.embedded && plan.sidecar.isEmpty())
        return {}; // simply the photo
    if (plan.embedded)
        return EditPreviewModel::tr("the photo and its sidecar %1").arg(fileNameOf(plan.sidecar));
    return EditPreviewModel::tr("the sidecar %1 (%2)").arg(fileNameOf(plan.sidecar), plan.whySidecar);
}

} // namespace

EditPreviewModel::EditPreviewModel(QObject *parent) : QAbstractListModel(parent) {}

int EditPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EditPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return fileNameOf(row.path);
    case PathRole:
        return row.path;
    case FieldRole:
        return row.field;
    case BeforeRole:
        return row.before;
    case AfterRole:
        return row.after;
    case DestinationRole:
        return row.destination;
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

QHash<int, QByteArray> EditPreviewModel::roleNames() const
{
    return {{PathRole, "path"},   {FileNameRole, "fileName"},       {FieldRole, "field"},    {BeforeRole, "before"},
            {AfterRole, "after"}, {DestinationRole, "destination"}, {ProblemRole, "problem"}};
}

QString EditPreviewModel::beforeText(const FieldChange &change)
{
    if (!change.heldIn.isEmpty())
        return tr("%1 (in %2)").arg(shown(change.field, change.before), change.heldIn);
    if (change.before.isEmpty() && !change.inferred.isEmpty())
        return tr("(none; inferred from the caption: %1)").arg(change.inferred);
    return shown(change.field, change.before);
}

QString EditPreviewModel::shown(EditField field, const QStringList &values)
{
    if (field == EditField::Tagged && values.size() == 1) {
        const bool tagged = values.first() == QLatin1String("True");
        return tr("%1 (%2)").arg(tagged ? tr("Tagged") : tr("Not tagged"), values.first());
    }
    bool number = false;
    const int stars = values.size() == 1 ? values.first().toInt(&number) : 0;
    if (field != EditField::Rating || !number || stars < -1 || stars > 5)
        return EditFields::display(values);
    // "0" -> "5" says nothing to a desk that rated with stars; the number is what the file will hold.
    const QString words = stars < 0 ? tr("Rejected") : stars == 0 ? tr("Unrated") : QString(stars, QChar(0x2605));
    return tr("%1 (%2)").arg(words, values.first());
}

void EditPreviewModel::setPlans(const QList<FilePlan> &plans, const QHash<QString, QStringList> &notes)
{
    beginResetModel();
    m_plans = plans;
    m_rows.clear();
    for (const FilePlan &plan : plans) {
        if (!plan.problem.isEmpty()) {
            m_rows.append({plan.path, {}, {}, {}, {}, plan.problem});
            continue;
        }
        const QString destination = destinationOf(plan);
        for (const FieldChange &change : plan.changes)
            m_rows.append({plan.path,
                           QCoreApplication::translate("EditField", EditFields::info(change.field).label),
                           beforeText(change),
                           shown(change.field, change.after),
                           destination,
                           {}});
        for (const QString &note : notes.value(plan.path))
            m_rows.append({plan.path, {}, {}, {}, destination, note});
    }
    endResetModel();
    emit countsChanged();
}

int EditPreviewModel::fileCount() const
{
    return int(std::count_if(m_plans.cbegin(), m_plans.cend(), [](const FilePlan &p) { return p.canWrite(); }));
}

int EditPreviewModel::unchangedCount() const
{
    return int(std::count_if(m_plans.cbegin(), m_plans.cend(),
                             [](const FilePlan &p) { return p.problem.isEmpty() && p.changes.isEmpty(); }));
}

int EditPreviewModel::problemCount() const
{
    return int(std::count_if(m_plans.cbegin(), m_plans.cend(), [](const FilePlan &p) { return !p.problem.isEmpty(); }));
}
