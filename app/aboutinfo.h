#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/**
 * What the About dialog shows: Byline's version (PROJECT_VERSION in CMake), the versions of the Qt and
 * Exiv2 libraries loaded at run time, and the licence notice of LICENSE, compiled into the program.
 */
class AboutInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString exiv2Version READ exiv2Version CONSTANT)
    Q_PROPERTY(QString licenceText READ licenceText CONSTANT)

public:
    explicit AboutInfo(QObject *parent = nullptr);

    [[nodiscard]] static QString version();
    [[nodiscard]] static QString qtVersion();
    [[nodiscard]] static QString exiv2Version();
    /** The text of LICENSE: the MIT licence and the notes on Qt (LGPL-3.0) and Exiv2 (GPL-2.0-or-later). */
    [[nodiscard]] static QString licenceText();
};
