#include <catch2/catch.hpp>

#include "support/randomgallery.h"
#include "support/referencefilter.h"
#include "support/viewmirror.h"

#include "credits/creditname.h"
#include "metadata/metadatareader.h"
#include "models/photofiltermodel.h"
#include "models/photomodel.h"

#include <QAbstractItemModelTester>
#include <QHash>

#include <algorithm>
#include <memory>
#include <random>

// Issue 16's property test: PhotoModel and PhotoFilterModel, driven the way scans, the watcher and the
// user drive them (rows in random batches and orders, files changed, removed and added back, the sort,
// search, credit filter and aliases changed at any moment), must show after every step exactly what a
// plain sort and filter of the same records shows, and must be consistent at every signal a view sees.

namespace {

quint32 testSeed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("BYLINE_TEST_SEED").toUInt(&ok);
    return ok ? fixed : std::random_device{}();
}

/** The model, the proxy over it, the testers, a view's mirror and the reference, driven by one seed. */
class Scenario
{
public:
    Scenario(std::mt19937 &random, const QList<PhotoRecord> &records) : m_random(random), m_records(records)
    {
        m_filter.setPhotos(&m_photos);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            &m_photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            &m_filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (const PhotoRecord &record : records)
            m_undelivered.append(record.path);
    }

    /** One random step; returns what it did, for the failure message. */
    QString step()
    {
        const int kind = in(0, 99);
        if (kind < 35 || m_reference.photos.isEmpty())
            return deliver();
        if (kind < 45)
            return sort();
        if (kind < 60)
            return filter();
        if (kind < 70)
            return remove();
        if (kind < 80)
            return change();
        if (kind < 90)
            return alias();
        if (kind < 95)
            return redeliver();
        return remove(in(65, 160)); // scattered over many runs: the model resets instead
    }

    void check(const QString &what) const
    {
        INFO("after: " << what.toStdString());
        INFO("view fault: " << m_mirror.firstFault().toStdString());
        REQUIRE(m_mirror.faults() == 0);
        REQUIRE(m_photos.count() == m_reference.photos.size());
        const QStringList expected = m_reference.shown();
        const QStringList actual = proxyRows(m_filter);
        if (actual != expected) {
            qsizetype first = 0;
            while (first < qMin(actual.size(), expected.size()) && actual[first] == expected[first])
                ++first;
            INFO("first difference at row " << first << ": " << actual.value(first).toStdString() << " shown, "
                                            << expected.value(first).toStdString() << " expected");
            REQUIRE(actual == expected);
        }
        REQUIRE(m_mirror.rows() == actual);
        int misplaced = 0;
        for (int row = 0; row < m_photos.rowCount(); ++row)
            misplaced += int(m_photos.rowOf(m_photos.row(row).path()) != row);
        REQUIRE(misplaced == 0);
    }

    void deliverAll()
    {
        while (!m_undelivered.isEmpty())
            deliver();
    }

private:
    int in(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }

    QString deliver()
    {
        if (m_undelivered.isEmpty())
            return redeliver();
        std::shuffle(m_undelivered.begin(), m_undelivered.end(), m_random);
        const int count = qMin(int(m_undelivered.size()), in(1, 64));
        QList<PhotoRow> rows;
        for (int i = 0; i < count; ++i) {
            const QString path = m_undelivered.takeLast();
            const PhotoRecord record = recordFor(path);
            m_reference.photos.insert(path, {record});
            rows.append(PhotoRow::fromRecord(record));
        }
        m_photos.addRows(rows);
        return QStringLiteral("delivered %1 rows").arg(count);
    }

    // A rescan sends unchanged rows again: nothing may change and no signal may be sent.
    QString redeliver()
    {
        QList<PhotoRow> rows;
        for (const ReferencePhoto &photo : std::as_const(m_reference.photos))
            rows.append(PhotoRow::fromRecord(photo.record));
        int emitted = 0;
        const auto count = [&emitted] { ++emitted; };
        const QList<QMetaObject::Connection> connections = {
            QObject::connect(&m_photos, &QAbstractItemModel::rowsInserted, count),
            QObject::connect(&m_photos, &QAbstractItemModel::rowsRemoved, count),
            QObject::connect(&m_photos, &QAbstractItemModel::dataChanged, count),
            QObject::connect(&m_photos, &QAbstractItemModel::modelReset, count)};
        m_photos.addRows(rows);
        for (const QMetaObject::Connection &connection : std::as_const(connections))
            QObject::disconnect(connection);
        CHECK(emitted == 0);
        return QStringLiteral("sent all %1 rows again, unchanged").arg(rows.size());
    }

    QString sort()
    {
        m_reference.sortKey = PhotoFilterModel::SortKey(in(0, 3));
        m_reference.descending = in(0, 1) == 1;
        m_filter.setSortKey(m_reference.sortKey);
        m_filter.setDescending(m_reference.descending);
        return QStringLiteral("sorted by %1%2")
            .arg(int(m_reference.sortKey))
            .arg(m_reference.descending ? " descending" : "");
    }

    QString filter()
    {
        QStringList terms;
        if (in(0, 1) == 1) {
            for (int words = in(1, 2); words > 0; --words)
                terms.append(RandomGallery::s_words[in(0, int(RandomGallery::s_words.size()) - 1)]);
        }
        QStringList credits;
        if (in(0, 1) == 1) {
            for (int picks = in(1, 2); picks > 0; --picks) {
                const QString credit = RandomGallery::s_credits[in(0, int(RandomGallery::s_credits.size()) - 1)];
                credits.append(credit.isEmpty() ? PhotoFilterModel::s_noCreditKey : CreditName::groupingKey(credit));
            }
            if (in(0, 3) == 0)
                credits.append(PhotoFilterModel::s_agencyPrefix + QStringLiteral("nasa"));
        }
        m_reference.terms = terms;
        m_reference.credits = credits;
        m_reference.noCreditOnly = in(0, 6) == 0;
        m_reference.inferredOnly = in(0, 6) == 0;
        m_filter.setSearchText(terms.join(QLatin1Char(' ')));
        m_filter.setSelectedCredits(credits);
        m_filter.setNoCreditOnly(m_reference.noCreditOnly);
        m_filter.setInferredOnly(m_reference.inferredOnly);
        return QStringLiteral("filtered by '%1', credits {%2}%3%4")
            .arg(terms.join(QLatin1Char(' ')), credits.join(QStringLiteral(", ")),
                 m_reference.noCreditOnly ? QStringLiteral(", no credit only") : QString(),
                 m_reference.inferredOnly ? QStringLiteral(", inferred only") : QString());
    }

    // Files deleted on disk: the watcher's rescan removes their rows; they may come back later.
    QString remove(int most = 24)
    {
        QStringList delivered = m_reference.photos.keys();
        std::shuffle(delivered.begin(), delivered.end(), m_random);
        const QStringList doomed = delivered.mid(0, in(1, most));
        for (const QString &path : doomed)
            m_reference.photos.remove(path);
        m_undelivered += doomed;
        m_photos.removePaths(doomed);
        return QStringLiteral("removed %1 rows").arg(doomed.size());
    }

    // A file edited on disk: it comes back with another photo's metadata under its own path.
    QString change()
    {
        const QStringList delivered = m_reference.photos.keys();
        const QString path = delivered[in(0, int(delivered.size()) - 1)];
        PhotoRecord record = m_records[in(0, int(m_records.size()) - 1)];
        record.path = path;
        m_changed.insert(path, record);
        m_reference.photos.insert(path, {record});
        m_photos.addRows({PhotoRow::fromRecord(record)});
        return QStringLiteral("changed %1").arg(path);
    }

    QString alias()
    {
        const QString from =
            CreditName::groupingKey(RandomGallery::s_credits[in(0, int(RandomGallery::s_credits.size()) - 2)]);
        if (in(0, 2) == 0) {
            m_photos.removeAlias(from);
            m_reference.aliases.remove(from);
            return QStringLiteral("ungrouped %1").arg(from);
        }
        const QString to =
            CreditName::groupingKey(RandomGallery::s_credits[in(0, int(RandomGallery::s_credits.size()) - 2)]);
        if (from == to)
            return QStringLiteral("nothing");
        m_photos.acceptAlias(from, to);
        m_reference.setAlias(from, to);
        return QStringLiteral("grouped %1 under %2").arg(from, to);
    }

    [[nodiscard]] PhotoRecord recordFor(const QString &path) const
    {
        if (const auto changed = m_changed.constFind(path); changed != m_changed.constEnd())
            return *changed;
        return *std::find_if(m_records.cbegin(), m_records.cend(),
                             [&](const PhotoRecord &r) { return r.path == path; });
    }

    std::mt19937 &m_random;
    const QList<PhotoRecord> &m_records;
    QHash<QString, PhotoRecord> m_changed;
    QStringList m_undelivered;
    PhotoModel m_photos;
    PhotoFilterModel m_filter;
    ViewMirror m_mirror{m_filter};
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    Reference m_reference;
};

} // namespace

TEST_CASE("the proxy shows what a plain sort and filter of the same records shows, at every step", "[consistency]")
{
    const quint32 seed = testSeed();
    INFO("seed " << seed << " (BYLINE_TEST_SEED=" << seed << " repeats this run)");
    std::mt19937 random(seed);
    RandomGallery gallery(random, 300);
    QList<PhotoRecord> records;
    for (const QString &path : gallery.paths()) {
        records.append(MetadataReader::read(path)); // real reads of real files
        REQUIRE(records.constLast().error.isEmpty());
    }
    for (int scenario = 0; scenario < 4; ++scenario) {
        INFO("scenario " << scenario);
        Scenario run(random, records);
        for (int step = 0; step < 200; ++step) {
            const QString what = run.step();
            run.check(QStringLiteral("step %1: %2").arg(step).arg(what));
        }
        run.deliverAll();
        run.check(QStringLiteral("every row delivered"));
    }
}
