// TemplateVariables: each {variable} of a template's text, filled in from one photo's record.
#include "editing/templatevariables.h"

namespace {

PhotoRecord launchPhoto()
{
    PhotoRecord record;
    record.path = QStringLiteral("/desk/progress-ms02/IMG_0042.JPG");
    record.caption = QStringLiteral("The Soyuz rocket launches.");
    record.headline = QStringLiteral("Progress MS-02 lifts off");
    record.credit = QStringLiteral("NASA/Bill Ingalls");
    record.creator = QStringLiteral("Bill Ingalls");
    record.copyright = QStringLiteral("Public domain");
    record.dateTaken = QStringLiteral("2016-03-31T16:23:57+06:00");
    return record;
}

QString expanded(const TemplateVariables &variables, const QString &text, QStringList *notesOut = nullptr)
{
    QStringList notes;
    const QString result = variables.expand(text, notes);
    if (notesOut)
        *notesOut = notes;
    else
        CHECK(notes.isEmpty());
    return result;
}

} // namespace

TEST_CASE("template variables: each one, from the photo's record", "[template][variables]")
{
    const TemplateVariables variables(launchPhoto(), 7);
    CHECK(expanded(variables, QStringLiteral("{filename}")) == QStringLiteral("IMG_0042.JPG"));
    CHECK(expanded(variables, QStringLiteral("{name}")) == QStringLiteral("IMG_0042"));
    CHECK(expanded(variables, QStringLiteral("{folder}")) == QStringLiteral("progress-ms02"));
    CHECK(expanded(variables, QStringLiteral("{date}")) == QStringLiteral("2016-03-31"));
    CHECK(expanded(variables, QStringLiteral("{date:%d %B %Y}")) == QStringLiteral("31 March 2016"));
    CHECK(expanded(variables, QStringLiteral("{date:%H:%M}")) == QStringLiteral("16:23")); // ':' inside a format
    CHECK(expanded(variables, QStringLiteral("{caption}")) == QStringLiteral("The Soyuz rocket launches."));
    CHECK(expanded(variables, QStringLiteral("{headline}")) == QStringLiteral("Progress MS-02 lifts off"));
    CHECK(expanded(variables, QStringLiteral("{credit}")) == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(expanded(variables, QStringLiteral("{creator}")) == QStringLiteral("Bill Ingalls"));
    CHECK(expanded(variables, QStringLiteral("{copyright}")) == QStringLiteral("Public domain"));
    CHECK(expanded(variables, QStringLiteral("{seq}")) == QStringLiteral("7"));
    CHECK(expanded(variables, QStringLiteral("{seq:03}")) == QStringLiteral("007"));
    CHECK(expanded(variables, QStringLiteral("{seq:3}")) == QStringLiteral("007"));
    CHECK(expanded(variables, QStringLiteral("{seq:1}")) == QStringLiteral("7"));
}

TEST_CASE("template variables: in text, several at once, names in any case", "[template][variables]")
{
    const TemplateVariables variables(launchPhoto(), 12);
    CHECK(expanded(variables, QStringLiteral("{Name}-{SEQ:04}: {caption} Photo: {credit} ({Date:%e %b})")) ==
          QStringLiteral("IMG_0042-0012: The Soyuz rocket launches. Photo: NASA/Bill Ingalls (31 Mar)"));
    CHECK(expanded(variables, QStringLiteral("no variables at all")) == QStringLiteral("no variables at all"));
    CHECK(expanded(variables, QString()).isEmpty());
}

TEST_CASE("template variables: {{ and }} are braces, and a stray one stays", "[template][variables]")
{
    const TemplateVariables variables(launchPhoto(), 1);
    CHECK(expanded(variables, QStringLiteral("{{seq}} is {seq}")) == QStringLiteral("{seq} is 1"));
    CHECK(expanded(variables, QStringLiteral("a }} b } c")) == QStringLiteral("a } b } c"));
    CHECK(expanded(variables, QStringLiteral("{{{seq}}}")) == QStringLiteral("{1}"));

    QStringList notes;
    CHECK(expanded(variables, QStringLiteral("open { never closed {seq}"), &notes) ==
          QStringLiteral("open { never closed 1"));
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].contains(QStringLiteral("{{")));
    CHECK(expanded(variables, QStringLiteral("trailing {"), &notes) == QStringLiteral("trailing {"));
}

TEST_CASE("template variables: an unknown variable stays as written, and is reported", "[template][variables]")
{
    const TemplateVariables variables(launchPhoto(), 1);
    QStringList notes;
    CHECK(expanded(variables, QStringLiteral("{photographer} by {credit}"), &notes) ==
          QStringLiteral("{photographer} by NASA/Bill Ingalls"));
    REQUIRE(notes.size() == 1);
    CHECK(notes[0] == QStringLiteral("{photographer} is no variable Byline knows; it is left as written"));

    // Arguments only where one is meant, and a width is digits.
    for (const char *text : {"{filename:x}", "{seq:abc}", "{seq:-3}", "{seq:123}", "{}", "{ seq }"}) {
        CHECK(expanded(variables, QLatin1String(text), &notes) == QLatin1String(text));
        CHECK(notes.size() == 1);
    }
}

TEST_CASE("template variables: a value the photo lacks is empty, with a note", "[template][variables]")
{
    PhotoRecord bare;
    bare.path = QStringLiteral("/desk/IMG_1.jpg");
    const TemplateVariables variables(bare, 1);
    QStringList notes;
    CHECK(expanded(variables, QStringLiteral("[{date}] [{date:%d %B %Y}] [{credit}]"), &notes) ==
          QStringLiteral("[] [] []"));
    REQUIRE(notes.size() == 3);
    CHECK(notes[0] == QStringLiteral("no date taken: {date} is empty"));
    CHECK(notes[1] == QStringLiteral("no date taken: {date:%d %B %Y} is empty"));
    CHECK(notes[2] == QStringLiteral("no credit: {credit} is empty"));
    for (const char *text : {"{caption}", "{headline}", "{creator}", "{copyright}"}) {
        notes.clear();
        CHECK(expanded(variables, QLatin1String(text), &notes).isEmpty());
        CHECK(notes.size() == 1);
    }
    // The file's own names are always there.
    CHECK(expanded(variables, QStringLiteral("{filename} {name} {folder}")) == QStringLiteral("IMG_1.jpg IMG_1 desk"));
}

TEST_CASE("template variables: values go in as they are, never expanded again", "[template][variables]")
{
    PhotoRecord record = launchPhoto();
    record.caption = QStringLiteral("Team {seq} wins =nk= {{");
    const TemplateVariables variables(record, 5);
    CHECK(expanded(variables, QStringLiteral("{caption} {seq}")) == QStringLiteral("Team {seq} wins =nk= {{ 5"));
}

TEST_CASE("template variables: file names without an extension, dot files and names that are not UTF-8",
          "[template][variables]")
{
    PhotoRecord record;
    record.path = QStringLiteral("/README");
    CHECK(expanded(TemplateVariables(record, 1), QStringLiteral("{name}|{filename}|{folder}")) ==
          QStringLiteral("README|README|"));
    record.path = QStringLiteral("/a/.hidden");
    CHECK(expanded(TemplateVariables(record, 1), QStringLiteral("{name}")) == QStringLiteral(".hidden"));
    record.path = QStringLiteral("/a/archive.tar.gz");
    CHECK(expanded(TemplateVariables(record, 1), QStringLiteral("{name}")) == QStringLiteral("archive.tar"));
    // A Latin-1 byte in the name (NativePath keeps it as U+DCE9) is shown as U+FFFD, never written as a lone surrogate.
    record.path =
        QStringLiteral("/caf") + QChar(0xDCE9) + QStringLiteral("/caf") + QChar(0xDCE9) + QStringLiteral(".jpg");
    const QString name = expanded(TemplateVariables(record, 1), QStringLiteral("{folder}/{filename}"));
    CHECK(name == QStringLiteral("caf\uFFFD/caf\uFFFD.jpg"));
    CHECK(name.isValidUtf16());
}
