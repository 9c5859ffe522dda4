#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * The folders Byline opened, most recent first, kept with QSettings: the "Open recent" menu and the
 * folder `byline` opens when started without one.
 */
class FolderHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The window is given the program's history")
    Q_PROPERTY(QStringList recentFolders READ recentFolders NOTIFY recentFoldersChanged)

public:
    /** Enough for a menu that fits on a screen. */
    static constexpr int s_maxRecent = 10;

    explicit FolderHistory(QObject *parent = nullptr);

    [[nodiscard]] QStringList recentFolders() const { return m_recent; }
    /** The folder opened last, or "" on the first run. */
    [[nodiscard]] QString lastFolder() const { return m_recent.value(0); }

    /**
     * What `byline [FOLDER | PHOTO]` opens: FOLDER, or the folder of PHOTO, else the last folder while it
     * exists, else @p sample. The argument may be a path or a file:// URL (a .desktop file's %U).
     */
    [[nodiscard]] QString startFolder(const QStringList &arguments, const QString &sample) const;
    /** The photo `byline PHOTO` shows first (an absolute path), or "" when the argument is not a file. */
    [[nodiscard]] static QString startPhoto(const QStringList &arguments);

    /** @p folder becomes the most recent one. */
    Q_INVOKABLE void remember(const QString &folder);
    Q_INVOKABLE void clear();
    /** @p path as a file URL for a dialog or a file manager: "#", "?" and "%" in a name stay part of it. */
    Q_INVOKABLE [[nodiscard]] static QUrl localUrl(const QString &path);
    /** A folder dialog's URL as a local path. */
    Q_INVOKABLE [[nodiscard]] static QString localPath(const QUrl &url);
    /** The first local folder among dropped @p urls, or "" (a drop of files is not a folder to open). */
    Q_INVOKABLE [[nodiscard]] static QString droppedFolder(const QList<QUrl> &urls);

signals:
    void recentFoldersChanged();

private:
    void save() const;

    QStringList m_recent;
};
