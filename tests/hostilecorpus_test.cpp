#include <catch2/catch.hpp>

#include "support/waituntil.h"

#include "metadata/metadatareader.h"
#include "models/photomodel.h"
#include "scan/folderlister.h"
#include "thumbnails/photoprovider.h"
#include "thumbnails/photoresponse.h"
#include "thumbnails/thumbnailprovider.h"
#include "thumbnails/thumbnailresponse.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/resource.h>

#include <filesystem>
#include <map>
#include <memory>

// The hostile corpus of tests/hostile/make-hostile-corpus, end to end: every file is listed, the scan,
// the thumbnailer and the detail view's photo provider all finish, and each file is an image or an
// error as the corpus's manifest says. Crashes and hangs here were real (see the git log).

namespace {

constexpr int s_many = 100000;
// A generous bound that still catches a per-file leak or copy: the rows take ~40 MiB. Sanitizer builds
// pad every allocation with redzones and keep freed memory quarantined, hence their own bound.
#if defined(__SANITIZE_ADDRESS__)
constexpr double s_manyMemoryMiB = 1024;
#else
constexpr double s_manyMemoryMiB = 256;
#endif

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

struct Corpus
{
    QTemporaryDir dir;
    std::map<QString, QString> expected; // file name -> "ok", "error", "undecodable", "either" or "sidecar"

    Corpus()
    {
        REQUIRE(dir.isValid());
        QProcess generator;
        generator.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(BYLINE_HOSTILE_GENERATOR), dir.filePath(QStringLiteral("corpus")),
                         QStringLiteral(BYLINE_HOSTILE_BASE)});
        REQUIRE(generator.waitForFinished(120000));
        INFO(generator.readAllStandardError().toStdString());
        REQUIRE(generator.exitCode() == 0);
        QFile manifest(folder() + QStringLiteral("/manifest.tsv"));
        REQUIRE(manifest.open(QIODevice::ReadOnly));
        manifest.readLine(); // the header
        while (!manifest.atEnd()) {
            const QStringList fields = QString::fromUtf8(manifest.readLine()).trimmed().split(u'\t');
            REQUIRE(fields.size() == 3);
            expected[fields.at(0)] = fields.at(1);
        }
        REQUIRE(expected.size() > 50);
    }
    // QDir cannot name the file whose name is not UTF-8; std::filesystem works on the bytes.
    ~Corpus() { std::filesystem::remove_all(QFile::encodeName(dir.path()).toStdString()); }

    [[nodiscard]] QString folder() const { return dir.filePath(QStringLiteral("corpus")); }
    [[nodiscard]] QString expectationOf(const QString &path) const
    {
        const auto it = expected.find(QFileInfo(path).fileName());
        return it == expected.end() ? QStringLiteral("either") : it->second; // the non-UTF-8 name
    }
    [[nodiscard]] int photoCount() const
    {
        int count = 0;
        for (const auto &[name, expect] : expected)
            count += expect == QLatin1String("sidecar") ? 0 : 1;
        return count;
    }
};

Corpus &corpus()
{
    static Corpus made; // generated once per test process: the PNG bomb takes seconds to deflate
    return made;
}

QString idOf(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path));
}

} // namespace

TEST_CASE("hostile corpus: every file is listed, through symlink loops, and read as the manifest says", "[hostile]")
{
    const Corpus &c = corpus();
    const FolderLister::Listing listing = FolderLister::list(c.folder(), true);
    CHECK(listing.files.size() == c.photoCount());
    for (const PhotoFile &file : listing.files) {
        const QString expect = c.expectationOf(file.path);
        INFO(QFileInfo(file.path).fileName().toStdString() << " expected " << expect.toStdString());
        const PhotoRecord record = MetadataReader::read(file);
        if (expect == QLatin1String("ok") || expect == QLatin1String("undecodable"))
            CHECK_FALSE(record.hasError());
        else if (expect == QLatin1String("error"))
            CHECK(record.hasError());
    }
}

TEST_CASE("hostile corpus: the model's scan finishes with every file as a row", "[hostile]")
{
    const Corpus &c = corpus();
    QTemporaryDir catalog;
    REQUIRE(catalog.isValid());
    PhotoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalogPath(catalog.filePath(QStringLiteral("catalog.sqlite")));
    model.setRecursive(true);
    model.setFolder(c.folder());
    REQUIRE(waitUntil([&model] { return model.state() == PhotoModel::LoadingState::Ready; }, 120000));
    CHECK(model.rowCount() == c.photoCount());
    CHECK(model.errorCount() > 20);
}

TEST_CASE("hostile corpus: thumbnails and the photo provider finish for every file", "[hostile]")
{
    const Corpus &c = corpus();
    QTemporaryDir cacheRoot;
    REQUIRE(cacheRoot.isValid());
    // Declared before the providers, so they outlive them: the providers' destructors wait for their pools.
    std::vector<std::pair<QString, std::unique_ptr<QQuickImageResponse>>> responses;
    ThumbnailProvider thumbnails(2, cacheRoot.path());
    PhotoProvider photos;
    const FolderLister::Listing listing = FolderLister::list(c.folder(), true);
    for (const PhotoFile &file : listing.files) {
        responses.emplace_back(file.path, thumbnails.requestImageResponse(idOf(file.path), QSize(256, 256)));
        responses.emplace_back(file.path, thumbnails.requestImageResponse(
                                              idOf(file.path) + QStringLiteral("?placeholder"), QSize(256, 256)));
        responses.emplace_back(file.path, photos.requestImageResponse(idOf(file.path), QSize(1600, 1000)));
    }
    REQUIRE(thumbnails.waitForDone(120000));
    REQUIRE(photos.waitForDone(120000));
    for (const auto &[path, response] : responses) {
        const QString expect = c.expectationOf(path);
        INFO(QFileInfo(path).fileName().toStdString() << " expected " << expect.toStdString());
        QImage image;
        QString problem;
        bool placeholder = false;
        if (auto *thumbnail = qobject_cast<ThumbnailResponse *>(response.get())) {
            REQUIRE(thumbnail->isDone());
            image = thumbnail->image();
            problem = thumbnail->problem();
            placeholder = thumbnail->mode() == ThumbnailResponse::Mode::Placeholder;
        } else {
            auto *photo = qobject_cast<PhotoResponse *>(response.get());
            REQUIRE(photo);
            REQUIRE(photo->isDone());
            image = photo->image();
            problem = photo->problem();
        }
        CHECK_FALSE(image.isNull()); // a picture or the error tile, never nothing
        CHECK(response->errorString().isEmpty());
        if (placeholder)
            continue; // an embedded preview is a fine placeholder even for a photo that cannot be decoded
        if (expect == QLatin1String("error") || expect == QLatin1String("undecodable"))
            CHECK_FALSE(problem.isEmpty());
        else if (expect == QLatin1String("ok"))
            CHECK(problem.isEmpty());
    }
}

TEST_CASE("hostile corpus: 100,000 files in one folder are scanned whole in bounded memory", "[hostile][many]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(BYLINE_HOSTILE_GENERATOR), corpus, QStringLiteral(BYLINE_HOSTILE_BASE),
                     QStringLiteral("--many"), QString::number(s_many)});
    REQUIRE(generator.waitForFinished(600000));
    REQUIRE(generator.exitCode() == 0);
    const QString many = corpus + QStringLiteral("/many");
    const struct RemoveAll
    {
        std::string path;
        ~RemoveAll() { std::filesystem::remove_all(path); }
    } cleanUp{QFile::encodeName(dir.path()).toStdString()};

    const double rssBefore = peakRssMiB();
    QTemporaryDir catalog;
    REQUIRE(catalog.isValid());
    PhotoModel model;
    model.setCatalogPath(catalog.filePath(QStringLiteral("catalog.sqlite")));
    for (int pass = 0; pass < 2; ++pass) { // read every file, then again from the catalog
        if (pass == 0)
            model.setFolder(many);
        else
            model.rescan();
        REQUIRE(waitUntil([&model] { return model.state() == PhotoModel::LoadingState::Ready; }, 600000));
        CHECK(model.rowCount() == s_many);
        CHECK(model.errorCount() == 0);
    }
    // What the scan holds per file is a row, not the file: the peak stays far below the folder's size
    // in memory (the corpus itself is ~60 MB, its rows a few hundred bytes each).
    const double grown = peakRssMiB() - rssBefore;
    UNSCOPED_INFO("peak RSS grew by " << grown << " MiB for " << s_many << " files");
    CHECK(grown < s_manyMemoryMiB);
}

TEST_CASE("hostile corpus: the decoders' own complaints stay out of byline-cli's output", "[hostile]")
{
    const auto scan = [](const QString &rules) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (!rules.isEmpty())
            environment.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
        environment.insert(QStringLiteral("BYLINE_READ_WORKER"),
                           QStringLiteral("none")); // every decode in this process
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(BYLINE_CLI),
                  {QStringLiteral("scan"), QStringLiteral("--no-cache"), corpus().folder()});
        REQUIRE(cli.waitForFinished(120000));
        return QString::fromUtf8(cli.readAllStandardError());
    };
    // libtiff (straight to stderr), libpng and libjpeg (through Qt's qt.gui.imageio) all have
    // something to say about this corpus.
    const QString quiet = scan({});
    INFO(quiet.toStdString());
    CHECK_FALSE(quiet.contains(QStringLiteral("TIFF")));
    CHECK_FALSE(quiet.contains(QStringLiteral("libpng")));
    CHECK_FALSE(quiet.contains(QStringLiteral("qt.gui.imageio")));
    // Behind the debug category, for whoever needs them.
    const QString told = scan(QStringLiteral("byline.decoders.debug=true"));
    CHECK(told.contains(QStringLiteral("byline.decoders: libtiff: ")));
    CHECK(told.contains(QStringLiteral("byline.decoders: qt.gui.imageio")));
}
