#pragma once

#include <catch2/catch.hpp>

#include <unistd.h>

/**
 * Runs a block with the effective user "nobody" when the tests run as root (CI), so that permissions
 * apply; chmod alone does not stop root from writing.
 */
class UnprivilegedScope
{
public:
    UnprivilegedScope() : m_dropped(::geteuid() == 0 && ::seteuid(65534) == 0) {}
    ~UnprivilegedScope()
    {
        if (m_dropped)
            REQUIRE(::seteuid(0) == 0);
    }
    UnprivilegedScope(const UnprivilegedScope &) = delete;
    UnprivilegedScope &operator=(const UnprivilegedScope &) = delete;

private:
    bool m_dropped;
};
