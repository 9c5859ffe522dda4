#include "launchscene.h"

#include "paint.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

constexpr double s_tableHeight = 40; // the launch table the rocket stands on, in units

// The rocket seems to shrink as it climbs away from the camera.
double rocketScale(double flight)
{
    return 1 / (1 + 12 * flight * flight);
}

} // namespace

LaunchScene::LaunchScene(QSize size, const SceneStyle &style, std::uint32_t seed)
    : m_size(size), m_style(style), m_random(seed), m_unit(std::min(size.width(), size.height()) / 1000.0),
      m_groundY(std::round(size.height() * (size.height() > size.width() ? 0.8 : 0.74))) // a crisp horizon
      ,
      m_climb(m_groundY - s_tableHeight * m_unit - 0.08 * size.height())
{}

QImage LaunchScene::render()
{
    QImage image(m_size, QImage::Format_RGB32);
    image.fill(Qt::black); // a new QImage holds whatever memory it got, and antialiased edges blend with it
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintSky(painter);
    paintStars(painter);
    paintGround(painter);
    paintHorizonLights(painter);
    paintPadLight(painter);
    paintTrail(painter);
    paintTower(painter);
    paintRocket(painter);
    paintSmoke(painter);
    return image;
}

void LaunchScene::paintSky(QPainter &painter)
{
    const double night = m_style.darkness;
    QLinearGradient sky(0, 0, 0, m_groundY);
    sky.setColorAt(0, Paint::mix(QColor(40, 62, 120), QColor(4, 7, 20), night));
    sky.setColorAt(0.6, Paint::mix(QColor(118, 102, 160), QColor(16, 20, 46), night));
    sky.setColorAt(0.9, Paint::mix(QColor(228, 138, 110), QColor(44, 34, 62), night));
    sky.setColorAt(1, Paint::mix(QColor(250, 182, 112), QColor(70, 48, 60), night));
    painter.fillRect(QRectF(0, 0, m_size.width(), m_groundY), sky);
}

void LaunchScene::paintStars(QPainter &painter)
{
    // Only a dark sky shows stars, and only well above the glow of the horizon.
    const int count = int(260 * m_style.darkness * m_style.darkness);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < count; ++i) {
        const QPointF at(m_random.uniform(0, m_size.width()), m_random.uniform(0, 0.7 * m_groundY));
        const double radius = m_random.uniform(0.5, 1.6) * m_unit;
        painter.setBrush(QColor(220, 230, 255, int(m_random.uniform(60, 230) * m_style.darkness)));
        painter.drawEllipse(at, radius, radius);
    }
}

void LaunchScene::paintGround(QPainter &painter)
{
    const double night = m_style.darkness;
    QLinearGradient ground(0, m_groundY, 0, m_size.height());
    ground.setColorAt(0, Paint::mix(QColor(96, 78, 62), QColor(22, 18, 20), night));
    ground.setColorAt(1, Paint::mix(QColor(40, 32, 26), QColor(8, 7, 8), night));
    painter.fillRect(QRectF(0, m_groundY, m_size.width(), m_size.height() - m_groundY), ground);
    // Tracks and scrub: dark streaks, thinner and shorter towards the horizon, as on a flat plain.
    for (int i = 0; i < 60; ++i) {
        const double depth = m_random.uniform(0, 1);
        const double y = m_groundY + depth * depth * (m_size.height() - m_groundY);
        const double length = m_random.uniform(40, 400) * (0.3 + depth) * m_unit;
        const double x = m_random.uniform(-length, m_size.width());
        painter.setPen(QPen(QColor(0, 0, 0, int(m_random.uniform(20, 70))), (0.5 + 3 * depth) * m_unit));
        painter.drawLine(QPointF(x, y), QPointF(x + length, y));
    }
}

void LaunchScene::paintHorizonLights(QPainter &painter)
{
    // The cosmodrome's other sites, far off across the steppe.
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 30; ++i) {
        const QPointF at(m_random.uniform(0, m_size.width()), m_groundY + m_random.uniform(-1, 3) * m_unit);
        painter.setBrush(QColor(255, 214, 150, int(m_random.uniform(80, 230) * m_style.darkness)));
        painter.drawEllipse(at, 1.3 * m_unit, 1.3 * m_unit);
    }
}

void LaunchScene::paintPadLight(QPainter &painter)
{
    if (onPad()) {
        // Floodlights on the rocket before launch.
        const QPointF target(padX(), m_groundY - 150 * m_unit);
        Paint::glow(painter, target, 420 * m_unit, QColor(255, 240, 214, int(40 + 90 * m_style.darkness)));
        return;
    }
    // The flame lights up sky and steppe around it.
    const double light = engineLight();
    const QColor colour = Paint::withAlpha(QColor::fromRgb(m_style.glow), int(220 * light));
    Paint::glow(painter, rocketBase(m_style.flight), 1000 * light * m_unit, colour);
}

void LaunchScene::paintTrail(QPainter &painter)
{
    if (onPad())
        return;
    // Low down the trail is smoke, billowing wide; higher up, a line of exhaust glowing brighter
    // towards the rocket. Short flat-capped segments let width and colour change along the path.
    const QColor glow = QColor::fromRgb(m_style.glow);
    const QColor smoke = Paint::mix(QColor(150, 140, 135), glow, 0.3);
    constexpr int steps = 90;
    for (int i = 0; i < steps; ++i) {
        const double along = double(i) / steps;
        const QPointF from = rocketBase(m_style.flight * i / steps);
        const QPointF to = rocketBase(m_style.flight * (i + 1) / steps);
        const double width = rocketScale(m_style.flight * along) * m_unit;
        painter.setPen(QPen(Paint::withAlpha(smoke, int(90 * (1 - along))), (70 * (1 - along) + 8) * width,
                            Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(from, to);
        painter.setPen(QPen(Paint::withAlpha(glow, int(40 + 200 * along * along)), 6 * width + m_unit, Qt::SolidLine,
                            Qt::FlatCap));
        painter.drawLine(from, to);
    }
}

void LaunchScene::paintTower(QPainter &painter)
{
    // Silhouettes: the launch table, the support arms that hold the rocket until lift-off and then
    // swing open, the umbilical tower beside it and two lightning masts.
    const double u = m_unit;
    const QColor steel = Paint::mix(QColor(44, 40, 42), QColor(6, 6, 9), m_style.darkness);
    painter.setPen(Qt::NoPen);
    painter.setBrush(steel);
    painter.drawRect(QRectF(padX() - 150 * u, m_groundY - s_tableHeight * u, 300 * u, s_tableHeight * u));
    const double open = onPad() ? 0 : 1;
    painter.setPen(QPen(steel, 9 * u, Qt::SolidLine, Qt::RoundCap));
    for (const double side : {-1.0, 1.0}) {
        const QPointF foot(padX() + side * 70 * u, m_groundY - s_tableHeight * u);
        painter.drawLine(foot, foot + QPointF(side * (-55 + 110 * open), -(110 - 40 * open)) * u);
    }
    paintLattice(painter, QRectF(padX() + 60 * u, m_groundY - 300 * u, 36 * u, 300 * u), steel);
    for (const double x : {-400.0, 380.0}) {
        const QRectF mast(padX() + x * u, m_groundY - 470 * u, 14 * u, 470 * u);
        paintLattice(painter, mast, steel);
        Paint::glow(painter, QPointF(mast.center().x(), mast.top()), 6 * u,
                    QColor(255, 40, 30, int(255 * m_style.darkness))); // aviation warning light
    }
}

void LaunchScene::paintLattice(QPainter &painter, const QRectF &frame, const QColor &steel)
{
    painter.setPen(QPen(steel, 2.5 * m_unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(frame.topLeft(), frame.bottomLeft());
    painter.drawLine(frame.topRight(), frame.bottomRight());
    const double step = 1.2 * frame.width();
    for (double y = frame.top(); y + step <= frame.bottom() + 0.5; y += step) {
        painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y + step));
        painter.drawLine(QPointF(frame.right(), y), QPointF(frame.left(), y + step));
    }
}

void LaunchScene::paintRocket(QPainter &painter)
{
    // Drawn in rocket units (300 tall at lift-off) from the middle of its base, nose up, turned
    // along its path.
    const double scale = rocketScale(m_style.flight);
    painter.save();
    painter.setClipRect(QRectF(0, 0, m_size.width(), m_groundY)); // the flame trench swallows the flame
    painter.translate(rocketBase(m_style.flight));
    painter.rotate(rocketAngle(m_style.flight));
    painter.scale(scale * m_unit, scale * m_unit);
    if (!onPad())
        paintFlame(painter, scale);
    paintRocketBody(painter);
    painter.restore();
}

void LaunchScene::paintRocketBody(QPainter &painter)
{
    // Lit from the side by floodlights on the pad, in flight tinted by its own flame.
    const QColor white(236, 236, 228);
    const QColor light = onPad() ? white : Paint::mix(white, QColor::fromRgb(m_style.glow), 0.4);
    QLinearGradient body(-16, 0, 16, 0);
    body.setColorAt(0, Paint::mix(light, QColor(10, 10, 16), 0.55 + 0.35 * m_style.darkness));
    body.setColorAt(0.35, light);
    body.setColorAt(1, Paint::mix(light, QColor(10, 10, 16), 0.7));
    painter.setPen(Qt::NoPen);
    painter.setBrush(body);
    painter.drawRect(QRectF(-13, -235, 26, 235)); // core and third stage
    painter.drawPolygon(QPolygonF({{-16, -235}, {-16, -272}, {-7, -300}, {7, -300}, {16, -272}, {16, -235}}));
    painter.drawPolygon(QPolygonF({{-13, -105}, {-36, 0}, {-13, 0}})); // the side boosters
    painter.drawPolygon(QPolygonF({{13, -105}, {36, 0}, {13, 0}}));
    painter.drawPolygon(QPolygonF({{-4, -108}, {4, -108}, {12, 0}, {-12, 0}})); // the front booster
    painter.setBrush(QColor(20, 20, 24));
    painter.drawRect(QRectF(-13, -206, 26, 7)); // the open truss below the third stage
}

void LaunchScene::paintFlame(QPainter &painter, double scale)
{
    // The halo shrinks more slowly than the rocket, so a distant rocket is still a bright point.
    const QColor glow = QColor::fromRgb(m_style.glow);
    Paint::glow(painter, QPointF(0, 40), 260 / std::sqrt(scale), Paint::withAlpha(glow, 210));
    QLinearGradient flame(0, 0, 0, 330);
    flame.setColorAt(0, QColor(255, 255, 246));
    flame.setColorAt(0.3, glow);
    flame.setColorAt(1, Paint::withAlpha(glow, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(flame);
    painter.drawEllipse(QRectF(-32, -6, 64, 336));
}

void LaunchScene::paintSmoke(QPainter &painter)
{
    if (onPad())
        return;
    // The exhaust cloud spreads over the pad as the rocket climbs, lit by the flame while it is near.
    const double spread = std::min(m_style.flight, 1.0);
    const QColor grey = Paint::mix(QColor(150, 142, 138), QColor(40, 38, 44), 0.6 * m_style.darkness);
    const QColor lit = Paint::mix(grey, QColor::fromRgb(m_style.glow), engineLight());
    for (int i = 0; i < 28; ++i) {
        const double x = padX() + m_random.around(0, (150 + 700 * spread) * m_unit);
        const double y = m_groundY - std::abs(m_random.around(0, (40 + 180 * spread) * m_unit));
        const double radius = m_random.uniform(50, 130 + 120 * spread) * m_unit;
        Paint::softDisc(painter, QPointF(x, y), radius, Paint::withAlpha(lit, int(m_random.uniform(120, 220))));
    }
}

QPointF LaunchScene::rocketBase(double flight) const
{
    // Straight up at first, then bending downrange ever more, as a gravity turn does.
    const double downrange = m_style.tilt * 0.35 * m_size.width() * flight * flight;
    return {padX() + downrange, m_groundY - s_tableHeight * m_unit - m_climb * flight};
}

double LaunchScene::rocketAngle(double flight) const
{
    // Along the path: the derivative of rocketBase.
    return qRadiansToDegrees(std::atan2(m_style.tilt * 0.7 * m_size.width() * flight, m_climb));
}

double LaunchScene::engineLight() const
{
    // Bright at lift-off, fading with every second of the climb.
    return std::exp(-4 * m_style.flight);
}
