#pragma once

// Lets Catch2 print Qt values in failure messages; force-included into every test (tests/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "{ \"" + value.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};

} // namespace Catch

// Catch2 2 has no SKIP: a test that cannot run here says why and returns, and ctest reports it as
// skipped, not passed (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt matches the prefix).
#define BYLINE_SKIP(reason)                                                                                            \
    do {                                                                                                               \
        WARN("BYLINE-SKIPPED: " << reason);                                                                            \
        return;                                                                                                        \
    } while (false)
