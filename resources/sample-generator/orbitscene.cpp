#include "orbitscene.h"

#include "paint.h"

#include <QLineF>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>

OrbitScene::OrbitScene(QSize size, const SceneStyle &style, std::uint32_t seed)
    : m_size(size), m_style(style), m_random(seed), m_unit(std::min(size.width(), size.height()) / 1000.0),
      m_limbY(0.2 * size.height()), m_radius(3.0 * size.width()), m_centre(size.width() / 2.0, m_limbY + m_radius)
{}

QImage OrbitScene::render()
{
    QImage image(m_size, QImage::Format_RGB32);
    image.fill(QColor(2, 3, 8));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The camera's roll turns everything but the black of space.
    const QPointF middle(m_size.width() / 2.0, m_size.height() / 2.0);
    painter.translate(middle);
    painter.rotate(14 * m_style.tilt);
    painter.translate(-middle);
    paintEarth(painter);
    paintClouds(painter);
    paintCityLights(painter);
    paintLimb(painter);
    paintPlume(painter);
    painter.resetTransform();
    paintVignette(painter);
    return image;
}

void OrbitScene::paintEarth(QPainter &painter)
{
    // The night side: hazy blue just below the limb, nearly black further down.
    QLinearGradient night(0, m_limbY, 0, 1.2 * m_size.height());
    night.setColorAt(0, QColor(34, 56, 104));
    night.setColorAt(0.05, QColor(14, 20, 38));
    night.setColorAt(1, QColor(8, 8, 12));
    painter.setPen(Qt::NoPen);
    painter.setBrush(night);
    painter.drawEllipse(m_centre, m_radius, m_radius);
}

void OrbitScene::paintClouds(QPainter &painter)
{
    // Moonlit cloud banks, flattened more the nearer they lie to the horizon.
    const int count = int(50 * (1 - m_style.darkness));
    for (int i = 0; i < count; ++i) {
        const double depth = m_random.uniform(0.05, 1);
        const QPointF at = surfacePoint(m_random.uniform(0, m_size.width()), depth);
        const double radius = m_random.uniform(60, 220) * m_unit;
        painter.save();
        painter.translate(at);
        painter.scale(1, 0.15 + 0.6 * depth);
        Paint::softDisc(painter, QPointF(0, 0), radius, QColor(96, 106, 132, int(m_random.uniform(30, 80))));
        painter.restore();
    }
}

void OrbitScene::paintCityLights(QPainter &painter)
{
    // One large city beside the plume's path, as in the crew's photos, then towns to the horizon.
    const QPointF city = plumePoint(0.55) + QPointF(160, 40) * m_unit;
    paintCity(painter, city, 0.6, 70 * m_unit, 700);
    for (int i = 0; i < 45; ++i) {
        const double depth = m_random.uniform(0, 1);
        const QPointF at = surfacePoint(m_random.uniform(-0.1, 1.1) * m_size.width(), depth);
        paintCity(painter, at, depth, m_random.uniform(6, 30) * m_unit, int(m_random.uniform(6, 70)));
    }
}

void OrbitScene::paintCity(QPainter &painter, QPointF centre, double depth, double size, int lights)
{
    // Sodium-orange street lights, bunched around the centre and foreshortened towards the horizon.
    const double squash = 0.2 + 0.8 * depth;
    Paint::glow(painter, centre, 1.4 * size, QColor(255, 160, 80, 50));
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < lights; ++i) {
        const QPointF at = centre + QPointF(m_random.around(0, size), m_random.around(0, size * squash));
        if (!onEarth(at))
            continue;
        const double radius = m_random.uniform(0.6, 1.8) * (0.4 + squash) * m_unit;
        painter.setBrush(QColor(255, int(m_random.uniform(170, 220)), int(m_random.uniform(90, 145)),
                                int(m_random.uniform(110, 255))));
        painter.drawEllipse(at, radius, radius);
    }
}

void OrbitScene::paintLimb(QPainter &painter)
{
    // The atmosphere: a blue band on the limb thinning out into space, and above it the thin green
    // line of airglow that the crew's night photos show.
    struct Band
    {
        double offset, width;
        QColor colour;
    };
    const Band bands[] = {
        {4, 28, QColor(40, 90, 200, 70)},  {3, 10, QColor(70, 140, 255, 140)}, {2, 3, QColor(150, 200, 255, 200)},
        {18, 16, QColor(60, 160, 90, 30)}, {18, 4, QColor(100, 210, 120, 90)},
    };
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Screen);
    painter.setBrush(Qt::NoBrush);
    for (const Band &band : bands) {
        painter.setPen(QPen(band.colour, band.width * m_unit));
        const double radius = m_radius + band.offset * m_unit;
        painter.drawEllipse(m_centre, radius, radius);
    }
    painter.restore();
}

void OrbitScene::paintPlume(QPainter &painter)
{
    // A soft glow around a thin white-hot line, both brighter towards the rocket at the head.
    const QColor glow = QColor::fromRgb(m_style.glow);
    constexpr int steps = 90;
    for (int i = 0; i < steps; ++i) {
        const QPointF from = plumePoint(m_style.flight * i / steps);
        const QPointF to = plumePoint(m_style.flight * (i + 1) / steps);
        const double near = double(i + 1) / steps;
        painter.setPen(QPen(Paint::withAlpha(glow, int(30 + 70 * near)), 14 * m_unit, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(from, to);
        painter.setPen(QPen(QColor(255, 250, 236, int(80 + 175 * near)), 2.5 * m_unit, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(from, to);
    }
    const QPointF head = plumePoint(m_style.flight);
    Paint::glow(painter, head, 70 * m_unit, Paint::withAlpha(glow, 230));
    Paint::glow(painter, head, 14 * m_unit, QColor(255, 255, 250));
}

void OrbitScene::paintVignette(QPainter &painter)
{
    // The station's window: the corners fall off into darkness.
    const QPointF middle(m_size.width() / 2.0, m_size.height() / 2.0);
    QRadialGradient shade(middle, QLineF(QPointF(0, 0), middle).length());
    shade.setColorAt(0.55, QColor(0, 0, 0, 0));
    shade.setColorAt(1, QColor(0, 0, 0, 190));
    painter.fillRect(QRect(QPoint(0, 0), m_size), shade);
}

QPointF OrbitScene::surfacePoint(double x, double depth) const
{
    // Depth 0 lies at the horizon and 1 at the bottom edge; the ground crowds towards the horizon.
    const double bottom = 1.05 * m_size.height();
    return {x, m_limbY + 15 * m_unit + (bottom - m_limbY) * std::pow(depth, 1.4)};
}

bool OrbitScene::onEarth(QPointF point) const
{
    return QLineF(point, m_centre).length() < m_radius - 3 * m_unit;
}

QPointF OrbitScene::plumePoint(double along) const
{
    // A quadratic Bézier from near the bottom of the picture up towards the limb.
    const double w = m_size.width();
    const double h = m_size.height();
    const QPointF start(m_style.across * w, 0.98 * h);
    const QPointF bend((m_style.across - 0.05) * w, 0.5 * h);
    const QPointF end((m_style.across + 0.25) * w, m_limbY + 0.1 * h);
    const double rest = 1 - along;
    return rest * rest * start + 2 * rest * along * bend + along * along * end;
}
