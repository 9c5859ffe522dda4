#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/waituntil.h"

#include "export/exportjob.h"
#include "models/creditfacetmodel.h"
#include "models/photodetails.h"
#include "models/photofiltermodel.h"
#include "models/selectiontransfer.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Issue 19: an alias is a correction. Grouping "NASA/Tim Copra" under "NASA/Tim Kopra" makes every view,
// copy, filter and export say Kopra; ungrouping brings the files' spelling back.

namespace {

using Tester = QAbstractItemModelTester;

const QString s_kopra = QStringLiteral("NASA/Tim Kopra");
const QString s_copra = QStringLiteral("NASA/Tim Copra");

struct Desk
{
    explicit Desk(const GalleryFolder &folder)
    {
        filter.setPhotos(&photos);
        facets.setFilter(&filter);
        transfer.setPhotos(&photos);
        transfer.setView(&filter);
        details.setPhotos(&photos);
        folder.open(photos);
        facets.recountNow();
    }

    [[nodiscard]] QString creditOf(const QString &path) const
    {
        return photos.index(photos.rowOf(path)).data(PhotoModel::CreditRole).toString();
    }
    [[nodiscard]] const CreditFacetModel::Facet *facet(const QString &key)
    {
        facets.recountNow();
        for (int row = 0; row < facets.rowCount(); ++row) {
            if (facets.facet(row).key == key)
                return &facets.facet(row);
        }
        return nullptr;
    }

    PhotoModel photos;
    Tester photosTester{&photos, Tester::FailureReportingMode::Fatal};
    PhotoFilterModel filter;
    Tester filterTester{&filter, Tester::FailureReportingMode::Fatal};
    CreditFacetModel facets;
    Tester facetsTester{&facets, Tester::FailureReportingMode::Fatal};
    SelectionTransfer transfer;
    PhotoDetails details;
};

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// What exiftool, an independent reader, finds in a written copy.
QJsonObject exiftoolTags(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/exiftool"),
                  {QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1"), QStringLiteral("-IPTC:all"),
                   QStringLiteral("-XMP:all"), path});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
}

} // namespace

TEST_CASE("a grouped credit is shown, copied, searched and filtered as the accepted one, and ungrouped",
          "[alias][models]")
{
    GalleryFolder folder;
    const QString kopra = folder.add({QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia"), s_kopra});
    folder.add(
        {QStringLiteral("kopra2.jpg"), QStringLiteral("From the cupola"), s_kopra, FixturePhoto::CreditIn::Iptc});
    const QString inferred = folder.add(
        {QStringLiteral("amazing.jpg"), QStringLiteral("Amazing to watch"), s_copra, FixturePhoto::CreditIn::Caption});
    const QString embedded = folder.add(
        {QStringLiteral("supplies.jpg"), QStringLiteral("Supplies to the ISS"), s_copra, FixturePhoto::CreditIn::Iptc});
    folder.add({QStringLiteral("energia.jpg"), QStringLiteral("Rocket on the pad"), QStringLiteral("Energia")});
    Desk desk(folder);
    REQUIRE(desk.creditOf(inferred) == s_copra);
    REQUIRE(desk.facet(QStringLiteral("nasa/tim copra")));
    REQUIRE(desk.facet(QStringLiteral("nasa/tim copra"))->aliasOfKey == QStringLiteral("nasa/tim kopra"));

    desk.facets.acceptSuggestion(QStringLiteral("nasa/tim copra"));
    // At once: the facet list counts them together. Once the catalog has the alias: every row says Kopra.
    CHECK(desk.facet(QStringLiteral("nasa/tim copra")) == nullptr);
    REQUIRE(waitUntil([&] { return desk.creditOf(inferred) == s_kopra && desk.creditOf(embedded) == s_kopra; }));
    waitForScan(desk.photos);
    const QModelIndex row = desk.photos.index(desk.photos.rowOf(embedded));
    CHECK(row.data(PhotoModel::CreditCorrectedFromRole).toString() == s_copra);
    CHECK(row.data(PhotoModel::ProvenanceRole)
              .toMap()[QStringLiteral("credit")]
              .toMap()[QStringLiteral("correctedFrom")] == s_copra);
    CHECK(desk.photos.index(desk.photos.rowOf(kopra)).data(PhotoModel::CreditCorrectedFromRole).toString().isEmpty());
    const auto *group = desk.facet(QStringLiteral("nasa/tim kopra"));
    REQUIRE(group);
    CHECK(group->name == s_kopra);
    CHECK(group->count == 4);
    CHECK(group->grouped == QStringList{s_copra});

    // The detail pane: the accepted credit line, the caption's own line corrected, the files' spelling
    // in the provenance.
    desk.details.setPath(inferred);
    REQUIRE(desk.details.isValid());
    CHECK(desk.details.creditLine() == QStringLiteral("Credit: NASA/Tim Kopra"));
    CHECK(desk.details.caption() == QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra"));
    CHECK(desk.details.attributedCaption() == QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra"));
    CHECK(desk.details.creditInferred());
    CHECK(desk.details.creditCorrectedFrom() == s_copra);
    CHECK(desk.details.creditNote() == QStringLiteral("corrected from 'NASA/Tim Copra' by the desk's alias"));
    desk.details.setPath(kopra);
    CHECK(desk.details.creditNote().isEmpty());

    // Ctrl+C and drag: the attributed captions say Kopra, never Copra.
    const QString copied = desk.transfer.attributedText({inferred, embedded});
    CHECK(copied == QStringLiteral("Amazing to watch. Credit: NASA/Tim Kopra\n\n"
                                   "Supplies to the ISS. Credit: NASA/Tim Kopra"));

    // Search and the credit filter.
    desk.filter.setSearchText(QStringLiteral("kopra"));
    CHECK(desk.filter.rowCount() == 4);
    // The old spelling still finds the photos it was corrected in (no file name has it): a desk searches for
    // the name it remembers, and the detail pane says what it was corrected to.
    desk.filter.setSearchText(QStringLiteral("copra"));
    CHECK(desk.filter.rowCount() == 2);
    CHECK(desk.filter.rowOfPath(inferred) >= 0);
    CHECK(desk.filter.rowOfPath(embedded) >= 0);
    desk.filter.setSearchText({});
    desk.filter.setSelectedCredits({QStringLiteral("nasa/tim kopra")});
    CHECK(desk.filter.rowCount() == 4);
    desk.filter.setSelectedCredits({});

    // Ungroup: the files' spelling comes back everywhere.
    desk.facets.ungroup(QStringLiteral("nasa/tim kopra"));
    REQUIRE(waitUntil([&] { return desk.creditOf(inferred) == s_copra && desk.creditOf(embedded) == s_copra; }));
    waitForScan(desk.photos);
    CHECK(desk.photos.aliases().isEmpty());
    CHECK(desk.facet(QStringLiteral("nasa/tim kopra"))->count == 2);
    CHECK(desk.facet(QStringLiteral("nasa/tim kopra"))->grouped.isEmpty());
    CHECK(desk.facet(QStringLiteral("nasa/tim copra"))->count == 2);
    desk.details.setPath(inferred);
    CHECK(desk.details.attributedCaption() == QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"));
    CHECK(desk.details.creditNote().isEmpty());

    // And the catalog forgot it: a new window shows the files' spelling.
    Desk reopened(folder);
    CHECK(reopened.creditOf(inferred) == s_copra);
    CHECK(reopened.photos.aliases().isEmpty());
}

TEST_CASE("any two credits may be grouped, and the group is kept for the folder", "[alias][models]")
{
    GalleryFolder folder;
    const QString roscosmos =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("Docking"), QStringLiteral("Roscosmos")});
    folder.add({QStringLiteral("b.jpg"), QStringLiteral("Liftoff"), QStringLiteral("Energia")});
    folder.add({QStringLiteral("c.jpg"), QStringLiteral("Rollout"), QStringLiteral("Energia")});
    {
        Desk desk(folder);
        REQUIRE(desk.facet(QStringLiteral("roscosmos")));
        CHECK(desk.facet(QStringLiteral("roscosmos"))->aliasOfKey.isEmpty()); // not suggested: too far apart
        QStringList targets;
        for (const QVariant &target : desk.facets.groupTargets(QStringLiteral("roscosmos")))
            targets.append(target.toMap()[QStringLiteral("name")].toString());
        CHECK(targets == QStringList{QStringLiteral("Energia")});

        desk.facets.groupUnder(QStringLiteral("roscosmos"), QStringLiteral("energia"));
        REQUIRE(waitUntil([&] { return desk.creditOf(roscosmos) == QStringLiteral("Energia"); }));
        waitForScan(desk.photos);
        CHECK(desk.facet(QStringLiteral("energia"))->count == 3);
        CHECK(desk.facet(QStringLiteral("energia"))->grouped == QStringList{QStringLiteral("Roscosmos")});
    }
    Desk reopened(folder);
    CHECK(reopened.creditOf(roscosmos) == QStringLiteral("Energia"));
    REQUIRE(reopened.photos.aliases().size() == 1);
    CHECK(reopened.photos.aliases().first() == CreditAlias{QStringLiteral("roscosmos"), QStringLiteral("energia"),
                                                           QStringLiteral("Energia"), QStringLiteral("Roscosmos")});
}

TEST_CASE("an export of corrected photos writes the accepted credit in the sheet, the manifests and the copies",
          "[alias][export][exiftool]")
{
    GalleryFolder folder;
    folder.add({QStringLiteral("kopra.jpg"), QStringLiteral("Over western Asia"), s_kopra});
    const QString inferred = folder.add(
        {QStringLiteral("copra.jpg"), QStringLiteral("Amazing to watch"), s_copra, FixturePhoto::CreditIn::Caption});
    const QString embedded = folder.add({QStringLiteral("copra-iptc.jpg"), QStringLiteral("Supplies to the ISS"),
                                         s_copra, FixturePhoto::CreditIn::Iptc});
    Desk desk(folder);
    desk.photos.acceptAlias(QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"));
    REQUIRE(waitUntil([&] { return desk.creditOf(inferred) == s_kopra && desk.creditOf(embedded) == s_kopra; }));
    waitForScan(desk.photos);

    // As the Export dialog gets them: the selection's records, from the rows.
    QTemporaryDir out;
    REQUIRE(out.isValid());
    ExportOptions options;
    options.destination = out.path();
    options.resized = true;
    options.longEdge = 32;
    options.sheet = true;
    const auto records = desk.transfer.records({inferred, embedded}).value<QList<PhotoRecord>>();
    REQUIRE(records.size() == 2);
    const ExportReport report = ExportJob(records, options).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.succeeded());

    const QString sheet = readText(out.filePath(QStringLiteral("index.html")));
    // Each photo's printed credit line, and the inferred one's caption in its picture's alt text.
    CHECK(sheet.count(QStringLiteral("Credit: NASA/Tim Kopra")) == 3);
    CHECK_FALSE(sheet.contains(QStringLiteral("Copra")));
    // The manifests keep the old spelling only as the provenance, never as the credit or its line.
    const QString csv = readText(out.filePath(QStringLiteral("manifest.csv")));
    CHECK(csv.count(s_kopra) >= 4);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    for (const QString &line : lines.mid(1)) {
        CHECK(line.endsWith(u',' + s_copra));
        CHECK(line.count(QStringLiteral("Copra")) == 1);
    }
    const QJsonArray rows =
        QJsonDocument::fromJson(readText(out.filePath(QStringLiteral("manifest.json"))).toUtf8()).array();
    REQUIRE(rows.size() == lines.size() - 1);
    for (const QJsonValue &row : rows) {
        CHECK(row[QStringLiteral("credit")].toString() == s_kopra);
        CHECK(row[QStringLiteral("creditLine")].toString().contains(s_kopra));
        CHECK(row[QStringLiteral("creditCorrectedFrom")].toString() == s_copra);
    }

    if (!QFile::exists(QStringLiteral("/usr/bin/exiftool"))) {
        BYLINE_SKIP("exiftool is not installed (libimage-exiftool-perl)");
    }
    for (const ExportReport::Photo &photo : report.photos) {
        const ExportReport::Output *copy = photo.output(ExportReport::Output::Kind::Resized);
        REQUIRE(copy);
        const QJsonObject tags = exiftoolTags(copy->path);
        INFO(QJsonDocument(tags).toJson().toStdString());
        CHECK(tags[QStringLiteral("IPTC:Credit")].toString() == s_kopra);
        CHECK(tags[QStringLiteral("XMP-photoshop:Credit")].toString() == s_kopra);
        CHECK_FALSE(QJsonDocument(tags).toJson().contains("Copra"));
    }
}
