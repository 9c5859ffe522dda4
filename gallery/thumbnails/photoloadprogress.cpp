#include "photoloadprogress.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QMetaObject>

PhotoLoadProgress *PhotoLoadProgress::instance()
{
    // Created on first use and kept for the process, so reports from a late worker never dangle.
    static PhotoLoadProgress *const progress = [] {
        auto *object = new PhotoLoadProgress;
        if (QCoreApplication::instance())
            object->moveToThread(QCoreApplication::instance()->thread());
        return object;
    }();
    return progress;
}

PhotoLoadProgress *PhotoLoadProgress::create(QQmlEngine *, QJSEngine *engine)
{
    PhotoLoadProgress *progress = instance();
    engine->setObjectOwnership(progress, QJSEngine::CppOwnership);
    return progress;
}

void PhotoLoadProgress::report(const QString &path, double fraction)
{
    QMetaObject::invokeMethod(
        this, [this, path, fraction] { emit progressChanged(path, fraction); }, Qt::QueuedConnection);
}
