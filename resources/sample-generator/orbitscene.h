#pragma once

#include "scenestyle.h"
#include "seededrandom.h"

#include <QImage>
#include <QPointF>

class QPainter;

/**
 * Paints the launch as the station's crew saw it: the night side of the Earth below a curved limb
 * with its blue atmosphere and green airglow, city lights, and the rocket's plume streaking up
 * towards the horizon, seen through a window whose edges fall off into shadow.
 */
class OrbitScene
{
public:
    OrbitScene(QSize size, const SceneStyle &style, std::uint32_t seed);

    [[nodiscard]] QImage render();

private:
    void paintEarth(QPainter &painter);
    void paintClouds(QPainter &painter);
    void paintCityLights(QPainter &painter);
    void paintCity(QPainter &painter, QPointF centre, double depth, double size, int lights);
    void paintLimb(QPainter &painter);
    void paintPlume(QPainter &painter);
    void paintVignette(QPainter &painter);

    [[nodiscard]] QPointF surfacePoint(double x, double depth) const;
    [[nodiscard]] bool onEarth(QPointF point) const;
    [[nodiscard]] QPointF plumePoint(double along) const;

    QSize m_size;
    SceneStyle m_style;
    SeededRandom m_random;
    double m_unit;   // a thousandth of the short side: every size scales with the picture
    double m_limbY;  // where the limb crosses the middle of the picture
    double m_radius; // the Earth's, far larger than the picture, so that the limb curves gently
    QPointF m_centre;
};
