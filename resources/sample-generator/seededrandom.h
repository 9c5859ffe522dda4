#pragma once

#include <cstdint>
#include <random>

/**
 * The generator's only source of variety. std::mt19937's output is fixed by the standard, but the
 * distributions are not, so values are scaled here by hand: the sample gallery must come out byte for
 * byte the same on every machine that builds it.
 */
class SeededRandom
{
public:
    explicit SeededRandom(std::uint32_t seed) : m_engine(seed) {}

    /** A value in [low, high). */
    double uniform(double low, double high) { return low + (high - low) * (m_engine() / 4294967296.0); }

    /** Roughly bell-shaped around @p centre (the sum of three uniforms), at most @p spread away. */
    double around(double centre, double spread)
    {
        return centre + spread * (uniform(-1, 1) + uniform(-1, 1) + uniform(-1, 1)) / 3;
    }

private:
    std::mt19937 m_engine;
};
