#pragma once

#include <QRgb>

/** What a sample photo shows; each kind has its own painter. */
enum class Scene
{
    Orbit,  // the launch seen from the space station
    Launch, // the launch seen from the ground at Baikonur
};

/** The few numbers that make one painted scene differ from the others of its kind. */
struct SceneStyle
{
    // Launch: 0 on the pad, 1 at the top of the frame, more = out of sight above it.
    // Orbit: how far the plume streak has climbed towards the Earth's limb, 0-1.
    double flight = 0;
    // Launch: 0 = the last dusk light, 1 = full night. Orbit: 0 = moonlit clouds, 1 = none.
    double darkness = 1;
    // Launch: where the pad stands; orbit: where the streak starts; as a fraction of the width.
    double across = 0.5;
    // Launch: the downrange direction and how much the path bends, -1 (left) to 1 (right).
    // Orbit: the camera's roll, -1 to 1.
    double tilt = 0;
    QRgb glow = 0xffffc070; // the colour of the exhaust's light
};
