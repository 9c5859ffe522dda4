#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <QAbstractItemModel>

class PhotoFilterModel;

/**
 * The selected photos, as a set of paths rather than rows, so the selection survives filtering,
 * sorting and rescans. PhotoModel exposes it through its "selected" role.
 */
class PhotoSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use PhotoModel.selection")
    Q_PROPERTY(int count READ count NOTIFY selectionChanged)
    Q_PROPERTY(QStringList paths READ paths NOTIFY selectionChanged)

public:
    explicit PhotoSelection(QObject *parent = nullptr);

    [[nodiscard]] int count() const { return int(m_paths.size()); }
    [[nodiscard]] QStringList paths() const;
    Q_INVOKABLE [[nodiscard]] bool contains(const QString &path) const { return m_paths.contains(path); }

    Q_INVOKABLE void select(const QString &path);
    Q_INVOKABLE void deselect(const QString &path);
    Q_INVOKABLE void toggle(const QString &path);
    /** Click: only this photo. */
    Q_INVOKABLE void selectOnly(const QString &path);
    /** Shift+click: every photo between two rows of @p view (a PhotoModel or a proxy of it), inclusive. */
    Q_INVOKABLE void selectRange(QAbstractItemModel *view, int fromRow, int toRow);
    /** Ctrl+A: every photo @p view shows. */
    Q_INVOKABLE void selectAll(QAbstractItemModel *view);
    Q_INVOKABLE void clear();
    /** A filter changed: the photos it now hides leave the selection, so what is selected is what the
     *  grid shows, and what Ctrl+C and Export act on. */
    Q_INVOKABLE void keepShown(PhotoFilterModel *filter);
    /** Photos that no longer exist leave the selection. */
    void removePaths(const QStringList &paths);

signals:
    void selectionChanged();
    /** The paths whose selected state changed, for the model's dataChanged. */
    void pathsChanged(const QStringList &paths);

private:
    void apply(const QSet<QString> &selected);

    QSet<QString> m_paths;
};
