#pragma once

#include "metadata/photorecord.h"

#include <QList>
#include <QString>

/** The readable table `byline-cli scan` prints without --json: one line per file, fixed columns. */
namespace RecordTable {

[[nodiscard]] QString format(const QList<PhotoRecord> &records, const QString &root);

} // namespace RecordTable
