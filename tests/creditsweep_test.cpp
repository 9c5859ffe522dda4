// CreditSweep: each photo's edit from its record as the scan gives it (docs/user-guide.md, "Credit
// sweep"), and what MetadataEditor plans and writes of it on real files.
#include "support/photofixture.h"
#include "support/rawfixture.h"

#include "editing/backupstore.h"
#include "editing/creditsweep.h"
#include "editing/metadataeditor.h"
#include "metadata/creditcorrection.h"
#include "metadata/metadatareader.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

namespace {

using Reason = SweptPhoto::Reason;

const CreditAlias s_copra{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"),
                          QStringLiteral("NASA/Tim Kopra"), QStringLiteral("NASA/Tim Copra")};

PhotoRecord record(const QString &caption, const QString &credit, CreditSource source)
{
    PhotoRecord made;
    made.path = QStringLiteral("/desk/a.jpg");
    made.caption = caption;
    made.credit = credit;
    made.creditSource = source;
    if (!caption.isEmpty())
        made.setProvenance(MetadataField::Caption, FieldProvenance{MetadataStore::Xmp});
    if (source != CreditSource::None)
        made.setProvenance(
            MetadataField::Credit,
            FieldProvenance{source == CreditSource::Caption ? MetadataStore::Caption : MetadataStore::Iptc});
    return made;
}

// As the scan gives records: corrected by the folder's aliases.
PhotoRecord corrected(const PhotoRecord &made)
{
    return CreditCorrection(CreditAliases({s_copra})).applied(made);
}

QStringList valuesOf(const SweptPhoto &swept, EditField field)
{
    for (const FieldEdit &edit : swept.request.edits) {
        if (edit.field == field) {
            CHECK(edit.mode == FieldEdit::Mode::Replace);
            return edit.values;
        }
    }
    return {QStringLiteral("(no edit)")};
}

} // namespace

TEST_CASE("credit sweep: a credit inferred from the caption goes into the credit field, the caption kept", "[sweep]")
{
    const SweptPhoto swept = CreditSweep().sweep(
        record(QStringLiteral("Liftoff at 16:23. Credit: Energia"), QStringLiteral("Energia"), CreditSource::Caption));
    CHECK(swept.reason == Reason::FromCaption);
    CHECK(swept.path == QStringLiteral("/desk/a.jpg"));
    REQUIRE(swept.request.edits.size() == 1);
    CHECK(valuesOf(swept, EditField::Credit) == QStringList{QStringLiteral("Energia")});
    CHECK_FALSE(swept.request.toSidecar);
    CHECK(swept.notes.isEmpty());
}

TEST_CASE("credit sweep: asked to, the caption loses the credit line whose credit moves into the field", "[sweep]")
{
    const CreditSweep strip({true, false});
    const SweptPhoto swept = strip.sweep(
        record(QStringLiteral("Liftoff at 16:23.\nCredit: Energia"), QStringLiteral("Energia"), CreditSource::Caption));
    REQUIRE(swept.request.edits.size() == 2);
    CHECK(valuesOf(swept, EditField::Credit) == QStringList{QStringLiteral("Energia")});
    CHECK(valuesOf(swept, EditField::Caption) == QStringList{QStringLiteral("Liftoff at 16:23.")});

    // Parenthesised lines go with their parenthesis.
    CHECK(valuesOf(strip.sweep(record(QStringLiteral("From the cupola (Photo: NASA/Tim Kopra)"),
                                      QStringLiteral("NASA/Tim Kopra"), CreditSource::Caption)),
                   EditField::Caption) == QStringList{QStringLiteral("From the cupola")});

    // A caption that is only its credit line keeps it: clearing it would lose the only text there is.
    const SweptPhoto only =
        strip.sweep(record(QStringLiteral("Credit: Energia"), QStringLiteral("Energia"), CreditSource::Caption));
    REQUIRE(only.request.edits.size() == 1);
    CHECK(only.notes == QStringList{QStringLiteral("caption kept: it is only its credit line")});

    // Stripping is for the credit that moves: a photo whose credit is already in the field keeps its caption.
    const SweptPhoto right = strip.sweep(
        record(QStringLiteral("Liftoff. Credit: Energia"), QStringLiteral("Energia"), CreditSource::Embedded));
    CHECK(right.reason == Reason::AlreadyRight);
    CHECK_FALSE(right.hasEdit());
}

TEST_CASE("credit sweep: an alias's correction goes into the files, the caption's line respelled", "[sweep][alias]")
{
    // Embedded credit misspelt: the accepted spelling replaces it; a caption without a credit line is untouched.
    const SweptPhoto embedded = CreditSweep().sweep(corrected(
        record(QStringLiteral("Over western Asia."), QStringLiteral("NASA/Tim Copra"), CreditSource::Embedded)));
    CHECK(embedded.reason == Reason::Corrected);
    REQUIRE(embedded.request.edits.size() == 1);
    CHECK(valuesOf(embedded, EditField::Credit) == QStringList{QStringLiteral("NASA/Tim Kopra")});

    // The caption's credit line named the alias: respelled, as the window shows it.
    const SweptPhoto line =
        CreditSweep().sweep(corrected(record(QStringLiteral("Over western Asia. Credit: NASA/Tim Copra"),
                                             QStringLiteral("NASA/Tim Copra"), CreditSource::Embedded)));
    CHECK(line.reason == Reason::Corrected);
    CHECK(valuesOf(line, EditField::Caption) ==
          QStringList{QStringLiteral("Over western Asia. Credit: NASA/Tim Kopra")});

    // Inferred and corrected: the credit moves with the accepted spelling, and the caption's line is respelled.
    const SweptPhoto inferred =
        CreditSweep().sweep(corrected(record(QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"),
                                             QStringLiteral("NASA/Tim Copra"), CreditSource::Caption)));
    CHECK(inferred.reason == Reason::FromCaption);
    CHECK(valuesOf(inferred, EditField::Credit) == QStringList{QStringLiteral("NASA/Tim Kopra")});
    CHECK(valuesOf(inferred, EditField::Caption) ==
          QStringList{QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra")});
    // ... or removed, when asked.
    CHECK(valuesOf(CreditSweep({true, false})
                       .sweep(corrected(record(QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"),
                                               QStringLiteral("NASA/Tim Copra"), CreditSource::Caption))),
                   EditField::Caption) == QStringList{QStringLiteral("Amazing to watch.")});

    // A caption whose stores disagree is not written whole over them: the credit still is.
    PhotoRecord disputed = record(QStringLiteral("Liftoff. Credit: NASA/Tim Copra"), QStringLiteral("NASA/Tim Copra"),
                                  CreditSource::Embedded);
    disputed.setProvenance(MetadataField::Caption, FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp,
                                                                   QStringLiteral("Liftoff at dawn.")});
    const SweptPhoto careful = CreditSweep().sweep(corrected(disputed));
    REQUIRE(careful.request.edits.size() == 1);
    CHECK(valuesOf(careful, EditField::Credit) == QStringList{QStringLiteral("NASA/Tim Kopra")});
    CHECK(careful.notes == QStringList{QStringLiteral("caption left as it is: its stores disagree")});
}

TEST_CASE("credit sweep: nothing for a credit already right or no credit, and the counts say so", "[sweep]")
{
    const QList<PhotoRecord> records{
        record(QStringLiteral("Liftoff."), QStringLiteral("NASA/Tim Kopra"), CreditSource::Embedded),
        corrected(record(QStringLiteral("Docking."), QStringLiteral("NASA/Tim Kopra"), CreditSource::Embedded)),
        record(QStringLiteral("Crew portrait."), QString(), CreditSource::None),
        record(QString(), QString(), CreditSource::None),
        record(QStringLiteral("Rollout. Credit: Energia"), QStringLiteral("Energia"), CreditSource::Caption),
        corrected(record(QStringLiteral("Hatch."), QStringLiteral("NASA / Tim Copra"), CreditSource::Embedded)),
    };
    PhotoRecord unreadable = record(QString(), QString(), CreditSource::None);
    unreadable.error = QStringLiteral("not a JPEG");
    const QList<SweptPhoto> swept = CreditSweep().sweep(records + QList<PhotoRecord>{unreadable});
    REQUIRE(swept.size() == 7);
    const QList<Reason> reasons{Reason::AlreadyRight, Reason::AlreadyRight, Reason::NoCredit,  Reason::NoCredit,
                                Reason::FromCaption,  Reason::Corrected,    Reason::Unreadable};
    for (qsizetype i = 0; i < swept.size(); ++i) {
        INFO("photo " << i);
        CHECK(swept[i].reason == reasons[i]);
        CHECK(swept[i].hasEdit() == (reasons[i] == Reason::FromCaption || reasons[i] == Reason::Corrected));
    }
    const CreditSweep::Counts counts = CreditSweep::count(swept);
    CHECK(counts.fromCaption == 1);
    CHECK(counts.corrected == 1);
    CHECK(counts.alreadyRight == 2);
    CHECK(counts.noCredit == 2);
    CHECK(counts.unreadable == 1);
    CHECK(counts.toWrite() == 2);
}

TEST_CASE("credit sweep: planned and written on a JPEG, and a second sweep finds nothing", "[sweep][editor]")
{
    QTemporaryDir dir, backupDir;
    MetadataWrite spec;
    spec.iptc.caption = QStringLiteral("Rollout to the pad. Credit: Energia");
    spec.xmp = spec.iptc;
    const QString path = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("rollout.jpg")), spec);
    const PhotoRecord before = MetadataReader::read(path);
    REQUIRE(before.creditSource == CreditSource::Caption);

    BackupStore backups(backupDir.path());
    MetadataEditor editor(backups);
    const SweptPhoto swept = CreditSweep().sweep(before);
    const FilePlan plan = editor.plan(path, swept.request);
    REQUIRE(plan.problem.isEmpty());
    REQUIRE(plan.changes.size() == 1);
    CHECK(plan.changes[0].field == EditField::Credit);
    CHECK(plan.changes[0].before.isEmpty()); // an inferred credit is no stored credit
    CHECK(plan.changes[0].after == QStringList{QStringLiteral("Energia")});
    const WriteOutcome outcome = editor.write(plan);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);

    const PhotoRecord after = MetadataReader::read(path);
    CHECK(after.credit == QStringLiteral("Energia"));
    CHECK(after.creditSource == CreditSource::Embedded);
    CHECK(after.caption == spec.iptc.caption); // the caption keeps its line
    CHECK_FALSE(after.provenanceOf(MetadataField::Credit)->conflict);
    CHECK(CreditSweep().sweep(after).reason == Reason::AlreadyRight);
}

TEST_CASE("credit sweep: a camera RAW, and any photo when asked, gets an XMP sidecar", "[sweep][editor][raw]")
{
    QTemporaryDir dir, backupDir;
    RawFixture::Spec raw;
    raw.preview = QImage(64, 48, QImage::Format_RGB32);
    raw.preview.fill(Qt::darkBlue);
    raw.caption = QStringLiteral("Soyuz on the pad. Credit: NASA/Bill Ingalls");
    const QString nef = RawFixture::tiffRaw(dir.filePath(QStringLiteral("DSC_0001.NEF")), raw);
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("Docking. Credit: NASA/Tim Copra");
    const QString jpeg = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("docking.jpg")), spec);
    const QByteArray nefBytes = PhotoFixture::readAll(nef), jpegBytes = PhotoFixture::readAll(jpeg);

    BackupStore backups(backupDir.path());
    MetadataEditor editor(backups);
    const CreditSweep toSidecar({false, true});
    const QList<SweptPhoto> swept = toSidecar.sweep({MetadataReader::read(nef), corrected(MetadataReader::read(jpeg))});
    REQUIRE(swept.size() == 2);
    CHECK(swept[0].reason == Reason::FromCaption);
    CHECK(swept[1].reason == Reason::FromCaption);
    for (const SweptPhoto &photo : swept) {
        INFO(photo.path.toStdString());
        CHECK(photo.request.toSidecar);
        const FilePlan plan = editor.plan(photo.path, photo.request);
        REQUIRE(plan.problem.isEmpty());
        CHECK_FALSE(plan.embedded);
        CHECK(plan.sidecar.endsWith(QStringLiteral(".xmp")));
        const WriteOutcome outcome = editor.write(plan);
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.written);
        CHECK(QFile::exists(plan.sidecar));
    }
    // The photos themselves are untouched; the sidecars carry the credits, read as embedded.
    CHECK(PhotoFixture::readAll(nef) == nefBytes);
    CHECK(PhotoFixture::readAll(jpeg) == jpegBytes);
    const PhotoRecord nefAfter = MetadataReader::read(nef);
    CHECK(nefAfter.credit == QStringLiteral("NASA/Bill Ingalls"));
    CHECK(nefAfter.creditSource == CreditSource::Embedded);
    const PhotoRecord jpegAfter = MetadataReader::read(jpeg);
    CHECK(jpegAfter.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(jpegAfter.caption == QStringLiteral("Docking. Credit: NASA/Tim Kopra"));
    CHECK(CreditSweep().sweep(corrected(jpegAfter)).reason == Reason::AlreadyRight);
}

TEST_CASE("credit sweep: what it must not settle is left alone with a note and counted", "[sweep]")
{
    SECTION("the credit's stores disagree")
    {
        PhotoRecord disputed = record({}, QStringLiteral("NASA/Tim Copra"), CreditSource::Embedded);
        disputed.setProvenance(MetadataField::Credit, FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc,
                                                                      QStringLiteral("Reuters/Jim Young")});
        const SweptPhoto swept = CreditSweep().sweep(corrected(disputed));
        CHECK(swept.reason == Reason::LeftAlone);
        CHECK_FALSE(swept.hasEdit());
        REQUIRE(swept.notes.size() == 1);
        CHECK(swept.notes[0].contains(QStringLiteral("Reuters/Jim Young")));
        CHECK(CreditSweep::count({swept}).leftAlone == 1);
        CHECK(CreditSweep::count({swept}).toWrite() == 0);
    }
    SECTION("the credit is the RAW companion's")
    {
        PhotoRecord pair = record({}, QStringLiteral("NASA/Tim Copra"), CreditSource::Embedded);
        pair.setProvenance(MetadataField::Credit, FieldProvenance{MetadataStore::RawCompanion});
        CHECK(CreditSweep().sweep(corrected(pair)).reason == Reason::LeftAlone);
    }
    SECTION("the caption's stores disagree about the credit it names")
    {
        PhotoRecord disputed = record(QStringLiteral("Crew at the hatch. Credit: ESA/Stephane Corvaja"),
                                      QStringLiteral("ESA/Stephane Corvaja"), CreditSource::Caption);
        disputed.setProvenance(MetadataField::Caption,
                               FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc,
                                               QStringLiteral("Crew at the hatch. Credit: NASA/Bill Ingalls")});
        CHECK(CreditSweep().sweep(disputed).reason == Reason::LeftAlone);
        // A disagreement elsewhere in the caption, over the same credit line, is no dispute of the credit.
        disputed.setProvenance(MetadataField::Caption,
                               FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc,
                                               QStringLiteral("Crew at the door. Credit: ESA/Stephane Corvaja")});
        CHECK(CreditSweep().sweep(disputed).reason == Reason::FromCaption);
    }
    SECTION("the caption credits several pictures")
    {
        const SweptPhoto swept =
            CreditSweep().sweep(record(QStringLiteral("Left: the pad. Credit: NASA. Right: the crew. Credit: ESA"),
                                       QStringLiteral("ESA"), CreditSource::Caption));
        CHECK(swept.reason == Reason::LeftAlone);
        CHECK(swept.notes.join(u' ').contains(QStringLiteral("more than one credit")));
    }
    SECTION("the caption's line names no agency or person")
    {
        CHECK(
            CreditSweep()
                .sweep(record(QStringLiteral("At the pad. Photo: 2016"), QStringLiteral("2016"), CreditSource::Caption))
                .reason == Reason::LeftAlone);
    }
}

TEST_CASE("credit sweep: the RAW companion of a pair is named, and the edit holds only for the file as read", "[sweep]")
{
    PhotoRecord pair =
        record(QStringLiteral("Liftoff. Credit: Energia"), QStringLiteral("Energia"), CreditSource::Caption);
    pair.companionPath = QStringLiteral("/desk/a.NEF");
    pair.fileSize = 1234;
    pair.mtime = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    const SweptPhoto swept = CreditSweep().sweep(pair);
    CHECK(swept.reason == Reason::FromCaption);
    CHECK(swept.notes.join(u' ').contains(QStringLiteral("a.NEF")));
    REQUIRE(swept.request.seen.has_value());
    CHECK(swept.request.seen->size == 1234);
    CHECK(swept.request.seen->mtimeMs == 1'700'000'000'123);
}

TEST_CASE("credit sweep: a file changed since its record was read is not written", "[sweep][editor]")
{
    QTemporaryDir dir, backupDir;
    MetadataWrite spec;
    spec.xmp.caption = QStringLiteral("Rollout to the pad. Credit: Energia");
    const QString path = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("rollout.jpg")), spec);
    const SweptPhoto swept = CreditSweep().sweep(MetadataReader::read(path));
    REQUIRE(swept.hasEdit());
    // Someone else's edit lands between the scan and the sweep.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    const QByteArray bytes = PhotoFixture::readAll(path);
    BackupStore backups(backupDir.path());
    MetadataEditor editor(backups);
    const FilePlan plan = editor.plan(path, swept.request);
    CHECK(plan.problem.contains(QStringLiteral("changed on disk")));
    CHECK_FALSE(editor.write(plan).written);
    CHECK(PhotoFixture::readAll(path) == bytes);
}

TEST_CASE("credit sweep: stores that differ only by the alias's spelling are settled in every store", "[sweep][editor]")
{
    QTemporaryDir dir, backupDir;
    MetadataWrite spec;
    spec.iptc.credit = QStringLiteral("NASA/Tim Kopra");
    spec.xmp.credit = QStringLiteral("NASA/Tim Copra");
    spec.digest = MetadataWrite::Digest::Stale; // IPTC, edited later, wins; XMP keeps the misspelling
    const QString path = PhotoFixture::jpegWith(dir.filePath(QStringLiteral("pad.jpg")), spec);
    const PhotoRecord read = corrected(MetadataReader::read(path));
    REQUIRE(read.credit == QStringLiteral("NASA/Tim Kopra"));
    REQUIRE_FALSE(read.provenanceOf(MetadataField::Credit)->conflict); // the alias settles it on screen

    const SweptPhoto swept = CreditSweep().sweep(read);
    CHECK(swept.reason == Reason::Corrected);
    BackupStore backups(backupDir.path());
    MetadataEditor editor(backups);
    const FilePlan plan = editor.plan(path, swept.request);
    REQUIRE(plan.problem.isEmpty());
    REQUIRE(plan.changes.size() == 1);
    CHECK(plan.changes[0].before == QStringList{QStringLiteral("NASA/Tim Copra")});
    CHECK(plan.changes[0].heldIn == QStringLiteral("XMP"));
    CHECK(plan.changes[0].after == QStringList{QStringLiteral("NASA/Tim Kopra")});
    const WriteOutcome outcome = editor.write(plan);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.written);

    const PhotoRecord after = MetadataReader::read(path);
    CHECK(after.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK_FALSE(after.provenanceOf(MetadataField::Credit)->conflict);
    const PhotoRecord again = corrected(after);
    CHECK(again.creditCorrectedFrom.isEmpty());
    CHECK(CreditSweep().sweep(again).reason == Reason::AlreadyRight);
    CHECK(editor.plan(path, swept.request).changes.isEmpty());
}

TEST_CASE("credit sweep: a credit is already right only when every store agrees and it is the file's own", "[sweep]")
{
    PhotoRecord disputed = record({}, QStringLiteral("NASA/Tim Kopra"), CreditSource::Embedded);
    disputed.setProvenance(MetadataField::Credit, FieldProvenance{MetadataStore::Iptc, true, MetadataStore::Xmp,
                                                                  QStringLiteral("Reuters/Jim Young")});
    const SweptPhoto swept = CreditSweep().sweep(disputed);
    CHECK(swept.reason == Reason::LeftAlone);
    CHECK(swept.notes.join(u' ').contains(QStringLiteral("Reuters/Jim Young")));
    CHECK_FALSE(swept.hasEdit());

    PhotoRecord companions = record({}, QStringLiteral("Energia"), CreditSource::Embedded);
    companions.setProvenance(MetadataField::Credit, FieldProvenance{MetadataStore::RawCompanion});
    CHECK(CreditSweep().sweep(companions).reason == Reason::LeftAlone);

    CHECK(CreditSweep().sweep(record({}, QStringLiteral("Energia"), CreditSource::Embedded)).reason ==
          Reason::AlreadyRight);
}
