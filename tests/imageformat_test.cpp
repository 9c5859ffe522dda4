#include <catch2/catch.hpp>

#include "metadata/imageformat.h"

TEST_CASE("formats are told from content", "[format]")
{
    CHECK(ImageFormat::sniff("\xFF\xD8\xFF\xE0").name() == QStringLiteral("jpeg"));
    CHECK(ImageFormat::sniff("\x89PNG\r\n\x1A\n....").name() == QStringLiteral("png"));
    CHECK(ImageFormat::sniff(QByteArrayView("II*\0\x08\0\0\0", 8)).name() == QStringLiteral("tiff"));
    CHECK(ImageFormat::sniff(QByteArrayView("MM\0*\0\0\0\x08", 8)).name() == QStringLiteral("tiff"));
    CHECK(ImageFormat::sniff(QByteArrayView("RIFF\x10\0\0\0WEBPVP8 ", 16)).name() == QStringLiteral("webp"));
    CHECK(ImageFormat::sniff("GIF89a").name() == QStringLiteral("gif"));
    CHECK(ImageFormat::sniff(QByteArrayView("\0\0\0\x18"
                                            "ftypheic\0\0\0\0",
                                            16))
              .name() == QStringLiteral("heif"));
    CHECK(ImageFormat::sniff(QByteArrayView("\0\0\0\x18"
                                            "ftypavif\0\0\0\0",
                                            16))
              .name() == QStringLiteral("avif"));
}

TEST_CASE("video containers, documents and text are not images", "[format]")
{
    CHECK_FALSE(ImageFormat::sniff(QByteArrayView("\0\0\0\x18"
                                                  "ftypisom\0\0\0\0",
                                                  16))
                    .isImage());
    CHECK_FALSE(ImageFormat::sniff(QByteArrayView("\0\0\0\x18"
                                                  "ftypqt  \0\0\0\0",
                                                  16))
                    .isImage());
    CHECK_FALSE(ImageFormat::sniff("%PDF-1.7").isImage());
    CHECK_FALSE(ImageFormat::sniff("Hello, this is text").isImage());
    CHECK_FALSE(ImageFormat::sniff("").isImage());
    CHECK(ImageFormat::describeNonImage("Hello, this is text") == QStringLiteral("text"));
    CHECK(ImageFormat::describeNonImage("%PDF-1.7") == QStringLiteral("a PDF document"));
    CHECK(ImageFormat::describeNonImage(QByteArrayView("\0\x01\x02\x03\xFE", 5)) ==
          QStringLiteral("data in no known image format"));
}

TEST_CASE("extensions name the format usually meant, case-insensitively", "[format]")
{
    CHECK(ImageFormat::fromExtension(QStringLiteral("DSC_0001.JPG")).name() == QStringLiteral("jpeg"));
    CHECK(ImageFormat::fromExtension(QStringLiteral("/a/b.c/scan.tif")).name() == QStringLiteral("tiff"));
    CHECK_FALSE(ImageFormat::fromExtension(QStringLiteral("notes.txt")).isImage());
    CHECK_FALSE(ImageFormat::fromExtension(QStringLiteral("IMG_1.xmp")).isImage());
}
