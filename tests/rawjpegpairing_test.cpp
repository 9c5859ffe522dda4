#include <catch2/catch.hpp>

#include "metadata/nativepath.h"
#include "scan/rawjpegpairing.h"

// Which files of a listing are one photo. Decided from names alone, so these tests need no files.

namespace {

QList<PhotoFile> listing(const QStringList &paths)
{
    QList<PhotoFile> files;
    for (const QString &path : paths) {
        PhotoFile file;
        file.path = path;
        files.append(file);
    }
    return files;
}

using Pair = std::pair<QString, QString>;

QList<Pair> pairsOf(const QStringList &paths)
{
    return RawJpegPairing::of(listing(paths)).pairs();
}

} // namespace

TEST_CASE("a RAW and a JPEG of the same stem are a pair, the stem compared case-insensitively", "[pairs]")
{
    const RawJpegPairing pairing = RawJpegPairing::of(listing({
        QStringLiteral("/d/IMG_0001.CR2"), QStringLiteral("/d/IMG_0001.JPG"), QStringLiteral("/d/DSC_1.nef"),
        QStringLiteral("/d/dsc_1.jpeg"), QStringLiteral("/d/P1000.RW2"), QStringLiteral("/d/p1000.Jpg"),
        QStringLiteral("/d/R5_0007.CR3"),
        QStringLiteral("/d/R5_0007.HEIC"), // Canon's RAW+HEIF
    }));
    CHECK(pairing.pairs() == QList<Pair>{{QStringLiteral("/d/IMG_0001.JPG"), QStringLiteral("/d/IMG_0001.CR2")},
                                         {QStringLiteral("/d/R5_0007.HEIC"), QStringLiteral("/d/R5_0007.CR3")},
                                         {QStringLiteral("/d/dsc_1.jpeg"), QStringLiteral("/d/DSC_1.nef")},
                                         {QStringLiteral("/d/p1000.Jpg"), QStringLiteral("/d/P1000.RW2")}});
    CHECK(pairing.companionOf(QStringLiteral("/d/dsc_1.jpeg")) == QStringLiteral("/d/DSC_1.nef"));
    CHECK(pairing.renditionOf(QStringLiteral("/d/DSC_1.nef")) == QStringLiteral("/d/dsc_1.jpeg"));
    CHECK(pairing.isCompanion(QStringLiteral("/d/DSC_1.nef")));
    CHECK_FALSE(pairing.isCompanion(QStringLiteral("/d/dsc_1.jpeg"))); // the JPEG is the row
    CHECK(pairing.isPaired(QStringLiteral("/d/dsc_1.jpeg")));
    CHECK(pairing.companionOf(QStringLiteral("/d/DSC_1.nef")).isEmpty());
}

TEST_CASE("a RAW alone and a JPEG alone stay photos of their own", "[pairs]")
{
    const RawJpegPairing pairing = RawJpegPairing::of(
        listing({QStringLiteral("/d/a.nef"), QStringLiteral("/d/b.jpg"), QStringLiteral("/d/c.cr2")}));
    CHECK(pairing.size() == 0);
    CHECK_FALSE(pairing.isPaired(QStringLiteral("/d/a.nef")));
    CHECK_FALSE(pairing.isPaired(QStringLiteral("/d/b.jpg")));
    CHECK(pairsOf({}).isEmpty());
}

TEST_CASE("files in different folders are never paired", "[pairs]")
{
    CHECK(pairsOf({QStringLiteral("/d/one/IMG_1.CR2"), QStringLiteral("/d/two/IMG_1.JPG")}).isEmpty());
    // The folder part is compared exactly: case-insensitive stems only, on a case-sensitive disk.
    CHECK(pairsOf({QStringLiteral("/d/Day/IMG_1.CR2"), QStringLiteral("/d/day/IMG_1.JPG")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/one/IMG_1.CR2"), QStringLiteral("/d/two/IMG_1.JPG"),
                   QStringLiteral("/d/two/IMG_1.NEF")}) ==
          QList<Pair>{{QStringLiteral("/d/two/IMG_1.JPG"), QStringLiteral("/d/two/IMG_1.NEF")}});
}

TEST_CASE("two renditions or two RAWs for one stem pair nothing", "[pairs]")
{
    // Which JPEG is the camera's cannot be told: every file stays a photo of its own.
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.jpg"), QStringLiteral("/d/a.jpeg")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.jpg"), QStringLiteral("/d/A.JPG")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/a.cr3"), QStringLiteral("/d/a.jpg"), QStringLiteral("/d/a.heic")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/a.cr2"), QStringLiteral("/d/a.dng"), QStringLiteral("/d/a.jpg")}).isEmpty());
    // Other files of the stem are no candidates: an edit saved as TIFF or PNG leaves the pair alone.
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.jpg"), QStringLiteral("/d/a.tif"),
                   QStringLiteral("/d/a.png")}) ==
          QList<Pair>{{QStringLiteral("/d/a.jpg"), QStringLiteral("/d/a.nef")}});
}

TEST_CASE("two JPEGs, or a RAW and an edit, are no pair", "[pairs]")
{
    CHECK(pairsOf({QStringLiteral("/d/a.jpg"), QStringLiteral("/d/A.jpeg")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.tif")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.psd")}).isEmpty());
    // The stem is the name before its last dot: "a.edit.jpg" is an edit named after the RAW.
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.edit.jpg")}).isEmpty());
    CHECK(pairsOf({QStringLiteral("/d/a.nef"), QStringLiteral("/d/a.nef.jpg")}).isEmpty());
}

TEST_CASE("names that are not valid UTF-8 pair by their bytes", "[pairs]")
{
    // NativePath keeps each such byte apart (U+DC80..U+DCFF): "a\xE9" pairs with "a\xE9", never "a\xE8".
    const QString e9 = NativePath::decode("/d/a\xE9"), e8 = NativePath::decode("/d/a\xE8");
    CHECK(pairsOf({e9 + QStringLiteral(".nef"), e9 + QStringLiteral(".JPG")}).size() == 1);
    CHECK(pairsOf({e9 + QStringLiteral(".nef"), e8 + QStringLiteral(".jpg")}).isEmpty());
}

TEST_CASE("pairing off: the default-made pairing has no pairs", "[pairs]")
{
    const RawJpegPairing off;
    CHECK(off.size() == 0);
    CHECK_FALSE(off.isCompanion(QStringLiteral("/d/a.nef")));
    CHECK(off.companionOf(QStringLiteral("/d/a.jpg")).isEmpty());
}
