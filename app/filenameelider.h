#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/**
 * Shortens a file name to fit a width in a few lines, so that names that differ anywhere still look
 * different: the name runs on over the lines, and only the last one loses its middle. A desk's names
 * differ at the end ("…_rollout_0001.jpg", "…_0002.jpg") as often as in the middle
 * ("expedition46-soyuz-tma19m-rollout-baikonur-…-0001.jpg", "…-landing-…"), and one line elided at
 * either place makes one of the two kinds identical. The full name is in the tooltip.
 */
class FileNameElider : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FileNameElider(QObject *parent = nullptr);

    /** @p name in at most @p lines lines of @p width pixels in @p font, joined with "\n". */
    Q_INVOKABLE [[nodiscard]] QString elided(const QString &name, const QFont &font, qreal width, int lines = 2) const;

    [[nodiscard]] static QString elide(const QString &name, const QFontMetricsF &metrics, qreal width, int lines);
};
