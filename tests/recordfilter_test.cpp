#include <catch2/catch.hpp>

#include "models/recordfilter.h"

namespace {

PhotoRecord photo(const char *path, const char *caption, const char *credit)
{
    PhotoRecord record;
    record.path = QString::fromUtf8(path);
    record.caption = QString::fromUtf8(caption);
    record.credit = QString::fromUtf8(credit);
    return record;
}

} // namespace

TEST_CASE("a record filter applies the window's credit and search rules to records", "[models]")
{
    const PhotoRecord kopra = photo("/p/kopra.jpg", "Over western Asia.", "NASA/Tim Kopra");
    const PhotoRecord peake = photo("/p/peake.jpg", "Docking at the Station.", "NASA/ESA/Tim Peake");
    const PhotoRecord energia = photo("/p/energia.jpg", "Liftoff from Baïkonur.", "Energia");
    const PhotoRecord none = photo("/p/none.jpg", "No credit.", "");
    const QList<PhotoRecord> all = {kopra, peake, energia, none};

    CHECK(RecordFilter({}, {}).filtered(all) == all);
    // Agencies take every credit under them; spellings fold by grouping key.
    CHECK(RecordFilter({QStringLiteral("nasa")}, {}).filtered(all) == QList<PhotoRecord>{kopra, peake});
    CHECK(RecordFilter({QStringLiteral("ESA")}, {}).filtered(all) == QList<PhotoRecord>{peake});
    CHECK(RecordFilter({QStringLiteral("NASA / tim kopra"), QStringLiteral("Energia")}, {}).filtered(all) ==
          QList<PhotoRecord>{kopra, energia});
    // Every word, any field or the file name, case and accents ignored.
    CHECK(RecordFilter({}, QStringLiteral("baikonur LIFTOFF")).filtered(all) == QList<PhotoRecord>{energia});
    CHECK(RecordFilter({}, QStringLiteral("peake.jpg")).filtered(all) == QList<PhotoRecord>{peake});
    CHECK(RecordFilter({QStringLiteral("NASA")}, QStringLiteral("asia")).filtered(all) ==
          QList<PhotoRecord>{kopra});
}
