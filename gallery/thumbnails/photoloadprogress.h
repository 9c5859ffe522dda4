#pragma once

#include <QObject>
#include <QString>

class QJSEngine;
class QQmlEngine;

/**
 * How far PhotoProvider has got with a photo, for the progress bar over the detail pane and the
 * lightbox. Qt Quick reports no progress for asynchronous image providers (Image.progress jumps from 0
 * to 1), so the provider reports here instead. The fraction is the part of the file read: on a network
 * share or a slow card reading is what takes the time; the decode after it is a short, fixed step.
 *
 * One instance per process, shared by every PhotoProvider and exposed to QML as a singleton; report()
 * may be called from any thread, progressChanged() is emitted on the GUI thread.
 */
class PhotoLoadProgress : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static PhotoLoadProgress *instance();
    /** For the QML engine: the process-wide instance, which the engine does not own. */
    static PhotoLoadProgress *create(QQmlEngine *, QJSEngine *engine);

    /** Thread-safe: posts the fraction (0..1) of @p path read so far to the GUI thread. */
    void report(const QString &path, double fraction);

signals:
    /** @p path is the absolute file path, as in image://photo/<percent-encoded path>. */
    void progressChanged(const QString &path, double fraction);

private:
    PhotoLoadProgress() = default;
};
