#pragma once

#include "export/exporter.h"
#include "export/exportrequest.h"
#include "thumbnails/photoloadprogress.h"

#include <QObject>
#include <QtQml/qqml.h>

// The QML names of Gallery types that live in lower layers. Those layers know no QML module (export is
// also byline-cli's, thumbnails the providers'); the Gallery module registers them from here.

struct ExporterForeign
{
    Q_GADGET
    QML_FOREIGN(Exporter)
    QML_NAMED_ELEMENT(Exporter)
};

struct ExportRequestForeign
{
    Q_GADGET
    QML_FOREIGN(ExportRequest)
    QML_NAMED_ELEMENT(ExportRequest)
};

struct PhotoLoadProgressForeign
{
    Q_GADGET
    QML_FOREIGN(PhotoLoadProgress)
    QML_NAMED_ELEMENT(PhotoLoadProgress)
    QML_SINGLETON

public:
    /** The process-wide instance, which the engine does not own. */
    static PhotoLoadProgress *create(QQmlEngine *engine, QJSEngine *scriptEngine)
    {
        return PhotoLoadProgress::create(engine, scriptEngine);
    }
};
