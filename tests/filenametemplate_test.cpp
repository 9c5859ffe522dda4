#include <catch2/catch.hpp>

#include "export/filenametemplate.h"

namespace {

PhotoRecord launch()
{
    PhotoRecord record;
    record.path = QStringLiteral("/photos/DSC_0137.JPG");
    record.credit = QStringLiteral("NASA/Tim Kopra");
    record.dateTaken = QStringLiteral("2016-03-31T16:23:57");
    return record;
}

} // namespace

TEST_CASE("a name template renders every field", "[export]")
{
    const FileNameTemplate names(QStringLiteral("{date}_{credit}_{n:03}_{name}.{ext}"));
    REQUIRE(names.isValid());
    CHECK(names.render(launch(), 7, QStringLiteral("jpg")) ==
          QStringLiteral("2016-03-31_NASA-Tim Kopra_007_DSC_0137.jpg"));
    CHECK(FileNameTemplate(QStringLiteral("{n}")).render(launch(), 12, QStringLiteral("JPG")) ==
          QStringLiteral("12.JPG"));
    // The default keeps the source's name; a template without {ext} still gets the extension.
    CHECK(FileNameTemplate().render(launch(), 1, QStringLiteral("jpg")) == QStringLiteral("DSC_0137.jpg"));
    CHECK(FileNameTemplate(QStringLiteral("launch-{n:02}")).render(launch(), 3, QStringLiteral("jpg")) ==
          QStringLiteral("launch-03.jpg"));
    PhotoRecord bare;
    bare.path = QStringLiteral("/photos/a.png");
    CHECK(FileNameTemplate(QStringLiteral("{date} {credit}.{ext}")).render(bare, 1, QStringLiteral("png")) ==
          QStringLiteral("undated uncredited.png"));
}

TEST_CASE("a bad name template is refused with a reason", "[export]")
{
    CHECK_FALSE(FileNameTemplate(QStringLiteral("{nope}.{ext}")).isValid());
    CHECK(FileNameTemplate(QStringLiteral("{nope}")).error().contains(QStringLiteral("{nope}")));
    CHECK_FALSE(FileNameTemplate(QStringLiteral("{date:03}")).isValid());
    CHECK_FALSE(FileNameTemplate(QStringLiteral("{n")).isValid());
    CHECK_FALSE(FileNameTemplate(QStringLiteral("n}")).isValid());
    CHECK(FileNameTemplate(QString()).isValid()); // empty means the default
}

TEST_CASE("names are sanitised for every file system", "[export]")
{
    CHECK(FileNameTemplate::sanitise(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j.jpg")) ==
          QStringLiteral("a-b-c-d-e-f-g-h-i-j.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("tab\there\x01.jpg")) == QStringLiteral("tab-here-.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("..hidden.jpg")) == QStringLiteral("hidden.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("trailing. .jpg")) == QStringLiteral("trailing.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("name. ")) == QStringLiteral("name"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral(".jpg")) == QStringLiteral("jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("///.jpg")) == QStringLiteral("-.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral(" ... ")) == QStringLiteral("photo"));
    // Windows device names, whatever the case and extension.
    CHECK(FileNameTemplate::sanitise(QStringLiteral("CON.jpg")) == QStringLiteral("_CON.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("nul.tar.jpg")) == QStringLiteral("_nul.tar.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("com1.jpg")) == QStringLiteral("_com1.jpg"));
    CHECK(FileNameTemplate::sanitise(QStringLiteral("console.jpg")) == QStringLiteral("console.jpg"));
    // Decomposed accents (as macOS writes them) become composed.
    CHECK(FileNameTemplate::sanitise(QString::fromUtf8("Ste\xCC\x81phane.jpg")) ==
          QString::fromUtf8("St\xC3\xA9phane.jpg"));
}

TEST_CASE("a long name is cut to 200 bytes of UTF-8 keeping its extension", "[export]")
{
    const QString cyrillic = QString::fromUtf8("\xD0\x96").repeated(150); // 2 bytes each
    const QString name = FileNameTemplate::sanitise(cyrillic + QStringLiteral(".jpeg"));
    CHECK(name.toUtf8().size() <= FileNameTemplate::s_maxNameBytes);
    CHECK(name.toUtf8().size() >= FileNameTemplate::s_maxNameBytes - 1);
    CHECK(name.endsWith(QStringLiteral(".jpeg")));
    // Four-byte characters are never split.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x9A\x80").repeated(80);
    const QString cut = FileNameTemplate::sanitise(emoji + QStringLiteral(".jpg"));
    CHECK(cut.toUtf8().size() <= FileNameTemplate::s_maxNameBytes);
    CHECK(QString::fromUtf8(cut.toUtf8()) == cut);
    CHECK(cut.chopped(4).size() % 2 == 0);
}
