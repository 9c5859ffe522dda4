#pragma once

#include "scenestyle.h"
#include "seededrandom.h"

#include <QImage>
#include <QPointF>

class QPainter;

/**
 * Paints a Soyuz launch as seen from the ground at Baikonur: a dusk or night sky over the flat steppe,
 * the pad's lattice tower and lightning masts, the rocket with its flame, its trail, and the smoke
 * cloud spreading over the pad. No text: the metadata carries all the words.
 */
class LaunchScene
{
public:
    LaunchScene(QSize size, const SceneStyle &style, std::uint32_t seed);

    [[nodiscard]] QImage render();

private:
    void paintSky(QPainter &painter);
    void paintStars(QPainter &painter);
    void paintGround(QPainter &painter);
    void paintHorizonLights(QPainter &painter);
    void paintPadLight(QPainter &painter);
    void paintTrail(QPainter &painter);
    void paintTower(QPainter &painter);
    void paintLattice(QPainter &painter, const QRectF &frame, const QColor &steel);
    void paintRocket(QPainter &painter);
    void paintRocketBody(QPainter &painter);
    void paintFlame(QPainter &painter, double scale);
    void paintSmoke(QPainter &painter);

    [[nodiscard]] bool onPad() const { return m_style.flight <= 0; }
    [[nodiscard]] double padX() const { return m_style.across * m_size.width(); }
    [[nodiscard]] QPointF rocketBase(double flight) const;
    [[nodiscard]] double rocketAngle(double flight) const;
    [[nodiscard]] double engineLight() const;

    QSize m_size;
    SceneStyle m_style;
    SeededRandom m_random;
    double m_unit;    // a thousandth of the short side: every size scales with the picture
    double m_groundY; // the horizon
    double m_climb;   // how far the rocket rises between flight 0 and 1
};
