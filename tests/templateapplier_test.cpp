// TemplateApplier: a template and a code list turned into each photo's EditRequest, and the preview
// MetadataEditor::plan makes of it on real files.
#include "support/photofixture.h"

#include "editing/backupstore.h"
#include "editing/metadataeditor.h"
#include "editing/templateapplier.h"
#include "metadata/metadatareader.h"

#include <QTemporaryDir>

namespace {

using Mode = FieldEdit::Mode;

CodeReplacements deskCodes()
{
    const CodeReplacements::Load load = CodeReplacements::parse("nk\tNASA/Tim Kopra\tTim Kopra\n"
                                                                "bi\tNASA/Bill Ingalls\tBill Ingalls\n"
                                                                "pool\tPool photo taken {date:%e %B %Y}\n");
    REQUIRE(load.ok());
    REQUIRE(load.notes.isEmpty());
    return load.codes;
}

PhotoRecord photo(const QString &path, const QString &date = {}, const QString &caption = {})
{
    PhotoRecord record;
    record.path = path;
    record.dateTaken = date;
    record.caption = caption;
    return record;
}

const FieldEdit *editOf(const TemplatedEdit &edit, EditField field)
{
    for (const FieldEdit &fieldEdit : edit.request.edits) {
        if (fieldEdit.field == field)
            return &fieldEdit;
    }
    return nullptr;
}

QStringList valuesOf(const TemplatedEdit &edit, EditField field)
{
    const FieldEdit *found = editOf(edit, field);
    REQUIRE(found);
    return found->values;
}

} // namespace

TEST_CASE("template applier: codes, then variables, for each photo in selection order", "[template][applier]")
{
    MetadataTemplate desk;
    desk.fields = {{EditField::Caption, Mode::Append, {"=pool=."}},
                   {EditField::Credit, Mode::Replace, {"=nk="}},
                   {EditField::Creator, Mode::Replace, {"=nk#2=; =bi#2="}},
                   {EditField::Keywords, Mode::Replace, {"Soyuz, {folder}", "launch"}},
                   {EditField::Title, Mode::Replace, {"{name}-{seq:03}"}}};
    const TemplateApplier applier(desk, deskCodes());
    CHECK(applier.notes().isEmpty());

    const QList<TemplatedEdit> edits =
        applier.apply({photo(QStringLiteral("/desk/baikonur/a.jpg"), QStringLiteral("2016-03-31T16:23:57")),
                       photo(QStringLiteral("/desk/baikonur/b.jpg"), QStringLiteral("2016-04-01")),
                       photo(QStringLiteral("/desk/baikonur/c.jpg"), QStringLiteral("2016-04-02"))},
                      true);
    REQUIRE(edits.size() == 3);
    CHECK(edits[1].path == QStringLiteral("/desk/baikonur/b.jpg"));
    for (const TemplatedEdit &edit : edits) {
        CHECK(edit.problem.isEmpty());
        CHECK(edit.notes.isEmpty());
        CHECK(edit.request.toSidecar);
        CHECK(edit.request.edits.size() == 5); // in the template's order
        CHECK(valuesOf(edit, EditField::Credit) == QStringList{"NASA/Tim Kopra"});
        CHECK(valuesOf(edit, EditField::Creator) == QStringList{"Tim Kopra", "Bill Ingalls"});
        CHECK(valuesOf(edit, EditField::Keywords) == QStringList{"Soyuz", "baikonur", "launch"});
        CHECK(editOf(edit, EditField::Caption)->mode == Mode::Append);
    }
    CHECK(valuesOf(edits[0], EditField::Caption) == QStringList{"Pool photo taken 31 March 2016."});
    CHECK(valuesOf(edits[2], EditField::Caption) == QStringList{"Pool photo taken 2 April 2016."});
    CHECK(valuesOf(edits[0], EditField::Title) == QStringList{"a-001"});
    CHECK(valuesOf(edits[2], EditField::Title) == QStringList{"c-003"});
}

TEST_CASE("template applier: unknown codes once for all, missing values for each photo", "[template][applier]")
{
    MetadataTemplate desk;
    desk.fields = {{EditField::Credit, Mode::Replace, {"=zz="}},
                   {EditField::Headline, Mode::Replace, {"{date:%d %B %Y}: {caption}"}},
                   {EditField::Source, Mode::Replace, {"{agency}"}}};
    const TemplateApplier applier(desk, deskCodes());
    REQUIRE(applier.notes().size() == 1);
    CHECK(applier.notes()[0].startsWith(QStringLiteral("=zz= is no code")));

    const TemplatedEdit dated =
        applier.applyTo(photo(QStringLiteral("/a.jpg"), QStringLiteral("2016-03-31"), QStringLiteral("Liftoff.")), 1);
    CHECK(valuesOf(dated, EditField::Credit) == QStringList{"=zz="});
    CHECK(valuesOf(dated, EditField::Headline) == QStringList{"31 March 2016: Liftoff."});
    CHECK(valuesOf(dated, EditField::Source) == QStringList{"{agency}"});
    CHECK(dated.notes == QStringList{"{agency} is no variable Byline knows; it is left as written"});

    const TemplatedEdit undated = applier.applyTo(photo(QStringLiteral("/b.jpg")), 2);
    CHECK(valuesOf(undated, EditField::Headline) == QStringList{":"});
    CHECK(undated.notes.size() == 3);
    CHECK(undated.notes.contains(QStringLiteral("no date taken: {date:%d %B %Y} is empty")));
    CHECK(undated.notes.contains(QStringLiteral("no caption: {caption} is empty")));
}

TEST_CASE("template applier: a value that comes out empty clears, a bad rating is a problem", "[template][applier]")
{
    MetadataTemplate desk;
    desk.fields = {{EditField::Credit, Mode::Replace, {"{credit}"}}, {EditField::Rating, Mode::Replace, {"{seq}"}}};
    const TemplateApplier applier(desk);
    const TemplatedEdit first = applier.applyTo(photo(QStringLiteral("/a.jpg")), 5);
    CHECK(first.problem.isEmpty());
    CHECK(valuesOf(first, EditField::Credit).isEmpty());
    CHECK(valuesOf(first, EditField::Rating) == QStringList{"5"});
    const TemplatedEdit seventh = applier.applyTo(photo(QStringLiteral("/a.jpg")), 7);
    CHECK(seventh.problem.startsWith(QStringLiteral("rating: a rating is a whole number")));
}

TEST_CASE("template applier: typed options after the template replace or add", "[template][applier][editor]")
{
    QTemporaryDir dir, backupDir;
    MetadataWrite spec;
    spec.iptc.caption = QStringLiteral("The Soyuz rocket launches from Baikonur.");
    spec.iptc.credit = QStringLiteral("NASA/Tim Copra");
    spec.iptc.dateTaken = QStringLiteral("2016-03-31T16:23:57");
    spec.xmp = spec.iptc;
    const QString path = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("launch.jpg")), spec);

    MetadataTemplate desk;
    desk.fields = {{EditField::Credit, Mode::Replace, {"=bi="}},
                   {EditField::Keywords, Mode::Replace, {"Soyuz"}},
                   {EditField::Caption, Mode::Append, {"Photo: =nk#2=, {date:%e %B}."}},
                   // As byline-cli adds typed options: --credit replaces, --keyword adds.
                   {EditField::Credit, Mode::Replace, {"=nk="}},
                   {EditField::Keywords, Mode::Append, {"{name}"}}};
    const TemplatedEdit edit = TemplateApplier(desk, deskCodes()).applyTo(MetadataReader::read(path), 1);
    REQUIRE(edit.problem.isEmpty());
    CHECK(edit.notes.isEmpty());

    // The preview is what will be written: one change a field, the last word winning.
    BackupStore backups(backupDir.path());
    MetadataEditor editor(backups);
    const FilePlan plan = editor.plan(path, edit.request);
    REQUIRE(plan.problem.isEmpty());
    REQUIRE(plan.changes.size() == 3);
    CHECK(plan.changes[0].field == EditField::Credit);
    CHECK(plan.changes[0].after == QStringList{"NASA/Tim Kopra"});
    CHECK(plan.changes[1].after == QStringList{"Soyuz", "launch"});
    CHECK(plan.changes[2].after == QStringList{"The Soyuz rocket launches from Baikonur. Photo: Tim Kopra, 31 March."});

    const WriteOutcome outcome = editor.write(plan);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);
    const PhotoRecord after = MetadataReader::read(path);
    CHECK(after.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(after.caption == plan.changes[2].after.first());
}
