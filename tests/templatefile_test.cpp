// TemplateFile: the template file a desk shares, read from good and hostile bytes, and written back.
#include "editing/templatefile.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

using Mode = FieldEdit::Mode;

MetadataTemplate parsed(const QByteArray &bytes)
{
    const TemplateLoad load = TemplateFile::parse(bytes);
    INFO(load.error.toStdString());
    REQUIRE(load.ok());
    return load.value;
}

QString errorOf(const QByteArray &bytes)
{
    const TemplateLoad load = TemplateFile::parse(bytes);
    REQUIRE_FALSE(load.ok());
    CHECK(load.value == MetadataTemplate{}); // a failed load gives no half template
    return load.error;
}

const QByteArray s_deskTemplate = R"json({
    "version": 1,
    "name": "NASA launch pool",
    "description": "Soyuz launches from Baikonur, NASA's pool photographer",
    "fields": {
        "credit": "=nk=",
        "caption": {"value": "MANDATORY CREDIT", "mode": "append"},
        "keywords": ["Soyuz", "{folder}"],
        "creator": "Bill Ingalls; Joel Kowsky",
        "Copyright": {"value": "Public domain"},
        "usageTerms": "",
        "rating": 3,
        "title": "{name} {date:%d %B %Y} ({seq:03})"
    }
})json";

} // namespace

TEST_CASE("template file: a desk's template, every kind of value", "[template][file]")
{
    const MetadataTemplate desk = parsed(s_deskTemplate);
    CHECK(desk.name == QStringLiteral("NASA launch pool"));
    CHECK(desk.description.startsWith(QStringLiteral("Soyuz launches")));
    // In EditFields order, whatever the file's order; field names are case-insensitive.
    const QList<TemplateField> expected{
        {EditField::Caption, Mode::Append, {"MANDATORY CREDIT"}},
        {EditField::Credit, Mode::Replace, {"=nk="}},
        {EditField::Creator, Mode::Replace, {"Bill Ingalls; Joel Kowsky"}},
        {EditField::Copyright, Mode::Replace, {"Public domain"}},
        {EditField::UsageTerms, Mode::Replace, {""}},
        {EditField::Keywords, Mode::Replace, {"Soyuz", "{folder}"}},
        {EditField::Title, Mode::Replace, {"{name} {date:%d %B %Y} ({seq:03})"}},
        {EditField::Rating, Mode::Replace, {"3"}},
    };
    REQUIRE(desk.fields.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("field " << i);
        CHECK(desk.fields[i] == expected[i]);
    }
}

TEST_CASE("template file: the smallest template, a byte-order mark, an empty list", "[template][file]")
{
    const MetadataTemplate smallest = parsed(R"({"fields": {"credit": "NASA"}})");
    CHECK(smallest.name.isEmpty());
    REQUIRE(smallest.fields.size() == 1);
    CHECK(parsed("\xEF\xBB\xBF{\"fields\": {}}").fields.isEmpty());
    CHECK(parsed(R"({"fields": {"keywords": []}})").fields.first().texts == QStringList{QString()});
    CHECK(parsed(R"({"fields": {"rating": -1}})").fields.first().texts == QStringList{"-1"});
    CHECK(
        parsed(R"({"fields": {"caption": "Two lines,\nand a tab:\t."}})").fields.first().texts.first().contains(u'\n'));
}

TEST_CASE("template file: each mistake is an error that says where", "[template][file]")
{
    CHECK(errorOf("") == QStringLiteral("the file is empty"));
    CHECK(errorOf(" \n\t") == QStringLiteral("the file is empty"));
    // A trailing comma, the mistake people make: Qt finds it just past the '}' after it.
    CHECK(errorOf("{\n  \"fields\": {\n    \"credit\": \"NASA\",\n  }\n}") ==
          QStringLiteral("not valid JSON: line 4, column 4: object is missing after a comma"));
    CHECK(errorOf("{\"fields\": {\"credit\": \"NASA\"}").startsWith(QStringLiteral("not valid JSON: line 1")));
    CHECK(errorOf("[\"credit\"]").startsWith(QStringLiteral("a template is a JSON object")));
    CHECK(errorOf("\"credit\"").startsWith(QStringLiteral("not valid JSON")));
    CHECK(errorOf(R"({"name": "x"})").startsWith(QStringLiteral("no \"fields\"")));
    CHECK(errorOf(R"({"feilds": {}})").startsWith(QStringLiteral("unknown key \"feilds\"")));
    CHECK(errorOf(R"({"fields": []})").startsWith(QStringLiteral("\"fields\" must be an object")));
    CHECK(errorOf(R"({"fields": {"credti": "NASA"}})")
              .startsWith(QStringLiteral("field \"credti\": unknown field (the fields are caption, headline,")));
    CHECK(errorOf(R"({"fields": {"credit": {"value": "NASA", "mode": "apend"}}})") ==
          QStringLiteral("field \"credit\": the mode must be \"replace\" or \"append\", not \"apend\""));
    CHECK(errorOf(R"({"fields": {"credit": {"value": "NASA", "mode": 1}}})").contains(QStringLiteral("not 1")));
    CHECK(errorOf(R"({"fields": {"credit": {"mode": "append"}}})") ==
          QStringLiteral("field \"credit\": has no \"value\""));
    CHECK(errorOf(R"({"fields": {"credit": {"value": "x", "colour": "red"}}})")
              .contains(QStringLiteral("unknown key \"colour\"")));
    CHECK(errorOf(R"({"fields": {"caption": ["a", "b"]}})").contains(QStringLiteral("takes one value, not a list")));
    CHECK(errorOf(R"({"fields": {"keywords": ["a", 2]}})").contains(QStringLiteral("a list holds text only")));
    CHECK(errorOf(R"({"fields": {"credit": null}})").contains(QStringLiteral("must be text")));
    CHECK(errorOf(R"({"fields": {"credit": true}})").contains(QStringLiteral("must be text")));
    CHECK(errorOf(R"({"fields": {"rating": 2.5}})").contains(QStringLiteral("whole number")));
    CHECK(errorOf(R"({"fields": {"rating": 9}})").contains(QStringLiteral("a rating is a whole number from -1")));
    CHECK(errorOf(R"({"fields": {"rating": "high"}})").contains(QStringLiteral("a rating")));
    CHECK(errorOf(R"({"fields": {"credit": "a", "Credit": "b"}})").contains(QStringLiteral("is given twice")));
    // The same key spelled the same twice is not seen: Qt's parser keeps the last (docs/user-guide.md says so).
    CHECK(parsed(R"({"fields": {"credit": "a", "credit": "b"}})").fields.first().texts == QStringList{"b"});
    CHECK(errorOf(R"({"name": 5, "fields": {}})") == QStringLiteral("\"name\" must be text"));
    CHECK(errorOf(R"({"version": 2, "fields": {}})")
              .startsWith(QStringLiteral("written for a newer Byline (template version 2")));
    CHECK(errorOf(R"({"version": "1", "fields": {}})").contains(QStringLiteral("\"version\" must be")));
    CHECK(errorOf(R"({"version": 0.5, "fields": {}})").contains(QStringLiteral("\"version\" must be")));
}

TEST_CASE("template file: hostile bytes are errors, never crashes", "[template][file]")
{
    // Not UTF-8: where, and what to do.
    CHECK(errorOf("{\"fields\": {\n\"credit\": \"Z\xFCrich\"}}") ==
          QStringLiteral("not UTF-8 text: line 2, column 13 has the byte 0xfc; save the file as UTF-8"));
    CHECK(errorOf("{\"fields\": {\"credit\": \"\xC0\xAF\"}}").startsWith(QStringLiteral("not UTF-8"))); // overlong '/'
    CHECK(
        errorOf("{\"fields\": {\"credit\": \"\xED\xA0\x80\"}}").startsWith(QStringLiteral("not UTF-8"))); // a surrogate
    // Escapes that make what UTF-8 could not carry.
    CHECK(errorOf(R"({"fields": {"credit": "\ud800"}})").contains(QStringLiteral("lone surrogate")));
    CHECK(errorOf(R"({"fields": {"credit": "NASA\u0000"}})").contains(QStringLiteral("U+0000")));
    CHECK(errorOf(R"({"fields": {"caption": "\u001b%G"}})").contains(QStringLiteral("U+001B")));
    CHECK(errorOf(R"({"name": "two\nlines", "fields": {}})").contains(QStringLiteral("U+000A")));
    CHECK(errorOf(R"({"fields": {}, "name": ")" + QByteArray(TemplateFile::s_maxNameLength + 1, 'n') + "\"}")
              .contains(QStringLiteral("longer than")));
    // A NUL byte in the file itself, binary junk, and a JPEG given by mistake.
    CHECK(errorOf(QByteArray("{\"fields\": {}}\0", 15)).startsWith(QStringLiteral("not valid JSON")));
    CHECK(errorOf(QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)).startsWith(QStringLiteral("not UTF-8")));
    // Too big, too deep.
    CHECK(errorOf(QByteArray(TemplateFile::s_maxBytes + 1, ' ')).contains(QStringLiteral("at most")));
    QByteArray deep = "{\"fields\": {\"credit\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}}";
    CHECK(errorOf(deep).startsWith(QStringLiteral("not valid JSON")));
    // As big as allowed: one long caption.
    const QByteArray longCaption =
        "{\"fields\": {\"caption\": \"" + QByteArray(TemplateFile::s_maxBytes - 40, 'a') + "\"}}";
    CHECK(parsed(longCaption).fields.first().texts.first().size() == TemplateFile::s_maxBytes - 40);
}

TEST_CASE("template file: written and read back the same, in a reading order", "[template][file]")
{
    const MetadataTemplate desk = parsed(s_deskTemplate);
    REQUIRE(TemplateFile::problem(desk).isEmpty());
    const QByteArray written = TemplateFile::serialize(desk);
    CHECK(parsed(written) == desk);
    CHECK(written.startsWith("{\n    \"version\": 1,\n    \"name\": \"NASA launch pool\",\n    \"description\": "));
    CHECK(written.indexOf("\"caption\"") < written.indexOf("\"credit\"")); // EditFields order, not alphabetical
    CHECK(written.contains("\"keywords\": [\"Soyuz\",\"{folder}\"]"));

    MetadataTemplate tricky;
    tricky.name = QStringLiteral("Zürich \"quotes\" \\ and 📷");
    tricky.fields = {{EditField::Caption, Mode::Replace, {"line one\nline two\t\"quoted\" \\"}},
                     {EditField::Keywords, Mode::Append, {"a", "b, c"}},
                     {EditField::Headline, Mode::Append, {""}}};
    REQUIRE(TemplateFile::problem(tricky).isEmpty());
    MetadataTemplate back = parsed(TemplateFile::serialize(tricky));
    CHECK(back.name == tricky.name);
    CHECK(back.fields.size() == 3);
    CHECK(back.fields[0] == tricky.fields[0]);
    CHECK(back.fields[1] == tricky.fields[2]); // headline comes before keywords
    CHECK(back.fields[2] == tricky.fields[1]);
    CHECK(parsed(TemplateFile::serialize(MetadataTemplate{})).fields.isEmpty());
}

TEST_CASE("template file: what cannot be written is said before writing", "[template][file]")
{
    MetadataTemplate twice;
    twice.fields = {{EditField::Credit, Mode::Replace, {"a"}}, {EditField::Credit, Mode::Replace, {"b"}}};
    CHECK(TemplateFile::problem(twice) == QStringLiteral("credit is given twice"));
    MetadataTemplate listed;
    listed.fields = {{EditField::Caption, Mode::Replace, {"a", "b"}}};
    CHECK(TemplateFile::problem(listed).contains(QStringLiteral("one value")));
    MetadataTemplate control;
    control.fields = {{EditField::Credit, Mode::Replace, {QStringLiteral("a\u0007")}}};
    CHECK(TemplateFile::problem(control).contains(QStringLiteral("U+0007")));
}

TEST_CASE("template file: loading names the file in every error", "[template][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pool.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(s_deskTemplate);
    file.close();
    const TemplateLoad loaded = TemplateFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.value.name == QStringLiteral("NASA launch pool"));

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"fields\": {\"credti\": \"x\"}}");
    file.close();
    CHECK(TemplateFile::load(path).error.startsWith(path + QStringLiteral(": field \"credti\"")));
    CHECK(TemplateFile::load(dir.filePath(QStringLiteral("none.json")))
              .error.startsWith(dir.filePath(QStringLiteral("none.json"))));
    CHECK_FALSE(TemplateFile::load(dir.path()).ok());

    // A file that grows past the limit is not read whole.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(TemplateFile::s_maxBytes * 3, ' '));
    file.close();
    CHECK(TemplateFile::load(path).error.contains(QStringLiteral("at most")));
}
