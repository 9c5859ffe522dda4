#pragma once

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"

#include <QTemporaryDir>

/** A folder of photos to edit, a backup store of its own and a MetadataEditor over them. */
struct EditorFolder
{
    QTemporaryDir dir;
    QTemporaryDir backupDir;
    BackupStore backups{backupDir.path()};
    MetadataEditor editor{backups};

    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }
};
