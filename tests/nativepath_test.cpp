#include <catch2/catch.hpp>

#include "metadata/nativepath.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <set>
#include <unistd.h>

namespace {

// Writes @p bytes to the file whose name on disk is exactly @p nativePath, bypassing Qt's conversions.
void writeNative(const QByteArray &nativePath, const QByteArray &bytes)
{
    FILE *file = std::fopen(nativePath.constData(), "wb");
    REQUIRE(file);
    REQUIRE(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file) == size_t(bytes.size()));
    std::fclose(file);
}

} // namespace

TEST_CASE("UTF-8 names decode as Qt decodes them, and encode back to the same bytes", "[nativepath]")
{
    for (const QByteArray native : {QByteArray("/photos/plain.jpg"), QByteArray("/Ro\xD1\x81kosmos/caf\xC3\xA9.jpg"),
                                    QByteArray("/\xE6\x97\xA5\xE6\x9C\xAC/\xF0\x9F\x9A\x80 launch.jpg"),
                                    QByteArray("/a real \xEF\xBF\xBD in the name.jpg"), QByteArray()}) {
        INFO(native.toStdString());
        CHECK(NativePath::decode(native) == QString::fromUtf8(native));
        CHECK(NativePath::encode(NativePath::decode(native)) == native);
        CHECK_FALSE(NativePath::hasEscapes(NativePath::decode(native)));
    }
}

TEST_CASE("characters above U+FFFF and a leading byte-order mark are names like any other", "[nativepath]")
{
    // 📷 is D83D DCF7 in UTF-16: its second half lies in the escapes' range, and is no escape.
    for (const QByteArray native : {QByteArray("/shoot/\xF0\x9F\x93\xB7 launch.jpg"), QByteArray("\xF0\x9F\x93\xB8"),
                                    QByteArray("/p/\xF0\xA0\x80\x80\xF0\x9F\x92\xA1.jpg")}) {
        INFO(native.toHex().toStdString());
        const QString path = NativePath::decode(native);
        CHECK(path == QString::fromUtf8(native));
        CHECK_FALSE(NativePath::hasEscapes(path));
        CHECK(NativePath::display(path) == path);
        CHECK(NativePath::safeFileName(path) == path);
        CHECK(NativePath::toStorage(path) == path);
        CHECK(NativePath::encode(path) == native);
    }
    // A name from a Windows list whose first line kept its BOM: Qt's decoder would drop it, and the file
    // would be taken for "IMG_1.jpg".
    const QByteArray bom = "\xEF\xBB\xBFIMG_1.jpg";
    CHECK(NativePath::decode(bom) == QChar(0xFEFF) + QStringLiteral("IMG_1.jpg"));
    CHECK(NativePath::encode(NativePath::decode(bom)) == bom);
    // An escape right after a character above U+FFFF is still an escape.
    const QString mixed = NativePath::decode("\xF0\x9F\x93\xB7\xE9");
    CHECK(NativePath::hasEscapes(mixed));
    CHECK(NativePath::display(mixed) == QStringLiteral("\U0001F4F7\uFFFD"));
    CHECK(NativePath::encode(mixed) == QByteArray("\xF0\x9F\x93\xB7\xE9"));
}

TEST_CASE("a byte that is not UTF-8 becomes one lone surrogate and comes back", "[nativepath]")
{
    const QByteArray latin1 = "/archive/caf\xE9 \xC3\xA9t\xE9.jpg"; // Latin-1 é, then a real UTF-8 é
    const QString path = NativePath::decode(latin1);
    CHECK(path == QStringLiteral("/archive/caf") + QChar(0xDCE9) + QStringLiteral(" \u00E9t") + QChar(0xDCE9) +
                      QStringLiteral(".jpg"));
    CHECK(NativePath::hasEscapes(path));
    CHECK(NativePath::encode(path) == latin1);
    CHECK(NativePath::display(path) == QStringLiteral("/archive/caf\uFFFD \u00E9t\uFFFD.jpg"));
    CHECK(NativePath::safeFileName(QStringLiteral("caf") + QChar(0xDCE9) + QStringLiteral(".jpg")) ==
          QStringLiteral("caf_.jpg"));
    // Overlong, surrogate, truncated and beyond-U+10FFFF sequences: each of their bytes is escaped.
    for (const QByteArray bad : {QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("x\xE2\x80"),
                                 QByteArray("\xF4\x90\x80\x80"), QByteArray("\xFF\xFE")}) {
        INFO(bad.toHex().toStdString());
        CHECK(NativePath::hasEscapes(NativePath::decode(bad)));
        CHECK(NativePath::encode(NativePath::decode(bad)) == bad);
    }
}

TEST_CASE("random byte names round-trip, and different bytes never give the same path", "[nativepath]")
{
    QRandomGenerator random(18);
    std::set<QByteArray> names;
    std::set<QString> paths;
    for (int i = 0; i < 5000; ++i) {
        QByteArray name(1 + int(random.bounded(12)), Qt::Uninitialized);
        for (char &byte : name)
            byte = char(1 + random.bounded(255)); // no NUL, as on disk
        const QString path = NativePath::decode(name);
        REQUIRE(NativePath::encode(path) == name);
        names.insert(name);
        paths.insert(path);
        // The stored form is valid Unicode and reversible.
        const QString stored = NativePath::toStorage(path);
        CHECK_FALSE(NativePath::hasEscapes(stored));
        CHECK(QString::fromUtf8(stored.toUtf8()) == stored);
        REQUIRE(NativePath::fromStorage(stored) == path);
    }
    CHECK(paths.size() == names.size());
}

TEST_CASE("the stored form leaves ordinary paths alone and keeps real replacement marks apart", "[nativepath]")
{
    CHECK(NativePath::toStorage(QStringLiteral("/photos/caf\u00E9.jpg")) == QStringLiteral("/photos/caf\u00E9.jpg"));
    const QString escaped = QStringLiteral("/p/a") + QChar(0xDCE9) + QStringLiteral(".jpg");
    const QString real = QStringLiteral("/p/a\uFFFDE9.jpg"); // a name that really holds U+FFFD, then "E9"
    CHECK(NativePath::toStorage(escaped) == QStringLiteral("/p/a\uFFFDE9.jpg"));
    CHECK(NativePath::toStorage(real) == QStringLiteral("/p/a\uFFFD\uFFFDE9.jpg"));
    CHECK(NativePath::fromStorage(NativePath::toStorage(escaped)) == escaped);
    CHECK(NativePath::fromStorage(NativePath::toStorage(real)) == real);
    // Under the folder's stored form, as the catalog's folder ranges need.
    const QString folder = QStringLiteral("/p/") + QChar(0xDC80);
    CHECK(NativePath::toStorage(folder + QStringLiteral("/x.jpg")).startsWith(NativePath::toStorage(folder) + u'/'));
}

TEST_CASE("file URIs match Qt's for UTF-8 names and keep other bytes", "[nativepath]")
{
    for (const QString path : {QStringLiteral("/photos/plain.jpg"), QStringLiteral("/photos/space and #hash?.jpg"),
                               QStringLiteral("/p/100% {x} ^`|\\\"<>.jpg"), QStringLiteral("/p/a!$&'()*+,=:@~-_.jpg"),
                               QStringLiteral("/Ro\u0441kosmos/caf\u00E9 \U0001F680.jpg")}) {
        INFO(path.toStdString());
        CHECK(NativePath::fileUri(path) == QUrl::fromLocalFile(path).toEncoded());
    }
    // GLib, whose URIs most thumbnail caches are keyed on, encodes brackets and ';', and so does Byline
    // (QUrl leaves them).
    CHECK(NativePath::fileUri(QStringLiteral("/p/[draft];v2.jpg")) == QByteArray("file:///p/%5Bdraft%5D%3Bv2.jpg"));
    const QString latin1 = NativePath::decode("/archive/caf\xE9.jpg");
    CHECK(NativePath::fileUri(latin1) == QByteArray("file:///archive/caf%E9.jpg"));
}

TEST_CASE("a file whose name is not UTF-8 opens, and its neighbour with another byte stays apart", "[nativepath]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray folder = QFile::encodeName(dir.path());
    writeNative(folder + "/caf\xE9.jpg", "Latin-1");
    writeNative(folder + "/caf\xE8.jpg", "another byte");
    writeNative(folder + "/caf\xEF\xBF\xBD.jpg", "a real replacement mark");

    for (const auto &[name, content] :
         {std::pair{QByteArray("/caf\xE9.jpg"), QByteArray("Latin-1")},
          std::pair{QByteArray("/caf\xE8.jpg"), QByteArray("another byte")},
          std::pair{QByteArray("/caf\xEF\xBF\xBD.jpg"), QByteArray("a real replacement mark")}}) {
        QFile file;
        REQUIRE(NativePath::openForReading(file, NativePath::decode(folder + name)).isEmpty());
        CHECK(file.readAll() == content);
    }
    QFile missing;
    CHECK(NativePath::openForReading(missing, NativePath::decode(folder + "/gone\xE9.jpg"))
              .contains(QStringLiteral("No such file")));
    CHECK_FALSE(missing.isOpen());
    // QTemporaryDir cannot remove names it cannot spell.
    for (const char *name : {"/caf\xE9.jpg", "/caf\xE8.jpg"})
        CHECK(::unlink((folder + name).constData()) == 0);
}
