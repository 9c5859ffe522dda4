#pragma once

class QThreadPool;

/**
 * The image providers' decoding pools, waited for before the application goes away. Qt Quick keeps a
 * provider alive as long as any response it made (QQuickPixmapReader holds a reference per response), and a
 * response the engine's reader thread no longer collects (one it cancelled while the engine was torn down)
 * is never deleted: its provider then outlives the engine and its pool threads are still decoding, or
 * drawing an error tile, when QGuiApplication is destroyed, which aborts ("Must construct a
 * QGuiApplication before accessing QFontDatabase") or crashes. A pool enrolled here is cleared of queued
 * work and waited for by a post routine, the first thing ~QGuiApplication runs.
 */
class PoolDrain
{
public:
    /** Waits for @p pool when the application goes away, unless it is withdrawn first. Needs a
     *  QCoreApplication. */
    static void enrol(QThreadPool *pool);
    /** For a pool whose owner waits for it itself (a provider the engine deleted). */
    static void withdraw(QThreadPool *pool);
    /** Clears every enrolled pool's queue and waits for what is running: the post routine. */
    static void drainAll();
};
