#pragma once

#include "templatefile.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * The templates a person keeps, one file each (TemplateFile's form, `NAME.json`) in a folder, by default
 * ~/.local/share/byline/templates ($XDG_DATA_HOME/byline/templates): a desk shares its templates by
 * copying files in. A file's template is known by the name inside it (its file name when it has none).
 * Saving goes through a temporary file and a rename, so a crash leaves the old file or the new one.
 */
class TemplateStore
{
public:
    /** One template file of the folder; a file that cannot be read is listed with why, to be fixed. */
    struct Entry
    {
        QString name;
        QString path;
        QString error;
    };

    /** More files than this in the folder are not read: a folder of templates is not a photo folder. */
    static constexpr int s_maxFiles = 1000;

    /** A store in @p folder (made on the first save); an empty folder means the default place. */
    explicit TemplateStore(QString folder = {});

    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] const QString &folder() const { return m_folder; }

    /** Every template file, sorted by name (case-insensitive). */
    [[nodiscard]] QList<Entry> list() const;
    /** The template named @p name. */
    [[nodiscard]] TemplateLoad load(const QString &name) const;
    /** Saves @p value over the template of its name, or as a new file; returns why it could not, or empty. */
    [[nodiscard]] QString save(const MetadataTemplate &value);
    /** Removes the template named @p name; returns why it could not, or empty. */
    [[nodiscard]] QString remove(const QString &name);

    /** A file name for a template named @p name: characters no file system takes become '-'. */
    [[nodiscard]] static QString fileNameFor(const QString &name);

private:
    [[nodiscard]] std::optional<Entry> find(const QString &name) const;
    [[nodiscard]] QString newPathFor(const QString &name) const;

    QString m_folder;
};
