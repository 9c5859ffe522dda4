#include "catalogfixture.h"

#include "postgresserver.h"

#include <catch2/catch.hpp>

#include <QDateTime>

PhotoRecord fullRecord(const QString &path)
{
    PhotoRecord record;
    record.path = path;
    record.caption =
        QStringLiteral("Expedition 47 crew members — Tim Peake, Jeff Williams — in the Cupola. Credit: NASA");
    record.credit = QStringLiteral("NASA/Tim Peake");
    record.creditSource = CreditSource::Caption;
    record.creator = QStringLiteral("Tim Peake");
    record.copyright = QStringLiteral("© ESA");
    record.headline = QStringLiteral("Cupola view");
    record.dateTaken = QStringLiteral("2016-04-22T13:45:10+00:00");
    record.title = QStringLiteral("Cupola");
    record.source = QStringLiteral("ESA");
    record.instructions = QStringLiteral("MANDATORY CREDIT");
    record.usageTerms = QStringLiteral("Editorial use only");
    record.keywords = {QStringLiteral("ISS"), QStringLiteral("Cupola"), QStringLiteral("Principia")};
    record.sublocation = QStringLiteral("Cupola");
    record.city = QStringLiteral("Low Earth orbit");
    record.state = QStringLiteral("");
    record.countryCode = QStringLiteral("XSP");
    record.rating = -1; // rejected: the only negative value, and not "absent"
    record.label = QStringLiteral("Red");
    record.width = 4928;
    record.height = 3280;
    record.orientation = 6;
    record.format = QStringLiteral("jpeg");
    record.fileSize = 7'654'321;
    record.mtime = QDateTime::fromMSecsSinceEpoch(1'461'332'710'123);
    // Conflicts keep what the other store said, down to an empty value.
    record.setProvenance(MetadataField::Caption,
                         {MetadataStore::Iptc, true, MetadataStore::Xmp, QStringLiteral("Cupola, édité")});
    record.setProvenance(MetadataField::Credit, {MetadataStore::Caption, false, {}, {}});
    record.setProvenance(MetadataField::Creator,
                         {MetadataStore::Xmp, true, MetadataStore::Sidecar, QStringLiteral("")});
    record.setProvenance(MetadataField::Copyright, {MetadataStore::Exif, false, {}, {}});
    record.setProvenance(MetadataField::Headline, {MetadataStore::Sidecar, false, {}, {}});
    record.setProvenance(MetadataField::DateTaken,
                         {MetadataStore::PngText, true, MetadataStore::Iptc, QStringLiteral("2016-04-22")});
    record.setProvenance(MetadataField::Keywords,
                         {MetadataStore::Iptc, true, MetadataStore::Sidecar, QStringLiteral("ISS; Cupola")});
    record.setProvenance(MetadataField::Rating, {MetadataStore::Sidecar, false, {}, {}});
    record.error = QStringLiteral("the JPEG stream ends before any image data");
    record.warnings = {QStringLiteral("IPTC and XMP captions differ"), QString(), QStringLiteral("ünïcödé ✓")};
    return record;
}

CatalogEntry entry(const QString &path, qint64 stamp)
{
    PhotoRecord record = fullRecord(path);
    record.caption = QStringLiteral("caption of %1").arg(path);
    return CatalogEntry{record, stamp};
}

QStringList sortedPaths(const QHash<QString, CatalogEntry> &entries)
{
    QStringList paths = entries.keys();
    paths.sort();
    return paths;
}

bool TestCatalogLocation::postgres()
{
    return !qEnvironmentVariableIsEmpty("BYLINE_TEST_POSTGRES");
}

TestCatalogLocation::TestCatalogLocation()
{
    REQUIRE(m_dir.isValid());
    if (!postgres()) {
        m_location = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        return;
    }
    const std::unique_ptr<PostgresServer> server = PostgresServer::shared();
    INFO("BYLINE_TEST_POSTGRES names no running test server (byline-test-postgres start)");
    REQUIRE(server);
    QString error;
    m_location = server->createDatabase(error);
    INFO(error.toStdString());
    REQUIRE_FALSE(m_location.isEmpty());
}
