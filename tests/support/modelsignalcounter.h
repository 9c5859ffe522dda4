#pragma once

#include <QAbstractItemModel>
#include <QObject>

/** Counts a model's change signals, so tests can tell batched inserts from a reset per file. */
struct ModelSignalCounter
{
    int insertSignals = 0, insertedRows = 0;
    int removeSignals = 0, removedRows = 0;
    int dataChangedSignals = 0, changedRows = 0;
    int resets = 0;

    explicit ModelSignalCounter(QAbstractItemModel *model)
    {
        QObject::connect(
            model, &QAbstractItemModel::rowsInserted, model,
            [this](const QModelIndex &, int first, int last) { ++insertSignals, insertedRows += last - first + 1; });
        QObject::connect(
            model, &QAbstractItemModel::rowsRemoved, model,
            [this](const QModelIndex &, int first, int last) { ++removeSignals, removedRows += last - first + 1; });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [this](const QModelIndex &from, const QModelIndex &to) {
                             ++dataChangedSignals, changedRows += to.row() - from.row() + 1;
                         });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
    }

    void reset() { *this = ModelSignalCounter(); }

private:
    ModelSignalCounter() = default;
};
