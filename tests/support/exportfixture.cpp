#include "exportfixture.h"

#include "photofixture.h"
#include "rawfixture.h"

#include "metadata/metadatareader.h"
#include "metadata/rawcompanionmerge.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    return hash.result().toHex();
}

ExportFixture::ExportFixture()
{
    REQUIRE(m_source.isValid());
    REQUIRE(m_destination.isValid());
}

// Every export test ends by checking its originals; CHECK, not REQUIRE, because a destructor may
// run while a failed REQUIRE unwinds the stack, where a second exception would abort the run.
ExportFixture::~ExportFixture()
{
    for (auto it = m_sourceDigests.cbegin(); it != m_sourceDigests.cend(); ++it) {
        QFile file(it.key());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = file.open(QIODevice::ReadOnly) && hash.addData(&file);
        INFO("original " << it.key().toStdString());
        CHECK(read);
        CHECK(hash.result().toHex() == it.value());
    }
}

PhotoRecord ExportFixture::add(const QString &name, const QString &caption, const QString &credit, QSize size)
{
    StoreValues values;
    values.caption = caption;
    values.credit = credit;
    values.creator = QStringLiteral("Tim Kopra");
    values.copyright = QStringLiteral("© 2016 NASA");
    values.headline = QStringLiteral("Progress MS-02 launch");
    values.dateTaken = QStringLiteral("2016-03-31T16:23:57");
    MetadataWrite spec;
    spec.iptc = values;
    spec.xmp = values;
    const QString path = PhotoFixture::jpegWith(m_source.filePath(name), spec, size);
    remember(path);
    return m_records.constLast();
}

PhotoRecord ExportFixture::addInferred(const QString &name, const QString &caption, QSize size)
{
    MetadataWrite spec;
    spec.xmp.caption = caption;
    const QString path = PhotoFixture::jpegWith(m_source.filePath(name), spec, size);
    remember(path);
    return m_records.constLast();
}

PhotoRecord ExportFixture::addRawCompanion(const QString &rawName)
{
    REQUIRE_FALSE(m_records.isEmpty());
    RawFixture::Spec spec;
    spec.preview = QImage(320, 240, QImage::Format_RGB32);
    spec.preview.fill(Qt::darkGreen);
    const QString path = RawFixture::tiffRaw(m_source.filePath(rawName), spec);
    m_sourceDigests.insert(path, sha256Of(path));
    m_records.last() = RawCompanionMerge::merge(m_records.last(), read(path));
    return m_records.constLast();
}

void ExportFixture::track(const QString &path)
{
    m_sourceDigests.insert(path, sha256Of(path));
}

PhotoRecord ExportFixture::read(const QString &path)
{
    const PhotoRecord record = MetadataReader::read(path);
    INFO(record.error.toStdString());
    REQUIRE_FALSE(record.hasError());
    return record;
}

void ExportFixture::remember(const QString &path)
{
    m_records.append(read(path));
    m_sourceDigests.insert(path, sha256Of(path));
}

QStringList ExportFixture::filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QStringList ExportFixture::destinationFiles() const
{
    return filesUnder(m_destination.path());
}

QStringList ExportFixture::sourceFiles() const
{
    return filesUnder(m_source.path());
}

void ExportFixture::checkOriginalsUnchanged() const
{
    for (auto it = m_sourceDigests.cbegin(); it != m_sourceDigests.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(sha256Of(it.key()) == it.value());
    }
}
