#pragma once

#include <QString>

/**
 * `byline-bench model DIR`: the figures of the models issue. A cold scan into PhotoModel with an empty
 * catalog (first batch, full scan), a reopen from the catalog, re-filtering by search and by credit,
 * and the model's memory per photo.
 */
int benchModel(const QString &folder, int threads);
