#include <catch2/catch.hpp>

#include "scan/pairassembler.h"

// A scan's records arrive one file at a time, in any order, from the catalog or read: each pair becomes
// one row once both halves are in.

namespace {

PhotoRecord record(const QString &path, const QString &caption = {})
{
    PhotoRecord r;
    r.path = path;
    r.caption = caption;
    r.fileSize = path.size();
    return r;
}

PhotoFile file(const QString &path)
{
    PhotoFile listed;
    listed.path = path;
    return listed;
}

PairAssembler assembler()
{
    return PairAssembler(RawJpegPairing::of(
        {file(QStringLiteral("/d/a.jpg")), file(QStringLiteral("/d/a.nef")), file(QStringLiteral("/d/b.jpg"))}));
}

} // namespace

TEST_CASE("a pair's row comes once both halves are in, whichever comes first", "[pairs]")
{
    for (const bool rawFirst : {true, false}) {
        INFO("RAW first: " << rawFirst);
        PairAssembler pairs = assembler();
        const PhotoRecord jpeg = record(QStringLiteral("/d/a.jpg"));
        const PhotoRecord raw = record(QStringLiteral("/d/a.nef"), QStringLiteral("from the RAW"));
        CHECK_FALSE(pairs.add(rawFirst ? raw : jpeg, rawFirst ? 2 : 1).has_value());
        const std::optional<PhotoRow> row = pairs.add(rawFirst ? jpeg : raw, rawFirst ? 1 : 2);
        REQUIRE(row.has_value());
        CHECK(row->path() == QStringLiteral("/d/a.jpg"));
        CHECK(row->companionPath() == QStringLiteral("/d/a.nef"));
        CHECK(row->companionSize() == raw.fileSize);
        CHECK(row->text(PhotoRow::Text::Caption) == QStringLiteral("from the RAW"));
        CHECK(row->version() == 1); // the JPEG's stamp: the picture and its caches are the JPEG's
        CHECK(pairs.takeUnmatched().isEmpty());
    }
}

TEST_CASE("a file of no pair passes through, and a half whose other never came is shown alone", "[pairs]")
{
    PairAssembler pairs = assembler();
    const std::optional<PhotoRow> alone = pairs.add(record(QStringLiteral("/d/b.jpg")), 7);
    REQUIRE(alone.has_value());
    CHECK(alone->path() == QStringLiteral("/d/b.jpg"));
    CHECK_FALSE(alone->hasCompanion());

    CHECK_FALSE(pairs.add(record(QStringLiteral("/d/a.nef")), 3).has_value());
    const QList<PhotoRow> unmatched = pairs.takeUnmatched();
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched.constFirst().path() == QStringLiteral("/d/a.nef"));
    CHECK(pairs.takeUnmatched().isEmpty());
}

TEST_CASE("the shown paths are every listed path but the paired RAWs", "[pairs]")
{
    const QList<PhotoFile> files = {file(QStringLiteral("/d/a.jpg")), file(QStringLiteral("/d/a.nef")),
                                    file(QStringLiteral("/d/b.jpg")), file(QStringLiteral("/d/c.nef"))};
    CHECK(PairAssembler(RawJpegPairing::of(files)).shownPaths(files) ==
          QStringList{QStringLiteral("/d/a.jpg"), QStringLiteral("/d/b.jpg"), QStringLiteral("/d/c.nef")});
    PairAssembler off; // pairing off: every file is shown, each as its own row
    CHECK(off.shownPaths(files).size() == 4);
    const std::optional<PhotoRow> raw = off.add(record(QStringLiteral("/d/a.nef")), 1);
    REQUIRE(raw.has_value());
    CHECK(raw->path() == QStringLiteral("/d/a.nef"));
}
