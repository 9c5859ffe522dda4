#pragma once

#include "editing/fileplan.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

/**
 * The preview of an edit, one row per change (file, field, old value → new value) and one per photo that
 * cannot be written (with why): what the person reads before anything is written (docs/user-guide.md,
 * "Editing captions and credits").
 */
class EditPreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use EditSession.preview")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int fileCount READ fileCount NOTIFY countsChanged)
    Q_PROPERTY(int unchangedCount READ unchangedCount NOTIFY countsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY countsChanged)

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        FileNameRole,
        FieldRole,
        BeforeRole,
        AfterRole,
        DestinationRole,
        ProblemRole,
    };
    Q_ENUM(Role)

    explicit EditPreviewModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Shows @p plans; @p notes are per-photo remarks (a template's missing values) keyed by path. */
    void setPlans(const QList<FilePlan> &plans, const QHash<QString, QStringList> &notes = {});
    void clear() { setPlans({}); }

    [[nodiscard]] const QList<FilePlan> &plans() const { return m_plans; }
    [[nodiscard]] int fileCount() const;
    [[nodiscard]] int unchangedCount() const;
    [[nodiscard]] int problemCount() const;

signals:
    void countsChanged();

private:
    /** The old value as the preview shows it: where a disagreeing store held it, or the caption's credit. */
    [[nodiscard]] static QString beforeText(const FieldChange &change);
    /** @p values as the preview shows them: a rating as the stars the window shows, with its number. */
    [[nodiscard]] static QString shown(EditField field, const QStringList &values);

    struct Row
    {
        QString path;
        QString field;
        QString before;
        QString after;
        QString destination;
        QString problem;
    };

    QList<FilePlan> m_plans;
    QList<Row> m_rows;
};
